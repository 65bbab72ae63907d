package org.esgstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import java.util.stream.Stream;
import org.esgstudio.i18n.Messages;
import org.esgstudio.store.FileState;
import org.esgstudio.store.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Paths inside a report folder or a project cannot reach outside it. A picture's name becomes a path in two places —
 * reading a folder (report.json names it, assets/ holds it) and writing one ({@code export-json} writes
 * {@code assets/<name>}) — and only a plain file name is accepted there: not {@code ../../etc/passwd},
 * {@code /etc/passwd}, {@code C:\x}, {@code assets/../../x}. Links that lead out of the folder are refused too.
 * Each refusal exits 2 naming the file and the picture, and nothing is read from or written to outside (or inside).
 */
class AssetConfinementTest {
    @TempDir
    static Path shared;

    static Path good;

    @TempDir
    Path dir;

    /** Every kind of name that would leave the folder it is resolved in. */
    static Stream<String> escapingNames() {
        return Stream.of("../../etc/passwd", "/etc/passwd", "C:\\Windows\\win.ini", "C:x.png", "assets/../../x.png",
                "../outside.png", "..", "sub/inner.png", "\\\\server\\share\\x.png");
    }

    @BeforeAll
    static void aProjectFromTheCorpusBase() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        good = shared.resolve("base.esg");
        CliRun run = CliRun.of("new", good, "--from", BadInputCorpusTest.CORPUS.resolve("base"));
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(Cli.OK);
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

    private Path baseFolder() {
        return BadInputCorpusTest.copyTree(BadInputCorpusTest.CORPUS.resolve("base"), dir.resolve("report"));
    }

    /** The run is refused (exit 2, one message, no stack trace) and {@code dir} is as it was. */
    private String refused(Object... args) {
        FileState before = FileState.of(dir);

        CliRun run = CliRun.of(args);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("esg-studio: ").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(FileState.of(dir)).as("nothing written or changed").isEqualTo(before);
        return run.err().strip();
    }

    // ---- reading a folder: names in report.json

    @ParameterizedTest(name = "report.json naming {0}")
    @MethodSource("escapingNames")
    void aPictureNameInReportJsonThatLeavesTheFolderIsRefusedOnImport(String name) throws IOException {
        Path folder = baseFolder();
        Path report = folder.resolve("report.json");
        Files.writeString(report, Files.readString(report).replace("\"asset\": \"ok.png\"",
                "\"asset\": " + jsonString(name)));
        // What the name points at exists and is a sound picture: it must still not be taken.
        Files.copy(folder.resolve("assets/ok.png"), dir.resolve("outside.png"));
        Path project = Files.copy(good, dir.resolve("p.esg"));

        String intoExisting = refused("import-json", folder, project);
        String intoNew = refused("new", dir.resolve("new.esg"), "--from", folder);

        String expected = report + " › 01 绿色运营 › 节约用水 › 图片 节水示意图: 图片名称“" + name + "”不是 assets/ 中的文件名"
                + "（含有路径、上级目录或盘符），为免读取报告文件夹以外的文件，未导入：请只写文件名，如 photo.png";
        assertThat(intoExisting).isEqualTo("esg-studio: " + expected);
        assertThat(intoNew).isEqualTo("esg-studio: " + expected);
    }

    // ---- reading a folder: links

    @Test
    void aLinkInAssetsToAPictureOutsideTheFolderIsRefused() throws IOException {
        Path folder = baseFolder();
        Path outside = Files.copy(folder.resolve("assets/ok.png"), dir.resolve("outside.png"));
        Path link = symlink(folder.resolve("assets/linked.png"), outside);

        assertThat(refused("import-json", folder, Files.copy(good, dir.resolve("p.esg"))))
                .isEqualTo("esg-studio: " + link + ": 资源必须是普通文件（不能是链接或子文件夹）");
    }

