package org.esgstudio.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The sample report folders of the repository, and file-tree helpers for folder tests. */
final class SampleFolders {
    static final String MAIN = "qinghe-2024";
    static final String SECOND = "hengchuan-2024";

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};

    private SampleFolders() {
    }

    /** The report of a sample folder, read from its report.json alone. */
    static org.esgstudio.model.Report report(String name) throws IOException {
        return ReportJson.read("report.json", Files.readString(of(name).resolve("report.json")));
    }

    static Path of(String name) {
        return Path.of("sample-reports", name).toAbsolutePath();
    }

    /** Copies a sample folder to {@code target} (created). */
    static Path copy(String name, Path target) throws IOException {
        Path source = of(name);
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path path : walk.toList()) {
                Path destination = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(path, destination);
                }
            }
        }
        return target;
    }

    /** Every regular file under {@code root} by relative path, with its bytes as a string of hex digits. */
    static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.toList()) {
                if (Files.isRegularFile(path)) {
                    files.put(root.relativize(path).toString().replace('\\', '/'), hex(Files.readAllBytes(path)));
                } else if (!path.equals(root)) {
                    files.put(root.relativize(path).toString().replace('\\', '/') + "/", "");
                }
            }
        }
        return files;
    }

    private static String hex(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes);
    }

    /** A small report folder: one chapter, one section holding the given block JSON, and a one-indicator data.csv. */
    static Path minimal(Path folder, String blockJson) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("report.json"), """
                    {
                      "formatVersion": 1,
                      "settings": {"year": 2024, "comparisonYears": [2023], "numberedSections": true},
                      "chapters": [
                        {"id": "c1", "title": {"zh": "绿色发展"}, "sections": [
                          {"id": "s1", "title": {"zh": "绿色运营"}, "blocks": [
                            %s
                          ]}
                        ]}
                      ]
                    }
                    """.formatted(blockJson), StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("data.csv"), "指标编码,指标名称,单位,2024,2023\nS.EMP.TOTAL,员工总数,人,8214,7961\n",
                    StandardCharsets.UTF_8);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
