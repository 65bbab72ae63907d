package org.esgstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.esgstudio.i18n.Messages;
import org.esgstudio.store.Change;
import org.esgstudio.store.FileState;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import org.esgstudio.store.Revision;
import org.esgstudio.store.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliJsonFolderTest {
    @TempDir
    Path dir;

    @BeforeEach
    void chineseAndAKnownAuthor() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        System.setProperty("esgstudio.user", Samples.AUTHOR);
    }

    @AfterEach
    void forgetAuthor() {
        System.clearProperty("esgstudio.user");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Samples.QINGHE, Samples.HENGCHUAN})
    void exportJsonReproducesTheSampleFolderByteForByte(String sample) throws IOException {
        Path source = Samples.folder(sample);
        Path file = dir.resolve("p.esg");
        Path exported = dir.resolve("exported");
        assertThat(CliRun.of("new", file, "--from", source).exitCode()).isZero();

        CliRun run = CliRun.of("export-json", file, exported);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).containsExactly("已导出 " + file + " → " + exported);
        for (String name : List.of("report.json", "data.csv", "rules.csv")) {
            assertThat(Files.readAllBytes(exported.resolve(name))).as(name)
                    .isEqualTo(Files.readAllBytes(source.resolve(name)));
        }
        assertThat(relativeFiles(exported)).isEqualTo(relativeFiles(source));
        for (String name : relativeFiles(source)) {
            assertThat(Files.readAllBytes(exported.resolve(name))).as(name)
                    .isEqualTo(Files.readAllBytes(source.resolve(name)));
        }
    }

    @Test
    void exportJsonOverAnEarlierExportReplacesIt() throws IOException {
        Path file = dir.resolve("p.esg");
        Path exported = dir.resolve("exported");
        assertThat(CliRun.of("new", file, "--from", Samples.folder(Samples.HENGCHUAN)).exitCode()).isZero();
        assertThat(CliRun.of("export-json", file, exported).exitCode()).isZero();
        Files.writeString(exported.resolve("data.csv"), "被手工改坏的内容\n");

        CliRun again = CliRun.of("export-json", file, exported);

        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(Files.readAllBytes(exported.resolve("data.csv")))
                .isEqualTo(Files.readAllBytes(Samples.folder(Samples.HENGCHUAN).resolve("data.csv")));
        try (Stream<Path> entries = Files.list(dir)) {
            assertThat(entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")))
                    .as("no staging or old folder is left").isEmpty();
        }
    }

    @Test
    void importJsonOfAnEditedFolderRecordsOneRevisionAndSaysHowManyChanges() throws IOException {
        Path file = dir.resolve("q.esg");
        assertThat(CliRun.of("new", file, "--from", Samples.folder(Samples.QINGHE)).exitCode()).isZero();
        Path folder = Samples.copy(Samples.QINGHE, dir.resolve("edited"));
        replaceOnce(folder.resolve("data.csv"), "投资管理系统,36.80,28.45", "投资管理系统,37.10,28.45");
        replaceOnce(folder.resolve("report.json"), "青禾财险严格遵循《中华人民共和国公司法》", "青禾财险始终严格遵循《中华人民共和国公司法》");

        CliRun run = CliRun.of("import-json", folder, file);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).containsExactly("已导入 " + folder + " → " + file + "（2 项变更）");
        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            List<Revision> history = project.history();
            assertThat(history).hasSize(2);
            Revision imported = history.get(1);
            assertThat(imported.author()).isEqualTo(Samples.AUTHOR);
            assertThat(imported.summary()).isEqualTo("从文件夹 edited 导入");
            assertThat(imported.changes()).isEqualTo(2);
            assertThat(project.changes(imported.id())).extracting(Change::entity, Change::entityId, Change::op)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("node", "ch1-s1-p1", "update"),
                            org.assertj.core.groups.Tuple.tuple("value", "EC.GREEN.INVESTMENT@2024", "update"));
            assertThat(project.load().data().value("EC.GREEN.INVESTMENT", 2024).orElseThrow().amount()
                    .toPlainString()).isEqualTo("37.10");
        }

        CliRun again = CliRun.of("import-json", folder, file);

        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.outLines()).containsExactly("已导入 " + folder + " → " + file + "：内容相同，无变更");
        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            assertThat(project.history()).hasSize(2);
        }
    }

    @Test
    void importingTheSameFolderAFileWasMadeFromChangesNothing() throws IOException {
        Path file = dir.resolve("q.esg");
        assertThat(CliRun.of("new", file, "--from", Samples.folder(Samples.QINGHE)).exitCode()).isZero();

        CliRun run = CliRun.of("import-json", Samples.folder(Samples.QINGHE), file);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).containsExactly(
                "已导入 " + Samples.folder(Samples.QINGHE) + " → " + file + "：内容相同，无变更");
        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            assertThat(project.history()).hasSize(1);
        }
    }

    @Test
    void importingAnotherReportReplacesTheContentInOneRevisionAndExportsAsThatReport() throws IOException {
        Path file = dir.resolve("q.esg");
        Path exported = dir.resolve("exported");
        assertThat(CliRun.of("new", file, "--from", Samples.folder(Samples.QINGHE)).exitCode()).isZero();

        CliRun run = CliRun.of("import-json", Samples.folder(Samples.HENGCHUAN), file);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        int changes;
        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            assertThat(project.history()).hasSize(2);
            changes = project.history().get(1).changes();
            assertSameContent(project.load(), Samples.read(Samples.HENGCHUAN));
        }
        assertThat(changes).isGreaterThan(100);
        assertThat(run.outLines()).containsExactly(
                "已导入 " + Samples.folder(Samples.HENGCHUAN) + " → " + file + "（" + changes + " 项变更）");
        assertThat(CliRun.of("export-json", file, exported).exitCode()).isZero();
        for (String name : relativeFiles(Samples.folder(Samples.HENGCHUAN))) {
            assertThat(Files.readAllBytes(exported.resolve(name))).as(name)
                    .isEqualTo(Files.readAllBytes(Samples.folder(Samples.HENGCHUAN).resolve(name)));
        }
        assertThat(relativeFiles(exported)).isEqualTo(relativeFiles(Samples.folder(Samples.HENGCHUAN)));
    }

    @Test
    void importJsonIntoAMissingFileCreatesIt() {
        Path file = dir.resolve("fresh.esg");

        CliRun run = CliRun.of("import-json", Samples.folder(Samples.HENGCHUAN), file);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).containsExactly("已创建 " + file + "（从文件夹 hengchuan-2024 导入）");
        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            assertSameContent(project.load(), Samples.read(Samples.HENGCHUAN));
            assertThat(project.history()).singleElement().extracting(Revision::summary)
                    .isEqualTo("从文件夹 hengchuan-2024 导入");
        }
    }

    @Test
    void importJsonLeavesNoWalOrShmBesideTheFile() {
        Path file = dir.resolve("q.esg");
        assertThat(CliRun.of("new", file, "--from", Samples.folder(Samples.HENGCHUAN)).exitCode()).isZero();

        assertThat(CliRun.of("import-json", Samples.folder(Samples.QINGHE), file).exitCode()).isZero();

        assertThat(FileState.of(dir).entries()).containsOnlyKeys("", "q.esg");
    }

    @Test
    void exportJsonChangesNothingBesideTheProjectFile() throws IOException {
        Path file = dir.resolve("p.esg");
        assertThat(CliRun.of("new", file, "--from", Samples.folder(Samples.HENGCHUAN)).exitCode()).isZero();
        Path out = Files.createDirectory(dir.resolve("out"));

        assertThat(CliRun.of("export-json", file, out.resolve("exported")).exitCode()).isZero();

        assertThat(FileState.of(dir).entries().keySet()).containsOnly("", "p.esg", "out", "out/exported",
                "out/exported/report.json", "out/exported/data.csv", "out/exported/rules.csv",
                "out/exported/assets", "out/exported/assets/hc-feature-membrane.png",
                "out/exported/assets/hc-open-day.png", "out/exported/assets/hc-profile-river.png");
    }

    /** Same report, indicators, rules, assets and figures (values are entered at another time by the command). */
    private static void assertSameContent(org.esgstudio.data.Project actual, org.esgstudio.data.Project expected) {
        assertThat(actual.report().equals(expected.report())).as("same report").isTrue();
        assertThat(actual.data().indicators()).containsExactlyElementsOf(expected.data().indicators());
        assertThat(actual.data().rules()).containsExactlyElementsOf(expected.data().rules());
        assertThat(actual.assets()).containsExactlyElementsOf(expected.assets());
        assertThat(actual.data().values()).hasSameSizeAs(expected.data().values());
        for (org.esgstudio.data.IndicatorValue value : expected.data().values()) {
            assertThat(actual.data().value(value.code(), value.year())).as(value.code() + "@" + value.year())
                    .hasValueSatisfying(v -> assertThat(v.sameContentAs(value)).isTrue());
        }
    }

    private static void replaceOnce(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).as(file + " holds the text to edit").containsOnlyOnce(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private static List<String> relativeFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }
}
