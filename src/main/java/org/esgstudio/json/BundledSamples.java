package org.esgstudio.json;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The sample reports shipped inside the application (from {@code sample-reports/}, as {@code /samples/NAME/}). */
public final class BundledSamples {
    /** The complete sample: 青禾财险 2024 ESG report. */
    public static final String MAIN = "qinghe-2024";

    private BundledSamples() {
    }

    /** Copies a bundled sample folder into {@code target} (a new folder) and returns it. */
    public static Path copyTo(String name, Path target) throws IOException {
        URL report = BundledSamples.class.getResource("/samples/" + name + "/" + ReportFolder.REPORT);
        if (report == null) {
            throw new IOException("the sample report “" + name + "” is not bundled with this build");
        }
        try {
            URI uri = report.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = jarFileSystem(uri)) {
                    copyTree(jar.provider().getPath(uri).getParent(), target);
                } catch (FileSystemAlreadyExistsException open) {
                    copyTree(FileSystems.getFileSystem(uri).provider().getPath(uri).getParent(), target);
                }
            } else {
                copyTree(Path.of(uri).getParent(), target);
            }
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        return target;
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        return FileSystems.newFileSystem(uri, Map.of());
    }

    private static void copyTree(Path source, Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> walk = Files.walk(source)) {
            List<Path> paths = walk.toList();
            for (Path path : paths) {
                Path relative = source.relativize(path);
                Path destination = target.resolve(relative.toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(path, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
