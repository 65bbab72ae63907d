package org.esgstudio.layout.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.esgstudio.layout.flow.ComposerFixtures.GEOMETRY;
import static org.esgstudio.layout.flow.ComposerFixtures.LINE;
import static org.esgstudio.layout.flow.ComposerFixtures.baselineAt;
import static org.esgstudio.layout.flow.ComposerFixtures.compose;
import static org.esgstudio.layout.flow.ComposerFixtures.content;
import static org.esgstudio.layout.flow.ComposerFixtures.contentStrings;
import static org.esgstudio.layout.flow.ComposerFixtures.fillerLeaving;
import static org.esgstudio.layout.flow.ComposerFixtures.line;
import static org.esgstudio.layout.flow.ComposerFixtures.lineTexts;
import static org.esgstudio.layout.flow.ComposerFixtures.pageOf;
import static org.esgstudio.layout.flow.ComposerFixtures.paragraph;
import static org.esgstudio.layout.flow.ComposerFixtures.textBox;
import static org.esgstudio.layout.flow.ComposerFixtures.textBoxes;

import java.util.ArrayList;
import java.util.List;
import org.esgstudio.layout.LayoutWarning;
import org.esgstudio.layout.PageBox;
import org.esgstudio.layout.Rgb;
import org.esgstudio.layout.TextBox;
import org.esgstudio.layout.flow.ComposerFixtures.Composition;
import org.esgstudio.layout.text.LaidLine;
import org.junit.jupiter.api.Test;

/**
 * Tables split between rows and repeat their header. Cells have 16 pt lines and 4 pt of padding above and below,
 * so a one-line row is 24 pt; the table has 10 pt of space before and after and a 20 pt caption on its first part.
 */
class TableCompositionTest {
    private static final double TOLERANCE = 1e-9;
    private static final TableStyle STYLE = new TableStyle(6, 4, new Rgb(220, 235, 228), new Rgb(40, 40, 40), 0.6,
            10, 10);
    private static final double[] COLUMNS = {100, 200, GEOMETRY.contentWidth() - 300};
    private static final String CAPTION = "表1 排放数据";
    private static final List<String> HEADER = List.of("项目", "2023年", "2024年");

    static TableRow row(List<LaidLine> first, String second, String third, List<String> footnotes) {
        return new TableRow(List.of(new TableCell(first, LINE, 1, 0), new TableCell(List.of(line(second)), LINE, 1, 0),
                new TableCell(List.of(line(third)), LINE, 1, 30)), null, false, footnotes);
    }

    /** Body row i: "第i行甲" (with {@code extra} more lines "第i行甲续k"), "第i行乙", "第i行丙". */
    static TableRow bodyRow(int i, int extra) {
        List<LaidLine> first = new ArrayList<>();
        first.add(line("第" + i + "行甲"));
        for (int k = 1; k <= extra; k++) {
            first.add(line("第" + i + "行甲续" + k));
        }
        return row(first, "第" + i + "行乙", "第" + i + "行丙", List.of());
    }

    static List<String> rowTexts(TableRow row) {
        List<String> texts = new ArrayList<>();
        row.cells().forEach(cell -> cell.lines().forEach(l -> texts.add(l.text())));
        return texts;
    }

    static TableFlow table(List<TableRow> body) {
        TableRow header = new TableRow(List.of(new TableCell(List.of(line(HEADER.get(0))), LINE, 1, 0),
                new TableCell(List.of(line(HEADER.get(1))), LINE, 1, 0),
                new TableCell(List.of(line(HEADER.get(2))), LINE, 1, 0)), STYLE.headerFill(), true, List.of());
        List<org.esgstudio.layout.Box> caption = List.of(new TextBox(0, 14, ComposerFixtures.FONT.face(), 11,
                ComposerFixtures.INK, CAPTION, 0));
        return new TableFlow(COLUMNS, List.of(header), body, STYLE, caption, 20);
    }