    @Test
    void aLinkInAssetsToAFileElsewhereInTheSystemIsRefusedWithoutReadingIt() throws IOException {
        Path folder = baseFolder();
        Path secret = Files.writeString(dir.resolve("secret.png"), "绝密内容", StandardCharsets.UTF_8);
        Path link = symlink(folder.resolve("assets/secret.png"), secret);

        String message = refused("new", dir.resolve("new.esg"), "--from", folder);

        assertThat(message).isEqualTo("esg-studio: " + link + ": 资源必须是普通文件（不能是链接或子文件夹）")
                .doesNotContain("绝密内容");
    }

    @Test
    void anAssetsFolderThatIsALinkToAnotherFolderIsRefused() throws IOException {
        Path folder = baseFolder();
        Path elsewhere = Files.move(folder.resolve("assets"), dir.resolve("elsewhere"));
        Path link = symlink(folder.resolve("assets"), elsewhere);

        assertThat(refused("import-json", folder, Files.copy(good, dir.resolve("p.esg"))))
                .isEqualTo("esg-studio: " + link + ": 资源文件夹不能是链接或文件，必须是报告文件夹内的普通文件夹");
    }

    @ParameterizedTest(name = "{0} as a link")
    @ValueSource(strings = {"report.json", "data.csv", "rules.csv"})
    void aReportFileThatIsALinkToAFileOutsideIsRefusedWithoutReadingIt(String name) throws IOException {
        Path folder = baseFolder();
        Path outside = Files.move(folder.resolve(name), dir.resolve("outside-" + name));
        Path link = symlink(folder.resolve(name), outside);

        assertThat(refused("import-json", folder, Files.copy(good, dir.resolve("p.esg"))))
                .isEqualTo("esg-studio: " + link + ": 是指向别处的链接：报告文件夹中的 report.json、data.csv 和 rules.csv"
                        + " 必须是文件夹内的普通文件，为安全起见未读取");
    }

    @Test
    void aSubfolderInAssetsIsRefused() throws IOException {
        Path folder = baseFolder();
        Path sub = Files.createDirectory(folder.resolve("assets/sub"));
        Files.copy(folder.resolve("assets/ok.png"), sub.resolve("inner.png"));

        assertThat(refused("import-json", folder, Files.copy(good, dir.resolve("p.esg"))))
                .isEqualTo("esg-studio: " + sub + ": 资源必须是普通文件（不能是链接或子文件夹）");
    }

    @ParameterizedTest(name = "a file named {0} in assets/")
    @ValueSource(strings = {"C:x.png", "back\\slash.png"})
    void aFileInAssetsWhoseNameIsAPathElsewhereIsRefused(String name) throws IOException {
        Path folder = baseFolder();
        Path odd;
        try {
            odd = Files.copy(folder.resolve("assets/ok.png"), folder.resolve("assets").resolve(name));
        } catch (java.nio.file.InvalidPathException | FileSystemException e) {
            assumeTrue(false, "this file system cannot name a file " + name);
            return;
        }

        assertThat(refused("import-json", folder, Files.copy(good, dir.resolve("p.esg"))))
                .isEqualTo("esg-studio: " + odd + ": 文件名含有 \\、: 或控制字符，不能作为图片名称：请改为只含字母、数字、汉字、- 和 _ 的文件名");
    }

    // ---- writing a folder: names stored in a project file

    static Stream<Arguments> escapingNamesForExport() {
        return escapingNames().filter(name -> !name.equals("/etc/passwd")).map(Arguments::of);
    }

    @ParameterizedTest(name = "a project picture named {0}")
    @MethodSource("escapingNamesForExport")
    void aProjectPictureNameThatLeavesTheTargetIsRefusedOnExportAndNothingIsWritten(String name) throws IOException {
        Path project = projectWithPictureNamed(Files.createDirectories(dir.resolve("projects/deep")).resolve("p.esg"),
                name);
        Path target = Files.createDirectories(dir.resolve("out/deeper")).resolve("exported");

        String message = refused("export-json", project, target);

        assertThat(message).isEqualTo("esg-studio: " + project + ": 项目中的图片名称“" + name + "”不是单纯的文件名"
                + "（含有路径、上级目录或盘符），写出会落到目标文件夹以外：未导出任何内容");
    }

