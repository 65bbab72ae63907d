package org.esgstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.esgstudio.i18n.Messages;
import org.esgstudio.store.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export-docx FILE.esg -o OUT.docx [--chapter N] [--lang zh|en]} on the main sample's project file. */
class CliExportDocxTest {
    @TempDir
    static Path shared;

    private static Path project;

    @TempDir
    Path dir;

    @BeforeAll
    static void theMainSampleAsAProjectFile() {
        project = Samples.projectFile(Samples.QINGHE, shared.resolve("qinghe.esg"));
    }

    @BeforeEach
    @AfterEach
    void chinese() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void exportsTheWholeReportWithCommentsAndSaysWhatItWrote() throws Exception {
        Path output = dir.resolve("审阅副本.docx");
        CliRun run = CliRun.of("export-docx", project, "-o", output);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).singleElement().asString().startsWith("已导出审阅副本 " + output).contains("条批注");
        try (XWPFDocument copy = open(output)) {
            assertThat(headings(copy)).contains("01  稳健治理 行稳致远", "05  共建美好社会", "关键绩效表");
            // The sample agrees with its data: no error or warning, so no comment by default.
            assertThat(copy.getComments()).isEmpty();
        }
        assertThat(leftovers()).containsExactly(output.getFileName().toString());

        CliRun all = CliRun.of("export-docx", project, "-o", output, "--comments", "info");

        assertThat(all.exitCode()).as(all.toString()).isZero();
        try (XWPFDocument copy = open(output)) {
            assertThat(copy.getComments()).isNotEmpty()
                    .allSatisfy(comment -> assertThat(comment.getText()).doesNotContain("【错误】"));
        }
    }

    @Test
    void chapterExportsOnlyThatChapterCountedInOutlineOrder() throws Exception {
        Path output = dir.resolve("ch3.docx");
        CliRun run = CliRun.of("export-docx", project, "-o", output, "--chapter", 3);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        try (XWPFDocument copy = open(output)) {
            assertThat(headings(copy)).containsExactly("03  以客为先 服务美好生活");
        }
    }

    @Test
    void aChapterTheReportDoesNotHaveIsBadInputAndLeavesTheOldFileAlone() throws Exception {
        Path output = dir.resolve("copy.docx");
        Files.writeString(output, "old");
        for (Object chapter : List.of(6, 0, -1)) {
            CliRun run = CliRun.of("export-docx", project, "-o", output, "--chapter", chapter);

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(Cli.BAD_INPUT);
            assertThat(run.errLines()).singleElement().asString()
                    .isEqualTo("esg-studio: " + project + ": 没有第 " + chapter
                            + " 章：报告共有 5 章（按大纲顺序从 1 数起，前言和附录部分不计）");
            assertThat(run.out()).isEmpty();
        }
        assertThat(Files.readString(output)).isEqualTo("old");
        assertThat(leftovers()).containsExactly("copy.docx");
    }

    @Test
    void anUnknownLanguageIsAUsageErrorAndWritesNothing() throws Exception {
        Path output = dir.resolve("copy.docx");
        CliRun run = CliRun.of("export-docx", project, "-o", output, "--lang", "fr");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().contains("--lang", "fr", "export-docx --help");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aMissingOutputFolderIsNamedAndNothingIsWritten() throws Exception {
        Path output = dir.resolve("missing").resolve("copy.docx");
        CliRun run = CliRun.of("export-docx", project, "-o", output);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().contains(output.toString(), "不存在");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void anEnglishCopyOfOneChapter() throws Exception {
        Path output = dir.resolve("en.docx");
        CliRun run = CliRun.of("export-docx", project, "-o", output, "--chapter", 2, "--lang", "en", "--comments",
                "warning");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        try (XWPFDocument copy = open(output)) {
            assertThat(headings(copy)).containsExactly("02  Green Insurance: Guarding Lucid Waters and Lush Mountains");
            assertThat(copy.getComments()).allSatisfy(comment -> assertThat(comment.getText()).doesNotContain("[Note]"));
        }
    }

    /**
     * The planted-error fixture (see src/test/resources/validation/planted/README.md): a wrong tile in the highlights
     * is shaded and carries its mismatch and cross-reference comments; a failing rule and a year-on-year change about
     * indicators no table shows are listed under 审阅意见, each with its comment.
     */
    @Test
    void findingsAboutNoBlockAreListedAtTheEndAndAWrongTileIsShaded() throws Exception {
        Path planted = Path.of("src/test/resources/validation/planted");
        Path file = dir.resolve("planted.esg");
        System.setProperty("esgstudio.user", Samples.AUTHOR);
        try {
            assertThat(CliRun.of("new", file, "--from", planted.resolve("report")).exitCode()).isZero();
            assertThat(CliRun.of("import-data", file, planted.resolve("kpi.xlsx")).exitCode()).isZero();
        } finally {
            System.clearProperty("esgstudio.user");
        }
        Path output = dir.resolve("planted.docx");
        CliRun run = CliRun.of("export-docx", file, "-o", output);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        // 11 findings: 7 errors and warnings become comments; one English missing and three info notes do not.
        assertThat(run.out()).contains("7 条批注，2 处数字与数据不一致");
        try (XWPFDocument copy = open(output)) {
            assertThat(headings(copy)).endsWith("审阅意见");
            List<String> remarks = copy.getParagraphs().stream().map(XWPFParagraph::getText)
                    .filter(text -> text.startsWith("•\t全文：")).toList();
            assertThat(remarks).hasSize(2).anyMatch(text -> text.contains("员工按性别合计"))
                    .anyMatch(text -> text.contains("用水量"));
            org.apache.poi.xwpf.usermodel.XWPFTableCell tile = copy.getTables().stream()
                    .flatMap(table -> table.getRows().stream()).map(row -> row.getCell(0))
                    .filter(cell -> cell.getText().equals("971次")).findFirst().orElseThrow();
            var paragraph = tile.getParagraphs().get(0).getCTP();
            assertThat(paragraph.sizeOfCommentRangeStartArray()).isEqualTo(2);
            List<String> comments = new java.util.ArrayList<>();
            for (var start : paragraph.getCommentRangeStartList()) {
                comments.add(copy.getCommentByID(start.getId().toString()).getText());
            }
            assertThat(comments).anyMatch(text -> text.contains("不一致") && text.contains("应为：917次"))
                    .anyMatch(text -> text.contains("不同写法"));
        }
    }

    private List<String> leftovers() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    private static XWPFDocument open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    private static List<String> headings(XWPFDocument copy) {
        return copy.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyleID())).map(XWPFParagraph::getText)
                .toList();
    }
}
