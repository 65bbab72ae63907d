package org.esgstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.esgstudio.data.Project;
import org.esgstudio.i18n.Messages;
import org.esgstudio.model.Chapter;
import org.esgstudio.office.OfficePackage;
import org.esgstudio.office.TestWorkbooks;
import org.esgstudio.store.FileState;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import org.esgstudio.store.Revision;
import org.esgstudio.store.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import-docx FILE.esg DRAFT.docx [--into CHAPTER]}: one revision, validated at once; bad drafts change nothing. */
class CliImportDocxTest {
    private static final Path DRAFT = Path.of("src", "test", "resources", "office", "draft", "green-operations.docx")
            .toAbsolutePath();

    @TempDir
    Path dir;
    private Path projectDir;
    private Path file;

    @BeforeEach
    void chineseAndAKnownAuthorAndTheMainSample() throws IOException {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        System.setProperty("esgstudio.user", Samples.AUTHOR);
        projectDir = Files.createDirectory(dir.resolve("project"));
        file = Samples.projectFile(Samples.QINGHE, projectDir.resolve("qinghe.esg"));
    }

    @AfterEach
    void forgetAuthor() {
        System.clearProperty("esgstudio.user");
    }

    private Project load() {
        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            return project.load();
        }
    }

    private List<Revision> history() {
        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            return project.history();
        }
    }

    @Test
    void theDraftIsImportedAsOneRevisionAndItsDisagreeingFiguresExitOne() {
        CliRun run = CliRun.of("import-docx", file, DRAFT);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(Cli.REPORT_HAS_ERRORS);
        assertThat(run.err()).isEmpty();
        List<String> lines = run.outLines();
        assertThat(lines.get(0)).isEqualTo("已导入 " + DRAFT + " → " + file + "：新增 1 章、4 节，2 个小标题、9 个段落、2 个列表、"
                + "3 张表（其中数据表 1 张）、1 张图片、2 个案例、1 条脚注");
        assertThat(lines).contains("  · 第 1 段：文档标题“绿色运营章节草稿（行政部）”未导入（报告标题在报告设置中）",
                "  · 表“公务用车”：“新能源公务用车” 2024 年在草稿中为 66，数据库中为 64 辆", "导入内容的核对结果：", "■ 06 践行绿色运营");
        assertThat(run.out()).containsPattern("(?m)^  错误 .*6,300人.*6,258人.*〔6\\.3 员工绿色行动 › 段落 截至2024年末")
                .containsPattern("(?m)^  错误 .*66.*64辆.*〔6\\.3 员工绿色行动 › 文字表 公务用车〕");
        assertThat(lines.get(lines.size() - 1)).startsWith("整份报告：共 ").contains("2 个不一致");

        Project saved = load();
        Chapter last = saved.report().chapters().get(saved.report().chapters().size() - 1);
        assertThat(saved.report().chapters()).hasSize(6);
        assertThat(last.title().zh()).isEqualTo("践行绿色运营");
        assertThat(last.sections()).hasSize(4);
        assertThat(saved.asset("green-operations-1.png")).isPresent();
        List<Revision> history = history();
        assertThat(history).hasSize(2);
        assertThat(history.get(1).summary()).isEqualTo("导入 Word 草稿 green-operations.docx");
        assertThat(history.get(1).author()).isEqualTo(Samples.AUTHOR);
    }

    @Test
    void aDraftWhoseFiguresAgreeExitsZero() {
        Path agreeing = TestWorkbooks.withEntries(DRAFT, dir.resolve("agreeing.docx"), Map.of("word/document.xml",
                xml -> xml.replace("<w:t>6,300</w:t>", "<w:t>6,258</w:t>").replace("<w:t>66</w:t>", "<w:t>64</w:t>")));

        CliRun run = CliRun.of("import-docx", file, agreeing);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("3 张表（其中数据表 2 张）").doesNotContain("  错误 ")
                .contains("整份报告：共 ").contains("0 个不一致");
        assertThat(history()).hasSize(2);
    }

    @Test
    void intoAChapterAddsTheSectionsThereAndMakesNoChapter() {
        CliRun run = CliRun.of("import-docx", file, DRAFT, "--into", "2");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(Cli.REPORT_HAS_ERRORS);
        assertThat(run.outLines().get(0)).isEqualTo("已导入 " + DRAFT + " → " + file + "（“绿色保险 守护绿水青山”）：新增 0 章、4 节，"
                + "2 个小标题、9 个段落、2 个列表、3 张表（其中数据表 1 张）、1 张图片、2 个案例、1 条脚注");
        Project saved = load();
        assertThat(saved.report().chapters()).hasSize(5);
        assertThat(saved.report().chapters().get(1).sections()).extracting(s -> s.title().zh())
                .endsWith("践行绿色运营", "节能降耗与资源节约", "员工绿色行动", "绿色采购");
    }

    /** A refused draft: exit 2, one line on stderr naming the file, nothing printed, the project untouched. */
    private void refused(Path draft, String message, String... options) {
        FileState before = FileState.of(projectDir);
        Object[] args = new Object[3 + options.length];
        args[0] = "import-docx";
        args[1] = file;
        args[2] = draft;
        System.arraycopy(options, 0, args, 3, options.length);

        CliRun run = CliRun.of(args);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("esg-studio: ").contains(draft.getFileName().toString())
                .contains(message);
        assertThat(FileState.of(projectDir)).as("nothing written").isEqualTo(before);
    }

    @Test
    void anOldDocIsRefused() {
        refused(DRAFT.resolveSibling("green-operations.doc"), "是旧版 Word 97-2003 文档（.doc），无法导入");
    }

    @Test
    void aPasswordProtectedDraftIsRefused() {
        refused(TestWorkbooks.encrypted(DRAFT, dir.resolve("locked.docx"), "secret"), "文档设有打开密码");
    }

    @Test
    void aWorkbookRenamedToDocxIsRefused() throws IOException {
        refused(Files.copy(TestWorkbooks.fixture("kpi-zh.xlsx"), dir.resolve("kpi.docx")), "是 Excel 工作簿，不是 Word 文档");
    }

    @Test
    void aTruncatedDraftIsRefused() throws IOException {
        byte[] bytes = Files.readAllBytes(DRAFT);
        refused(Files.write(dir.resolve("cut.docx"), Arrays.copyOf(bytes, bytes.length * 2 / 3)), "文档已损坏或不完整");
    }

    @Test
    void aFileThatIsNotAZipIsRefused() throws IOException {
        refused(Files.writeString(dir.resolve("plain.docx"), "纯文本\n"), "不是 Word 文档（.docx）");
    }

    @Test
    void aDraftOverTheSizeLimitIsRefused() throws IOException {
        Path huge = dir.resolve("huge.docx");
        try (RandomAccessFile out = new RandomAccessFile(huge.toFile(), "rw")) {
            out.setLength(OfficePackage.MAX_BYTES + 1);
        }
        refused(huge, "文件过大（上限 20 MB）");
    }

    @Test
    void aZipBombIsRefused() {
        String padding = " ".repeat(4 * 1024 * 1024);
        refused(TestWorkbooks.withEntries(DRAFT, dir.resolve("bomb.docx"), Map.of("word/document.xml",
                xml -> xml.replaceFirst("<w:body>", "<w:body>" + padding))), "疑似“压缩炸弹”");
    }

    @Test
    void anXmlExternalEntityIsRefusedAndNeverRead() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "绝密内容");
        Path xxe = TestWorkbooks.withEntries(DRAFT, dir.resolve("xxe.docx"), Map.of("word/document.xml", xml -> xml
                .replaceFirst("\\?>", "?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>")
                .replace("践行绿色运营</w:t>", "&xxe;</w:t>")));

        refused(xxe, "含有 DOCTYPE 声明");
        assertThat(load().report().chapters()).hasSize(5);
    }

    @Test
    void anUnknownChapterIsBadUsage() {
        refused(DRAFT, "无法导入到“9”：报告中没有这一章", "--into", "9");
    }

    @Test
    void contentBeforeTheFirstChapterIsRefusedNamingTheParagraph() {
        Path noChapter = TestWorkbooks.withEntries(DRAFT, dir.resolve("no-chapter.docx"), Map.of("word/document.xml",
                xml -> xml.replace("w:val=\"Heading1\"", "w:val=\"TextBody\"")));

        refused(noChapter, "no-chapter.docx › 第 2 段: 位于第一个一级标题（章）之前");
    }

    @Test
    void helpDescribesTheCommandInChinese() {
        CliRun run = CliRun.of("import-docx", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("导入 Word 章节草稿（.docx）").containsPattern("(?m)^ +--into=CHAPTER +把草稿的各节导入到已有的这一章");
    }
}
