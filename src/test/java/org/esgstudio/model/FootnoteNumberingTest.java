package org.esgstudio.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.esgstudio.model.Fixtures.chapter;
import static org.esgstudio.model.Fixtures.feature;
import static org.esgstudio.model.Fixtures.note;
import static org.esgstudio.model.Fixtures.para;
import static org.esgstudio.model.Fixtures.report;
import static org.esgstudio.model.Fixtures.row;
import static org.esgstudio.model.Fixtures.section;
import static org.esgstudio.model.Fixtures.t;
import static org.esgstudio.model.Fixtures.tile;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FootnoteNumberingTest {

    /** Footnotes in every kind of place, in the order a reader meets them. */
    private static Report everywhere() {
        Letter letter = new Letter("letter", t("董事长致辞"), List.of(para("p-letter", "致辞[^f-letter]", note("f-letter"))),
                t("董事长"), null);
        Highlights highlights = new Highlights("highlights", t("亮点绩效"),
                List.of(new TileGroup("g-eco", t("经济"), List.of(tile("tile-1", note("f-highlight"))))));
        Chapter special = feature("feat", section("s-feat", para("p-feat", "专题[^f-feat]", note("f-feat"))));
        Paragraph reversed = para("p-order", "先引用乙[^f-b]，再引用甲[^f-a]。",
                note("f-a"), note("f-b"), note("f-unreferenced"));
        DataTable table = new DataTable("table", t("员工数据"), List.of(note("f-table-title")), List.of(2024, 2023),
                List.of(row("r1", "S.EMP.TOTAL", note("f-row-1")), row("r2", "S.EMP.MALE", note("f-row-2"))));
        Tiles tiles = new Tiles("tiles", t("数字"), List.of(tile("tile-2", note("f-tile"))));
        CaseStudy story = new CaseStudy("case", t("案例"), List.of(para("p-case", "案例[^f-case]", note("f-case"))),
                null, null);
        BulletList list = new BulletList("list", ListStyle.BULLET,
                List.of(t("第一项[^f-list-2]"), t("第二项[^f-list-1]")), List.of(note("f-list-1"), note("f-list-2")));
        Chapter first = chapter("c1", section("s1", reversed, table), section("s2", tiles, story, list));
        KpiTable kpi = new KpiTable("kpi", t("关键绩效表"), List.of(2024, 2023), List.of(new KpiSection("kpi-s",
                t("社会绩效"), List.of(note("f-kpi-section")), List.of(new KpiGroup("kpi-g", t("按性别划分"),
                        List.of(note("f-kpi-group")), List.of(row("kpi-r", "S.EMP.TOTAL", note("f-kpi-row"))))))));
        Appendix appendix = new Appendix("appendix", t("附录"), List.of(para("p-app", "附录[^f-appendix]",
                note("f-appendix"))));
        return report(List.of(letter, highlights), List.of(special, first), List.of(kpi, appendix));
    }

    @Test
    void footnotesAreNumberedInReadingOrderAcrossTheWholeReport() {
        FootnoteNumbering numbering = FootnoteNumbering.of(everywhere());

        List<String> expectedOrder = List.of("f-letter", "f-highlight", "f-feat", "f-b", "f-a", "f-unreferenced",
                "f-table-title", "f-row-1", "f-row-2", "f-tile", "f-case", "f-list-2", "f-list-1",
                "f-kpi-section", "f-kpi-group", "f-kpi-row", "f-appendix");
        assertThat(numbering.count()).isEqualTo(expectedOrder.size());
        for (int k = 0; k < expectedOrder.size(); k++) {
            assertThat(numbering.number(expectedOrder.get(k))).as(expectedOrder.get(k)).isEqualTo(k + 1);
        }
    }

    @Test
    void markerOfAFootnoteIsItsCircledNumber() {
        FootnoteNumbering numbering = FootnoteNumbering.of(everywhere());

        assertThat(numbering.marker("f-letter")).isEqualTo("①");
        assertThat(numbering.marker("f-b")).isEqualTo("④");
        assertThat(numbering.marker("f-appendix")).isEqualTo("⑰");
    }

    @Test
    void aFootnoteNotInTheReportHasNoNumber() {
        FootnoteNumbering numbering = FootnoteNumbering.of(everywhere());

        assertThatThrownBy(() -> numbering.number("f-nowhere"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("f-nowhere");
    }

    @Test
    void aReportWithoutFootnotesCountsNone() {
        assertThat(FootnoteNumbering.of(report(true, chapter("c1", section("s1", para("p", "无脚注"))))).count())
                .isZero();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            1,   ①
            2,   ②
            10,  ⑩
            19,  ⑲
            20,  ⑳
            21,  ㉑
            22,  ㉒
            35,  ㉟
            36,  ㊱
            37,  ㊲
            49,  ㊾
            50,  ㊿
            51,  (51)
            52,  (52)
            100, (100)
            """)
    void markersAreCircledNumbersUpToFiftyThenParenthesised(int number, String marker) {
        assertThat(FootnoteNumbering.marker(number)).isEqualTo(marker);
    }

    @Test
    void fiftyFiveFootnotesRunThroughEveryMarkerRange() {
        List<Block> blocks = new ArrayList<>();
        for (int k = 1; k <= 55; k++) {
            blocks.add(para("p" + k, "第" + k + "段[^n" + k + "]", note("n" + k)));
        }
        Report report = report(true, chapter("c1", section("s1", blocks.toArray(Block[]::new))));

        FootnoteNumbering numbering = FootnoteNumbering.of(report);

        assertThat(numbering.count()).isEqualTo(55);
        assertThat(numbering.marker("n1")).isEqualTo("①");
        assertThat(numbering.marker("n20")).isEqualTo("⑳");
        assertThat(numbering.marker("n21")).isEqualTo("㉑");
        assertThat(numbering.marker("n36")).isEqualTo("㊱");
        assertThat(numbering.marker("n50")).isEqualTo("㊿");
        assertThat(numbering.marker("n51")).isEqualTo("(51)");
        assertThat(numbering.marker("n55")).isEqualTo("(55)");
    }
}
