package org.esgstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.esgstudio.i18n.Messages;
import org.esgstudio.store.BadProjectFiles;
import org.esgstudio.store.FileState;
import org.esgstudio.store.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Bad usage and bad input: exit 2, one line on stderr naming the file and the problem, nothing written or changed. */
class CliBadInputTest {
    @TempDir
    static Path shared;

    static Path good;

    @TempDir
    Path dir;

    @BeforeAll
    static void makeAGoodProjectFile() {
        good = Samples.projectFile(Samples.HENGCHUAN, shared.resolve("good.esg"));
    }

    @BeforeEach
    void chineseAndAKnownAuthor() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        System.setProperty("esgstudio.user", Samples.AUTHOR);
    }

    @AfterEach
    void forgetAuthor() {
        System.clearProperty("esgstudio.user");
    }

    /** Runs the command and checks the shape every bad input shares; returns the one error line. */
    private String refused(FileState before, Object... args) {
        return refused(dir, before, args);
    }

    private String refused(Path area, FileState before, Object... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.out()).as("nothing on stdout").isEmpty();
        assertThat(run.errLines()).as("exactly one line on stderr").hasSize(1);
        String line = run.errLines().get(0);
        assertThat(line).startsWith("esg-studio: ").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(FileState.of(area)).as("nothing written or changed").isEqualTo(before);
        return line;
    }

    // ---- new ----

    @Test
    void newOntoAnExistingFileIsRefusedAndTheFileIsUntouched() throws IOException {
        Path existing = Files.writeString(dir.resolve("a.esg"), "已有的文件\n");

        String line = refused(FileState.of(dir), "new", existing, "--from", Samples.folder(Samples.HENGCHUAN));

        assertThat(line).isEqualTo("esg-studio: " + existing + ": 文件已存在，未覆盖：请换一个文件名，或先删除旧文件");
    }

    @Test
    void newBlankOntoAnExistingProjectFileIsRefusedAndTheProjectIsUntouched() throws IOException {
        Path existing = Files.copy(good, dir.resolve("a.esg"));

        String line = refused(FileState.of(dir), "new", existing, "--company", "测试公司", "--year", "2025");

        assertThat(line).isEqualTo("esg-studio: " + existing + ": 文件已存在，未覆盖：请换一个文件名，或先删除旧文件");
    }

    @Test
    void newFromAMissingFolderIsRefusedAndCreatesNothing() {
        Path missing = dir.resolve("no-such-report");

        String line = refused(FileState.of(dir), "new", dir.resolve("a.esg"), "--from", missing);

        assertThat(line).isEqualTo("esg-studio: " + missing + ": 文件夹不存在");
    }

    @Test
    void newFromAFileInsteadOfAFolderIsRefused() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("report.txt"), "不是文件夹");

        String line = refused(FileState.of(dir), "new", dir.resolve("a.esg"), "--from", notAFolder);

        assertThat(line).isEqualTo("esg-studio: " + notAFolder + ": 不是文件夹");
    }

    @Test
    void newFromAFolderWithoutReportJsonIsRefused() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty-folder"));

        String line = refused(FileState.of(dir), "new", dir.resolve("a.esg"), "--from", empty);

        assertThat(line).isEqualTo("esg-studio: " + empty + ": 文件夹中没有 report.json，不是报告文件夹");
    }

    @Test
    void newFromAReportJsonWithASyntaxErrorNamesItsLineAndColumn() throws IOException {
        Path folder = Samples.copy(Samples.QINGHE, dir.resolve("broken"));
        Path report = folder.resolve("report.json");
        String text = Files.readString(report, StandardCharsets.UTF_8);
        Files.writeString(report, text.replaceFirst("\"year\": 2024,", "\"year\": 2024,,"), StandardCharsets.UTF_8);
        List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
        int lineNumber = indexOfLineContaining(lines, "2024,,") + 1;
        int column = lines.get(lineNumber - 1).indexOf(",,") + 2;

        String line = refused(FileState.of(dir), "new", dir.resolve("a.esg"), "--from", folder);

        assertThat(line).startsWith("esg-studio: " + report + ":" + lineNumber + ":" + column + ": JSON 语法错误：");
    }

    @Test
    void newFromAReportJsonWithAnUnknownBlockTypeNamesTheTypeAndItsPlace() throws IOException {
        Path folder = Samples.copy(Samples.QINGHE, dir.resolve("broken"));
        Path report = folder.resolve("report.json");
        String text = Files.readString(report, StandardCharsets.UTF_8);
        int at = text.indexOf("\"type\": \"paragraph\"", text.indexOf("\"chapters\""));
        Files.writeString(report, text.substring(0, at) + "\"type\": \"poem\""
                + text.substring(at + "\"type\": \"paragraph\"".length()), StandardCharsets.UTF_8);
        int lineNumber = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;

        String line = refused(FileState.of(dir), "new", dir.resolve("a.esg"), "--from", folder);

        assertThat(line).startsWith("esg-studio: " + report + ":" + lineNumber + ":")
                .contains("chapters[0].sections[0].blocks[0]: 未知的类型“poem”（可用的类型：paragraph, heading, list,");
    }

    @Test
    void newFromAFolderWithABadFigureInDataCsvNamesTheCell() throws IOException {
        Path folder = Samples.copy(Samples.QINGHE, dir.resolve("broken"));
        Path data = folder.resolve("data.csv");
        String text = Files.readString(data, StandardCharsets.UTF_8);
        assertThat(text).containsOnlyOnce("投资管理系统,36.80,");
        Files.writeString(data, text.replace("投资管理系统,36.80,", "投资管理系统,三十六,"), StandardCharsets.UTF_8);

        String line = refused(FileState.of(dir), "new", dir.resolve("a.esg"), "--from", folder);

        assertThat(line).isEqualTo("esg-studio: " + data + "!J14: “三十六”不是数字（不适用请填 -、—、/ 或 不适用，未报告请留空）");
    }

    @Test
    void newIntoAMissingFolderIsRefused() {
        Path target = dir.resolve("missing").resolve("a.esg");

        String line = refused(FileState.of(dir), "new", target, "--company", "测试公司");

        assertThat(line).isEqualTo("esg-studio: " + target + ": 无法写入：所在文件夹 " + dir.resolve("missing") + " 不存在");
    }

    // ---- info, export-json, import-json on bad project files ----

    @ParameterizedTest(name = "info on {0}")
    @EnumSource(BadProjectFiles.class)
    void infoOnABadProjectFileIsRefusedWithItsMessage(BadProjectFiles bad) {
        Path file = bad.makeIn(dir, good);

        String line = refused(FileState.of(dir), "info", file);

        assertThat(line).isEqualTo("esg-studio: " + bad.message(file));
    }

    @ParameterizedTest(name = "info --json on {0}")
    @EnumSource(value = BadProjectFiles.class, names = {"TEXT_FILE", "TRUNCATED", "NEWER_SCHEMA"})
    void infoJsonOnABadProjectFileIsRefusedWithItsMessage(BadProjectFiles bad) {
        Path file = bad.makeIn(dir, good);

        String line = refused(FileState.of(dir), "info", "--json", file);

        assertThat(line).isEqualTo("esg-studio: " + bad.message(file));
    }

    @ParameterizedTest(name = "export-json from {0}")
    @EnumSource(value = BadProjectFiles.class, names = {"TEXT_FILE", "EMPTY_FILE", "TRUNCATED", "NEWER_SCHEMA",
        "FOREIGN_SQLITE", "MISSING"})
    void exportJsonFromABadProjectFileIsRefusedAndWritesNoFolder(BadProjectFiles bad) {
        Path file = bad.makeIn(dir, good);

        String line = refused(FileState.of(dir), "export-json", file, dir.resolve("exported"));

        assertThat(line).isEqualTo("esg-studio: " + bad.message(file));
    }

    @ParameterizedTest(name = "import-json into {0}")
    @EnumSource(value = BadProjectFiles.class, names = {"TEXT_FILE", "EMPTY_FILE", "TRUNCATED", "NEWER_SCHEMA",
        "FOREIGN_SQLITE", "DIRECTORY"})
    void importJsonIntoABadProjectFileIsRefusedAndChangesNothing(BadProjectFiles bad) {
        Path file = bad.makeIn(dir, good);

        String line = refused(FileState.of(dir), "import-json", Samples.folder(Samples.HENGCHUAN), file);

        assertThat(line).isEqualTo("esg-studio: " + bad.message(file));
    }

    @Test
    void importJsonOfABrokenFolderLeavesTheProjectFileUntouched() throws IOException {
        Path file = Files.copy(good, dir.resolve("p.esg"));
        Path folder = Samples.copy(Samples.HENGCHUAN, dir.resolve("broken"));
        Files.writeString(folder.resolve("report.json"), "{\"formatVersion\": 1, \"settings\": ");

        String line = refused(FileState.of(dir), "import-json", folder, file);

        assertThat(line).startsWith("esg-studio: " + folder.resolve("report.json") + ":1:").contains("JSON 语法错误");
    }

    // ---- export-json targets (the project file in a folder of its own, the target in another) ----

    private Path projectElsewhere() throws IOException {
        return Files.copy(good, Files.createDirectories(dir.resolve("project")).resolve("p.esg"));
    }

    @Test
    void exportJsonToATargetWhoseParentIsARegularFileIsRefused() throws IOException {
        Path file = projectElsewhere();
        Path area = Files.createDirectory(dir.resolve("out"));
        Path regular = Files.writeString(area.resolve("notes.txt"), "一个普通文件");
        Path target = regular.resolve("exported");

        String line = refused(FileState.of(dir), "export-json", file, target);

        assertThat(line).isEqualTo("esg-studio: " + target + ": 无法写入：" + regular + " 不是文件夹");
    }

    @Test
    void exportJsonOverAFolderThatIsNotAReportFolderIsRefusedAndTheFolderIsUntouched() throws IOException {
        Path file = projectElsewhere();
        Path area = Files.createDirectory(dir.resolve("out"));
        Path target = Files.createDirectory(area.resolve("documents"));
        Files.writeString(target.resolve("合同.txt"), "重要文件");

        String line = refused(FileState.of(dir), "export-json", file, target);

        assertThat(line).isEqualTo("esg-studio: " + target + ": 目标文件夹不是报告文件夹（含有“合同.txt”），为免覆盖其他文件，未写入任何内容");
    }

    @Test
    void exportJsonOverARegularFileIsRefusedAndTheFileIsUntouched() throws IOException {
        Path file = projectElsewhere();
        Path area = Files.createDirectory(dir.resolve("out"));
        Path target = Files.writeString(area.resolve("exported"), "同名的普通文件");

        String line = refused(FileState.of(dir), "export-json", file, target);

        assertThat(line).isEqualTo("esg-studio: " + target + ": 目标已存在且不是文件夹");
    }

    @Test
    void exportJsonIntoAMissingFolderIsRefused() throws IOException {
        Path file = projectElsewhere();
        Path area = Files.createDirectory(dir.resolve("out"));
        Path target = area.resolve("missing").resolve("exported");

        String line = refused(FileState.of(dir), "export-json", file, target);

        assertThat(line).isEqualTo("esg-studio: " + target + ": 无法写入：所在文件夹 " + area.resolve("missing") + " 不存在");
    }

    // ---- usage errors ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "info --bogus FILE             | 无法识别的选项或参数：--bogus                 | esg-studio info --help",
        "new FILE --colour red         | 无法识别的选项或参数：--colour red            | esg-studio new --help",
        "export-json FILE              | 缺少参数：FOLDER                              | esg-studio export-json --help",
        "import-json                   | 缺少参数：FOLDER, FILE.esg                    | esg-studio import-json --help",
        "info                          | 缺少参数：FILE.esg                            | esg-studio info --help",
        "new FILE --year               | 选项 --year 缺少取值                          | esg-studio new --help",
        "new FILE --year twenty        | 选项 --year 的取值“twenty”无效                | esg-studio new --help",
        "frobnicate                    | 无法识别的选项或参数：frobnicate              | esg-studio --help"})
    void aUsageErrorExitsTwoNamingTheProblemAndPointsToHelp(String command, String problem, String help)
            throws IOException {
        Path file = Files.copy(good, dir.resolve("p.esg"));
        FileState before = FileState.of(dir);
        String[] args = command.replace("FILE", file.toString()).split(" ");

        CliRun run = CliRun.of((Object[]) args);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).as(run.toString()).hasSize(1);
        assertThat(run.errLines().get(0)).isEqualTo("esg-studio: " + problem + "（用法见 " + help + "）");
        assertThat(FileState.of(dir)).isEqualTo(before);
    }

    private static int indexOfLineContaining(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no line holds " + text);
    }
}