    @Test
    void aProjectPictureNamedByAnAbsolutePathIsRefusedOnExportAndThePathIsNotWritten() throws IOException {
        Path escaped = dir.resolve("elsewhere").resolve("escaped.png");
        Path project = projectWithPictureNamed(Files.createDirectories(dir.resolve("projects")).resolve("p.esg"),
                escaped.toString());
        Path target = Files.createDirectories(dir.resolve("out")).resolve("exported");

        String message = refused("export-json", project, target);

        assertThat(message).contains("项目中的图片名称“" + escaped + "”不是单纯的文件名");
        assertThat(escaped).doesNotExist();
        assertThat(escaped.getParent()).doesNotExist();
    }

    @Test
    void exportingOverAnEarlierExportWithAnEscapingNameLeavesTheEarlierExportAsItWas() throws IOException {
        Path target = Files.createDirectories(dir.resolve("out")).resolve("exported");
        CliRun first = CliRun.of("export-json", good, target);
        assertThat(first.exitCode()).as(first.toString()).isEqualTo(Cli.OK);
        Path project = projectWithPictureNamed(Files.createDirectories(dir.resolve("projects")).resolve("p.esg"),
                "../../escaped.png");

        refused("export-json", project, target);

        assertThat(target.resolve("assets/ok.png")).exists();
    }

    @Test
    void otherExportsOfAProjectWithAnEscapingPictureNameWriteOnlyTheirTarget() throws IOException {
        Path project = projectWithPictureNamed(Files.createDirectories(dir.resolve("projects")).resolve("p.esg"),
                "../../escaped.png");
        Path out = Files.createDirectories(dir.resolve("out"));

        for (String[] command : new String[][] {{"export-docx", "-o", "review.docx"}, {"export-pdf", "-o", "report.pdf"}}) {
            FileState before = FileState.of(dir);
            CliRun run = CliRun.of(command[0], project, command[1], out.resolve(command[2]));
            assertThat(run.exitCode()).as(run.toString()).isIn(Cli.OK, Cli.REPORT_HAS_ERRORS);
            FileState after = FileState.of(dir);
            assertThat(after.entries().keySet()).as(command[0])
                    .containsExactlyInAnyOrderElementsOf(plus(before, "out/" + command[2]));
        }
    }

    private static java.util.Set<String> plus(FileState state, String entry) {
        java.util.Set<String> keys = new java.util.TreeSet<>(state.entries().keySet());
        keys.add(entry);
        return keys;
    }

    /** A copy of the good project whose picture ok.png is renamed, in the asset table and in its image block. */
    private static Path projectWithPictureNamed(Path target, String name) throws IOException {
        Files.copy(good, target, StandardCopyOption.REPLACE_EXISTING);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + target);
             PreparedStatement asset = connection.prepareStatement("UPDATE asset SET name = ? WHERE name = 'ok.png'");
             PreparedStatement node = connection.prepareStatement("UPDATE report_node SET content = "
                     + "replace(content, '\"ok.png\"', json_quote(?)) WHERE id = 'c1-s1-img'")) {
            asset.setString(1, name);
            assertThat(asset.executeUpdate()).isEqualTo(1);
            node.setString(1, name);
            assertThat(node.executeUpdate()).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        for (Path sibling : FileState.sqliteSiblings(target)) {
            assertThat(sibling).doesNotExist();
        }
        return target;
    }

    private static String jsonString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static Path symlink(Path link, Path target) throws IOException {
        try {
            return Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | FileSystemException e) {
            assumeTrue(false, "symbolic links are not available here: " + e);
            return link;
        }
    }
}
