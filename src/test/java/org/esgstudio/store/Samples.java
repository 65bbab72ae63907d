package org.esgstudio.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;
import org.esgstudio.data.Project;
import org.esgstudio.json.ReportFolder;

/** The sample report folders of the repository, and helpers to read and copy them. */
public final class Samples {
    public static final String QINGHE = "qinghe-2024";
    public static final String HENGCHUAN = "hengchuan-2024";
    public static final String AUTHOR = "测试员";
    public static final Instant READ_AT = Instant.parse("2025-03-01T08:00:00Z");

    private Samples() {
    }

    public static Path folder(String name) {
        Path folder = Path.of("sample-reports", name).toAbsolutePath();
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("tests run from the project folder; " + folder + " is missing");
        }
        return folder;
    }

    public static Project read(String name) {
        return ReportFolder.read(folder(name), AUTHOR, READ_AT);
    }

    /** A writable copy of a sample folder (tests edit it). */
    public static Path copy(String name, Path target) {
        Path source = folder(name);
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path path : walk.sorted(Comparator.naturalOrder()).toList()) {
                Path to = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(path, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** A project file made from a sample folder by {@link ProjectFile#create}. */
    public static Path projectFile(String name, Path target) {
        ProjectFile.create(target, read(name), AUTHOR, "从示例 " + name + " 创建");
        return target;
    }

    /**
     * A project file of the sample with no disclosure codes at all (none on its elements, none on its indicators), for
     * tests that tag and untag from a clean start.
     */
    public static Path untaggedProjectFile(String name, Path target) {
        Project sample = read(name);
        org.esgstudio.data.DataSet data = sample.data();
        java.util.List<org.esgstudio.data.Indicator> plain = new java.util.ArrayList<>();
        for (org.esgstudio.data.Indicator i : data.indicators()) {
            plain.add(new org.esgstudio.data.Indicator(i.code(), i.name(), i.aliases(), i.unit(), i.decimals(),
                    i.category(), i.department(), i.source(), java.util.List.of(), i.definition()));
        }
        Project untagged = new Project(sample.report().withDisclosures(org.esgstudio.model.DisclosureTags.NONE),
                new org.esgstudio.data.DataSet(plain, data.values(), data.rules()), sample.assets());
        ProjectFile.create(target, untagged, AUTHOR, "从示例 " + name + " 创建（无披露项标注）");
        return target;
    }
}
