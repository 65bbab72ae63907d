package org.esgstudio.json;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.esgstudio.data.DataCsv;
import org.esgstudio.data.DataSet;
import org.esgstudio.data.Project;
import org.esgstudio.data.ProjectReferences;
import org.esgstudio.data.Rule;
import org.esgstudio.data.RulesCsv;
import org.esgstudio.i18n.InputRejectedException;
import org.esgstudio.i18n.Problem;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.model.Asset;
import org.esgstudio.model.AssetNames;
import org.esgstudio.model.ImageCheck;
import org.esgstudio.model.IntegrityProblem;
import org.esgstudio.model.Report;

/** The folder format: report.json + data.csv + rules.csv + assets/. Reading is all-or-nothing. */
public final class ReportFolder {
    public static final String REPORT = "report.json";
    public static final String DATA = "data.csv";
    public static final String RULES = "rules.csv";
    public static final String ASSETS = "assets";
    static final long MAX_ASSET_BYTES = 25L * 1024 * 1024;
    private static final Set<String> OWN_ENTRIES = Set.of(REPORT, DATA, RULES, ASSETS);

    private ReportFolder() {
    }

    /** Reads a whole report folder; any problem anywhere rejects it with every problem found. */
    public static Project read(Path folder, String author, Instant at) {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            throw new UserFacingException("folder.missing", folder);
        }
        if (!Files.isDirectory(folder)) {
            throw new UserFacingException("folder.notDirectory", folder);
        }
        Path reportFile = folder.resolve(REPORT);
        Path dataFile = folder.resolve(DATA);
        Path rulesFile = folder.resolve(RULES);
        for (Path own : List.of(reportFile, dataFile, rulesFile)) {
            if (Files.isSymbolicLink(own)) {
                throw new UserFacingException("guard.folder.linkedFile", own);
            }
        }
        if (!Files.isRegularFile(reportFile)) {
            throw new UserFacingException("folder.noReport", folder, REPORT);
        }
        Report report = ReportJson.read(reportFile.toString(), TextFiles.readUtf8(reportFile));
        DataSet data = Files.isRegularFile(dataFile)
                ? DataCsv.read(dataFile.toString(), TextFiles.readUtf8(dataFile), author, at)
                : DataSet.empty();
        if (Files.isRegularFile(rulesFile)) {
            List<Rule> rules = RulesCsv.read(rulesFile.toString(), TextFiles.readUtf8(rulesFile), data);
            data = new DataSet(data.indicators(), data.values(), rules);
        }
        Project project = new Project(report, data, readAssets(folder.resolve(ASSETS)));
        List<IntegrityProblem> integrity = ProjectReferences.check(project);
        if (!integrity.isEmpty()) {
            List<Problem> problems = new ArrayList<>();
            integrity.forEach(p -> problems.add(new Problem(reportFile + " › " + p.where(), p.key(), p.args())));
            throw new InputRejectedException(reportFile.toString(), problems);
        }
        return project;
    }

    private static List<Asset> readAssets(Path dir) {
        List<Asset> assets = new ArrayList<>();
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return assets;
        }
        if (Files.isSymbolicLink(dir) || !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw new UserFacingException("asset.notConfined", dir);
        }
        List<Problem> problems = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                if (Files.isSymbolicLink(entry) || !Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    problems.add(new Problem(entry.toString(), "asset.notRegularFile"));
                    continue;
                }
                if (Files.size(entry) > MAX_ASSET_BYTES) {
                    problems.add(new Problem(entry.toString(), "asset.tooLarge", MAX_ASSET_BYTES / (1024 * 1024)));
                    continue;
                }
                if (!AssetNames.isPlain(name)) {
                    problems.add(new Problem(entry.toString(), "guard.asset.badFileName"));
                    continue;
                }
                byte[] bytes = Files.readAllBytes(entry);
                Optional<IntegrityProblem> problem = ImageCheck.problem(name, bytes);
                if (problem.isPresent()) {
                    problems.add(new Problem(entry.toString(), problem.get().key(), problem.get().args()));
                } else {
                    assets.add(new Asset(name, bytes));
                }
            }
        } catch (IOException e) {
            throw new UserFacingException(e, "file.unreadable", dir, e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new InputRejectedException(dir.toString(), problems);
        }
        return assets;
    }

    /**
     * Writes a project as a folder: into a temporary sibling first, then swapped into place, so that a failure
     * leaves the target as it was. An existing target must be a report folder (nothing else is overwritten).
     */
    public static void write(Project project, Path folder) {
        Path target = checkTarget(folder);
        checkAssetNames(project, target);
        Path parent = target.getParent();
        Path staging;
        try {
            staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".writing-");
            FolderSwap.makeShareable(staging);
        } catch (IOException e) {
            throw new UserFacingException(e, "target.unwritable", target, e.getMessage());
        }
        try {
            writeInto(project, staging);
            FolderSwap.replace(staging, target);
        } catch (IOException e) {
            FolderSwap.deleteQuietly(staging);
            throw new UserFacingException(e, "target.unwritable", target, e.getMessage());
        } catch (RuntimeException e) {
            FolderSwap.deleteQuietly(staging);
            throw e;
        }
    }

    /**
     * Checks, before any work is done, that a report folder may be written at {@code folder}: its parent is an
     * existing folder, and the folder itself is new or already a report folder. Returns the absolute target.
     */
    public static Path checkTarget(Path folder) {
        Path target = folder.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null || !Files.exists(parent)) {
            throw new UserFacingException("target.parentMissing", target, parent);
        }
        if (!Files.isDirectory(parent)) {
            throw new UserFacingException("target.parentNotFolder", target, parent);
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            requireReportFolder(target);
        }
        return target;
    }

    private static void requireReportFolder(Path target) {
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new UserFacingException("target.notFolder", target);
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
            for (Path entry : entries) {
                if (!OWN_ENTRIES.contains(entry.getFileName().toString())) {
                    throw new UserFacingException("target.notReportFolder", target, entry.getFileName());
                }
            }
        } catch (IOException e) {
            throw new UserFacingException(e, "target.unwritable", target, e.getMessage());
        }
    }

    private static void writeInto(Project project, Path dir) throws IOException {
        Files.writeString(dir.resolve(REPORT), ReportJson.write(project.report()));
        Files.writeString(dir.resolve(DATA), DataCsv.format(project.data()));
        if (!project.data().rules().isEmpty()) {
            Files.writeString(dir.resolve(RULES), RulesCsv.format(project.data().rules()));
        }
        if (!project.assets().isEmpty()) {
            Path assets = Files.createDirectory(dir.resolve(ASSETS));
            for (Asset asset : project.assets()) {
                Files.write(confined(dir, asset.name()), asset.bytes(), StandardOpenOption.CREATE_NEW);
            }
        }
    }

    /**
     * Refuses, naming {@code source} (the project file, or the target folder), a project with an asset whose name is
     * not a plain file name ({@link AssetNames}): exporting it would write outside the folder.
     */
    public static void checkAssetNames(Project project, Path source) {
        for (Asset asset : project.assets()) {
            if (!AssetNames.isPlain(asset.name())) {
                throw new UserFacingException("guard.export.assetNameNotPlain", source, asset.name());
            }
        }
    }

    /**
     * {@code assets/<name>} inside {@code dir}, refused unless the name is a plain file name whose path stays in the
     * folder: a project file written by something else could name an asset {@code ../../x} or {@code /etc/x}.
     */
    private static Path confined(Path dir, String name) {
        Path assets = dir.resolve(ASSETS);
        if (!AssetNames.isPlain(name)) {
            throw new UserFacingException("guard.export.assetNameNotPlain", dir, name);
        }
        Path path = assets.resolve(name).normalize();
        if (!assets.equals(path.getParent())) {
            throw new UserFacingException("guard.export.assetNameNotPlain", dir, name);
        }
        return path;
    }
}
