package org.esgstudio.office.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.esgstudio.i18n.Messages;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.ReportQuery;
import org.esgstudio.review.compare.BlockChange;
import org.esgstudio.review.compare.ChangeKind;
import org.esgstudio.review.compare.ChangeReport;
import org.esgstudio.review.compare.Comparison;
import org.esgstudio.review.compare.FieldChange;
import org.esgstudio.review.compare.FigureChange;
import org.esgstudio.review.compare.SampleEdits;
import org.esgstudio.review.compare.ValueChange;
import org.esgstudio.store.ChangeReports;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7's acceptance: the change report between two versions of the main sample lists exactly the changed blocks
 * and figures. Version A is named, a known set of edits is made and saved as the app saves them (a figure in a
 * paragraph, words in another, one block deleted, one added, one value of the data store), version B is named; the
 * comparison, and the Word change report read back, list those and nothing else.
 */
class ChangeReportAcceptanceTest {
    private static final Instant MADE = Instant.parse("2025-04-03T08:00:00Z");

    @TempDir
    static Path dir;

    private static Path esg;
    private static ChangeReport report;
    private static Path docx;

    @BeforeAll
    static void twoVersionsOfTheSample() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        esg = SampleEdits.sampleWithVersion(dir, "送审版 v1");
        SampleEdits.apply(esg);
        try (ProjectFile file = ProjectFile.open(esg, OpenMode.READ_WRITE)) {
            file.nameVersion("送审版 v2", "李审核");
            report = ChangeReports.between(file, "送审版 v1", "送审版 v2");
        }
        docx = dir.resolve("变更报告.docx");
        ChangeReportDocx.write(report, MADE, docx);
    }

    @Test
    void theComparisonListsExactlyTheEditedBlocksInReadingOrder() {
        Comparison comparison = report.comparison();

        assertThat(comparison.blocks()).extracting(BlockChange::id, BlockChange::kind, BlockChange::change)
                .containsExactly(
                        tuple(SampleEdits.STRATEGY_PARAGRAPH, "paragraph", ChangeKind.CHANGED),
                        tuple(SampleEdits.DELETED_PARAGRAPH, "paragraph", ChangeKind.REMOVED),
                        tuple(SampleEdits.WATER_PARAGRAPH, "paragraph", ChangeKind.CHANGED),
                        tuple(SampleEdits.ADDED_PARAGRAPH, "paragraph", ChangeKind.ADDED));
        assertThat(comparison.blocks()).noneMatch(BlockChange::moved);
        BlockChange strategy = comparison.blocks().get(0);
        assertThat(strategy.fields()).extracting(FieldChange::language, FieldChange::label)
                .containsExactly(tuple("zh", "正文（中文）"), tuple("en", "正文（英文）"));
        assertThat(deletedAndInserted(strategy.fields().get(0))).containsExactly("-统筹", "+协同");
        assertThat(deletedAndInserted(strategy.fields().get(1))).containsExactly("-pursued", "+delivered");
        BlockChange water = comparison.blocks().get(2);
        assertThat(water.fields()).singleElement().satisfies(field ->
                assertThat(deletedAndInserted(field)).containsExactly("-98,652", "+97,120"));
        assertThat(comparison.blocks().get(3).chapterId()).isEqualTo("ch2");
        assertThat(comparison.blocks().get(3).location()).startsWith("02 绿色保险 守护绿水青山 › 2.4");
    }

    @Test
    void theComparisonListsExactlyTheChangedFigures() {
        Comparison comparison = report.comparison();

        assertThat(comparison.values()).extracting(ValueChange::key, ValueChange::change, ValueChange::before,
                ValueChange::after, ValueChange::unitAfter)
                .containsExactly(tuple("E.WATER.TOTAL@2024", ChangeKind.CHANGED, "98,652", "97,120", "立方米"));
        assertThat(comparison.figures()).extracting(FigureChange::blockId, FigureChange::change, FigureChange::before,
                FigureChange::after).containsExactly(
                tuple(SampleEdits.DELETED_PARAGRAPH, ChangeKind.REMOVED, "三年", ""),
                tuple(SampleEdits.DELETED_PARAGRAPH, ChangeKind.REMOVED, "3家", ""),
                tuple(SampleEdits.WATER_PARAGRAPH, ChangeKind.CHANGED, SampleEdits.OLD_WATER, SampleEdits.NEW_WATER),
                tuple(SampleEdits.ADDED_PARAGRAPH, ChangeKind.ADDED, "", "1,200棵"));
        assertThat(comparison.figures().get(2).indicator()).isEqualTo("E.WATER.TOTAL@2024");
        assertThat(comparison.counts()).isEqualTo(new Comparison.Counts(1, 1, 2, 0, 0, 0, 1, 1, 2, 1));
    }

    @Test
    void theVersionsAreTheStatesBeforeAndAfterTheEdits() {
        assertThat(report.from().name()).isEqualTo("送审版 v1");
        assertThat(report.to().name()).isEqualTo("送审版 v2");
        assertThat(report.to().author()).isEqualTo("李审核");
        try (ProjectFile file = ProjectFile.open(esg, OpenMode.READ_ONLY)) {
            Paragraph water = (Paragraph) ReportQuery.block(file.loadVersion("送审版 v1").report(),
                    SampleEdits.WATER_PARAGRAPH).orElseThrow();
            assertThat(water.text().zh()).contains(SampleEdits.OLD_WATER);
            assertThat(ReportQuery.block(file.loadVersion("送审版 v2").report(), SampleEdits.DELETED_PARAGRAPH)).isEmpty();
            assertThat(ChangeReports.between(file, "送审版 v2", "current").comparison().isEmpty()).isTrue();
        }
    }

    @Test
    void theWordReportListsTheSameBlocksPerChapterAndTheSameFigures() throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
            List<String> chapters = new ArrayList<>();
            List<String> blocks = new ArrayList<>();
            for (XWPFParagraph paragraph : document.getParagraphs()) {
                if ("Heading2".equals(paragraph.getStyle())) {
                    chapters.add(paragraph.getText());
                } else if ("Heading3".equals(paragraph.getStyle())) {
                    blocks.add(paragraph.getText());
                }
            }
            assertThat(document.getParagraphs().get(0).getText()).isEqualTo("变更报告");
            assertThat(document.getParagraphs().get(1).getText())
                    .isEqualTo("青禾财产保险股份有限公司 2024年环境、社会及治理（ESG）报告");
            assertThat(chapters).containsExactly("数据库中的数值", "正文中的数字", "01 稳健治理 行稳致远",
                    "02 绿色保险 守护绿水青山");
            assertThat(blocks).containsExactly("修改 · 段落 · ch1-s1-p7", "删除 · 段落 · ch1-s3-p7",
                    "修改 · 段落 · ch2-s4-p6", "新增 · 段落 · ch2-s4-p8");

            List<XWPFTable> tables = document.getTables();
            assertThat(tables).hasSize(3);
            assertThat(cells(tables.get(0))).containsExactly(
                    List.of("比较", "版本", "命名人", "时间"),
                    List.of("原版本", "送审版 v1", "李审核", cells(tables.get(0)).get(1).get(3)),
                    List.of("新版本", "送审版 v2", "李审核", cells(tables.get(0)).get(2).get(3)));
            assertThat(cells(tables.get(1))).containsExactly(
                    List.of("指标", "年度", "原值", "新值", "变化"),
                    List.of("用水量（E.WATER.TOTAL）", "2024", "98,652 立方米", "97,120 立方米", "修改"));
            List<List<String>> figures = cells(tables.get(2));
            assertThat(figures).hasSize(5);
            assertThat(figures.subList(1, 5)).extracting(row -> row.get(1) + "→" + row.get(2) + " " + row.get(3))
                    .containsExactly("三年→ 删除", "3家→ 删除", "98,652立方米→97,120立方米 修改", "→1,200棵 新增");
            assertThat(figures.get(3).get(0)).startsWith("02 绿色保险 守护绿水青山 › 2.4 推进绿色运营 › 段落");

            List<String> deleted = new ArrayList<>();
            List<String> inserted = new ArrayList<>();
            for (XWPFParagraph paragraph : document.getParagraphs()) {
                for (XWPFRun run : paragraph.getRuns()) {
                    if (run.isStrikeThrough() && ChangeReportDocx.DELETED_COLOUR.equals(run.getColor())) {
                        deleted.add(run.text());
                    } else if (run.getUnderline() != org.apache.poi.xwpf.usermodel.UnderlinePatterns.NONE
                            && ChangeReportDocx.INSERTED_COLOUR.equals(run.getColor())) {
                        inserted.add(run.text());
                    }
                }
            }
            assertThat(deleted).hasSize(5);
            assertThat(deleted.subList(0, 2)).containsExactly("统筹", "pursued");
            assertThat(deleted.get(2)).startsWith("我们在全部采购合同中嵌入廉洁条款").endsWith("被列入黑名单。");
            assertThat(deleted.get(3)).startsWith("Every procurement contract");
            assertThat(deleted.get(4)).isEqualTo("98,652");
            assertThat(inserted).containsExactly("协同", "delivered", "97,120", SampleEdits.ADDED_TEXT);
        }
    }

    private static List<String> deletedAndInserted(FieldChange field) {
        return field.diff().stream().filter(segment -> segment.kind() != org.esgstudio.review.compare.DiffSegment.Kind.SAME)
                .map(segment -> (segment.kind() == org.esgstudio.review.compare.DiffSegment.Kind.DELETED ? "-" : "+")
                        + segment.text()).toList();
    }

    private static List<List<String>> cells(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            rows.add(row.getTableCells().stream().map(cell -> cell.getText()).toList());
        }
        return rows;
    }
}