    /** 60 rows; every seventh has a two-line first cell (40 pt tall). */
    static List<TableRow> sixtyRows() {
        List<TableRow> rows = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            rows.add(bodyRow(i, i % 7 == 0 ? 1 : 0));
        }
        return rows;
    }

    @Test
    void longTableSplitsBetweenRowsAndEveryBodyRowAppearsOnceInOrder() {
        List<TableRow> rows = sixtyRows();
        Composition result = compose(content(paragraph(1, 10, 0)), content(table(rows)));

        List<String> expected = new ArrayList<>(lineTexts(1, 10));
        rows.forEach(r -> expected.addAll(rowTexts(r)));
        List<String> shown = new ArrayList<>(contentStrings(result.pages()));
        shown.removeIf(text -> HEADER.contains(text) || text.equals(CAPTION));
        assertThat(shown).containsExactlyElementsOf(expected);
        for (TableRow r : rows) {
            rowTexts(r).forEach(text -> pageOf(result.pages(), text));
        }

        // Page 1: 160 pt of paragraph, 30 of space and caption, 24 of header, then rows 1–20 (512 pt) of 514.5 left.
        assertThat(result.pages().size()).isEqualTo(3);
        assertThat(pageOf(result.pages(), "第20行甲")).isEqualTo(1);
        assertThat(pageOf(result.pages(), "第21行甲")).isEqualTo(2);
        assertThat(pageOf(result.pages(), "第46行甲")).isEqualTo(2);
        assertThat(pageOf(result.pages(), "第47行甲")).isEqualTo(3);
        assertThat(pageOf(result.pages(), "第60行丙")).isEqualTo(3);
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void splitTableRepeatsItsHeaderRowsAtTheTopOfEveryPage() {
        Composition result = compose(content(paragraph(1, 10, 0)), content(table(sixtyRows())));

        for (PageBox page : result.pages()) {
            List<String> texts = contentStrings(page);
            for (String head : HEADER) {
                assertThat(textBoxes(page, head)).as("“%s” on page %d", head, page.index()).hasSize(1);
            }
            int firstBody = texts.indexOf(texts.stream().filter(t -> t.matches("第\\d+行甲")).findFirst()
                    .orElseThrow());
            assertThat(texts.indexOf("项目")).as("header before the rows on page %d", page.index())
                    .isLessThan(firstBody);
        }
        // Page 1: the header follows the paragraph (160 pt), the space (10) and the caption (20).
        assertThat(textBox(result.page(1), "项目").baseline()).isCloseTo(baselineAt(190 + 4), within(TOLERANCE));
        assertThat(textBox(result.page(1), "第1行甲").baseline()).isCloseTo(baselineAt(214 + 4), within(TOLERANCE));
        // Later pages: the repeated header sits at the very top, without space or caption.
        for (int number = 2; number <= 3; number++) {
            assertThat(textBox(result.page(number), "项目").baseline()).isCloseTo(baselineAt(4), within(TOLERANCE));
        }
        assertThat(textBox(result.page(2), "第21行甲").baseline()).isCloseTo(baselineAt(24 + 4), within(TOLERANCE));
        assertThat(textBox(result.page(3), "第47行甲").baseline()).isCloseTo(baselineAt(24 + 4), within(TOLERANCE));
        assertThat(pageOf(result.pages(), CAPTION)).as("caption on the first part only").isEqualTo(1);
        assertThat(textBox(result.page(1), CAPTION).baseline())
                .isCloseTo(GEOMETRY.top() + 160 + 10 + 14, within(TOLERANCE));
    }

    @Test
    void rowIsNeverSplitAcrossPages() {
        List<TableRow> rows = List.of(bodyRow(1, 0), bodyRow(2, 2), bodyRow(3, 0));
        // 120 pt: space and caption 30, header 24, row 1 24 = 78; row 2 is 56 pt (3 lines), two of its lines would fit.
        Composition result = compose(content(fillerLeaving(120)), content(table(rows)));

        assertThat(result.pages().size()).isEqualTo(2);
        assertThat(contentStrings(result.page(1))).containsExactly(CAPTION, "项目", "2023年", "2024年",
                "第1行甲", "第1行乙", "第1行丙");
        assertThat(contentStrings(result.page(2))).containsExactly("项目", "2023年", "2024年",
                "第2行甲", "第2行甲续1", "第2行甲续2", "第2行乙", "第2行丙", "第3行甲", "第3行乙", "第3行丙");
    }

    @Test
    void tableWithRoomForItsHeaderButNoRowMovesWholeToTheNextPage() {
        // 60 pt: space, caption and header take 54; the first row needs 24 more.
        Composition result = compose(content(fillerLeaving(60)), content(table(List.of(bodyRow(1, 0), bodyRow(2, 0)))));

        assertThat(contentStrings(result.page(1))).isEmpty();
        assertThat(contentStrings(result.page(2))).containsExactly(CAPTION, "项目", "2023年", "2024年",
                "第1行甲", "第1行乙", "第1行丙", "第2行甲", "第2行乙", "第2行丙");
        assertThat(textBox(result.page(2), CAPTION).baseline()).as("space before dropped at the top")
                .isCloseTo(GEOMETRY.top() + 14, within(TOLERANCE));
    }

    @Test
    void rowFootnotePrintsOnTheRowsPage() {
        List<TableRow> rows = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            rows.add(i == 35 ? row(List.of(line("第35行甲")), "第35行乙", "第35行丙", List.of("fn-row"))
                    : bodyRow(i, 0));
        }
        Composition result = compose(content(paragraph(1, 10, 0)), content(table(rows)));

        assertThat(pageOf(result.pages(), "第35行甲")).isEqualTo(2);
        assertThat(pageOf(result.pages(), "fn-row")).isEqualTo(2);
    }

    @Test
    void rowTallerThanAPageIsPlacedOnAPageOfItsOwn() {
        List<TableRow> rows = List.of(bodyRow(1, 0), bodyRow(2, 0), bodyRow(3, 0), bodyRow(4, 49), bodyRow(5, 0),
                bodyRow(6, 0));
        Composition result = compose(content(table(rows)));

        assertThat(pageOf(result.pages(), "第3行甲")).isEqualTo(1);
        assertThat(pageOf(result.pages(), "第4行甲续49")).isEqualTo(2);
        assertThat(pageOf(result.pages(), "第5行甲")).as("the row after the tall one").isEqualTo(3);
        assertThat(pageOf(result.pages(), "第6行甲")).isEqualTo(3);
        assertThat(result.warnings()).extracting(LayoutWarning::kind).containsExactly(LayoutWarning.Kind.OVERFLOW);
    }
}
