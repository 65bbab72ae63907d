package org.esgstudio.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.esgstudio.frameworks.Catalogue;
import org.esgstudio.frameworks.Catalogues;
import org.esgstudio.i18n.InputRejectedException;
import org.esgstudio.i18n.UserFacingException;

/**
 * Disclosure framework catalogues: JSON files shipped in assets/frameworks/ (schema in its README), and any a team
 * adds to a folder of its own (HKEX, ISSB …). A file's name is its catalogue's id.
 */
public final class CatalogueFiles {
    private static final String FOLDER = "/assets/frameworks/";
    private static volatile Catalogues shipped;

    private CatalogueFiles() {
    }

    /** The shipped catalogues: every {@code *.json} of assets/frameworks/ (read once, in file-name order). */
    public static Catalogues shipped() {
        Catalogues loaded = shipped;
        if (loaded == null) {
            List<Catalogue> catalogues = new ArrayList<>();
            for (String name : shippedFiles()) {
                String resource = FOLDER + name;
                try (InputStream in = CatalogueFiles.class.getResourceAsStream(resource)) {
                    if (in != null) {
                        catalogues.add(read(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                } catch (IOException e) {
                    throw new UserFacingException(e, "file.unreadable", resource, e.getMessage());
                }
            }
            loaded = new Catalogues(catalogues);
            shipped = loaded;
        }
        return loaded;
    }

    /** The names of the catalogue files on the class path (a folder in development, the jar when installed). */
    static List<String> shippedFiles() {
        java.net.URL folder = CatalogueFiles.class.getResource(FOLDER);
        if (folder == null) {
            return List.of();
        }
        try {
            java.net.URI uri = folder.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (java.nio.file.FileSystem jar = java.nio.file.FileSystems.newFileSystem(uri, java.util.Map.of())) {
                    return jsonNames(jar.getPath(FOLDER));
                } catch (java.nio.file.FileSystemAlreadyExistsException e) {
                    return jsonNames(java.nio.file.FileSystems.getFileSystem(uri).getPath(FOLDER));
                }
            }
            return jsonNames(Path.of(uri));
        } catch (java.net.URISyntaxException | IOException e) {
            throw new UserFacingException(e, "file.unreadable", FOLDER, e.getMessage());
        }
    }

    private static List<String> jsonNames(Path folder) throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
            files.forEach(file -> names.add(file.getFileName().toString()));
        }
        java.util.Collections.sort(names);
        return names;
    }

    /**
     * The shipped catalogues plus every {@code *.json} in {@code folder} (when it exists); a file there replaces a
     * shipped catalogue of the same id. A bad file is refused naming the file, the place and the problem.
     */
    public static Catalogues withFolder(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return shipped();
        }
        List<Catalogue> added = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
            for (Path file : files) {
                Catalogue catalogue = read(file.toString(), TextFiles.readUtf8(file));
                String expected = file.getFileName().toString().replaceFirst("\\.json$", "");
                if (!catalogue.id().equals(expected)) {
                    throw new UserFacingException("catalogue.idNotFileName", file.toString(), catalogue.id(), expected);
                }
                added.add(catalogue);
            }
        } catch (IOException e) {
            throw new UserFacingException(e, "file.unreadable", folder.toString(), e.getMessage());
        }
        List<Catalogue> all = new ArrayList<>(added);
        for (Catalogue catalogue : shipped().all()) {
            if (added.stream().noneMatch(a -> a.id().equals(catalogue.id()))) {
                all.add(catalogue);
            }
        }
        return new Catalogues(all);
    }

    /** Reads one catalogue from JSON text; {@code file} names it in messages. */
    public static Catalogue read(String file, String json) {
        try {
            return JsonMapping.mapper().readValue(json, Catalogue.class);
        } catch (JsonProcessingException e) {
            throw new InputRejectedException(file, List.of(JsonProblems.describe(file, e)));
        }
    }
}
