package org.esgstudio.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.esgstudio.model.Fixtures.para;
import static org.esgstudio.model.Fixtures.t;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RecordInvariantsTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void headingLevelsOneAndTwoAreAccepted(int level) {
        assertThat(new Heading("h", level, t("小标题")).level()).isEqualTo(level);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 3, 7})
    void otherHeadingLevelsAreRefused(int level) {
        assertThatThrownBy(() -> new Heading("h", level, t("小标题")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("heading level must be 1 or 2, not " + level);
    }

    @Test
    void textTableRowsMustHaveOneCellPerColumn() {
        List<LocalizedText> columns = List.of(t("制度"), t("发布时间"), t("要点"));

        assertThatCode(() -> new TextTable("tt", t("制度"), columns,
                List.of(new TextRow("r1", List.of(t("A"), t("B"), t("C")))), List.of())).doesNotThrowAnyException();
        assertThatThrownBy(() -> new TextTable("tt", t("制度"), columns,
                List.of(new TextRow("r1", List.of(t("A"), t("B"), t("C"))), new TextRow("r2", List.of(t("A"), t("B")))),
                List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row r2").hasMessageContaining("tt").hasMessageContaining("2 cells for 3 columns");
    }

    @Test
    void aTextTableRowWithTooManyCellsIsRefused() {
        assertThatThrownBy(() -> new TextTable("tt", null, List.of(t("一列")),
                List.of(new TextRow("r1", List.of(t("A"), t("B")))), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 cells for 1 columns");
    }

    @Test
    void aCaseStudyCannotHoldAnotherCaseStudy() {
        CaseStudy inner = new CaseStudy("inner", t("内层"), List.of(), null, null);

        assertThatThrownBy(() -> new CaseStudy("outer", t("外层"), List.of(para("p", "正文"), inner), null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outer").hasMessageContaining("inner");
    }

    @Test
    void aCaseStudyHoldsOrdinaryBlocksAsItsChildren() {
        Paragraph body = para("p", "正文");
        CaseStudy story = new CaseStudy("case", t("案例"), List.of(body, new Heading("h", 2, t("做法"))), " ", null);

        assertThat(story.children()).hasSize(2).startsWith(body);
        assertThat(story.hasImage()).isFalse();
    }

    @ParameterizedTest(name = "arrow {0} → {1}")
    @CsvSource(textBlock = """
            board, nowhere
            nowhere, board
            ghost, spirit
            """)
    void aDiagramArrowMustJoinBoxesOfTheDiagram(String from, String to) {
        List<DiagramNode> nodes = List.of(new DiagramNode("board", t("董事会"), List.of()),
                new DiagramNode("esg", t("ESG委员会"), List.of()));

        assertThatThrownBy(() -> new Diagram("d", DiagramKind.ORG_CHART, t("治理架构"), nodes,
                List.of(new DiagramEdge("board", "esg"), new DiagramEdge(from, to))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("diagram d").hasMessageContaining(from + " → " + to);
    }

    @Test
    void aDiagramWithArrowsBetweenItsBoxesIsAccepted() {
        Diagram diagram = new Diagram("d", null, null, List.of(new DiagramNode("a", t("甲"), null),
                new DiagramNode("b", t("乙"), null)), List.of(new DiagramEdge("a", "b"), new DiagramEdge("b", "a")));

        assertThat(diagram.kind()).isEqualTo(DiagramKind.PROCESS);
        assertThat(diagram.edges()).hasSize(2);
    }

    @ParameterizedTest(name = "comparison {0} for reporting year 2024")
    @ValueSource(ints = {2024, 2025, 2030})
    void comparisonYearsMustBeBeforeTheReportingYear(int comparison) {
        assertThatThrownBy(() -> new ReportSettings(t("公司"), t("公司"), 2024, List.of(2023, comparison), t("报告"),
                List.of(Language.ZH), "default", true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("comparison year " + comparison)
                .hasMessageContaining("2024");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1899, 3000})
    void anImplausibleReportingYearIsRefused(int year) {
        assertThatThrownBy(() -> new ReportSettings(null, null, year, null, null, null, null, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(String.valueOf(year));
    }

    @Test
    void settingsListTheReportingYearThenTheComparisonYears() {
        ReportSettings settings = new ReportSettings(t("公司"), null, 2024, List.of(2023, 2022), null, null, null,
                true);

        assertThat(settings.years()).containsExactly(2024, 2023, 2022);
        assertThat(settings.languages()).containsExactly(Language.ZH);
        assertThat(settings.theme()).isEqualTo("default");
        assertThat(settings.shortName()).isEqualTo(LocalizedText.EMPTY);
    }

    @ParameterizedTest
    @ValueSource(ints = {-5, 5, 9, 101})
    void imageWidthMustBeTenToAHundredPercent(int width) {
        assertThatThrownBy(() -> new Image("img", "a.png", null, width))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(String.valueOf(width));
    }

    @Test
    void anImageWithoutAWidthIsFullWidth() {
        assertThat(new Image("img", "a.png", null, 0).widthPercent()).isEqualTo(100);
        assertThat(new Image("img", "a.png", null, 10).widthPercent()).isEqualTo(10);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            0,  1
            13, 1
            6,  0
            6,  32
            """)
    void timelineEntriesNeedAPlausibleMonthAndDay(int month, int day) {
        assertThatThrownBy(() -> new TimelineEntry("e", month, day, t("事件")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            -0.1, 3
            3,    5.1
            """)
    void materialityScoresLieBetweenZeroAndFive(double company, double stakeholder) {
        assertThatThrownBy(() -> new MaterialTopic("t", t("议题"), EsgCategory.S, company, stakeholder, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 0 and 5");
    }

    @Test
    void missingListsReadAsEmptyAndListsCannotBeChangedAfterwards() {
        List<Block> blocks = new ArrayList<>(List.of(para("p", "正文")));
        Section section = new Section("s", null, blocks);
        blocks.clear();

        assertThat(section.blocks()).hasSize(1);
        assertThat(new Paragraph("p", null, null).notes()).isEmpty();
        assertThatThrownBy(() -> section.blocks().add(para("q", "又一段")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aMissingTextReadsAsEmpty() {
        assertThat(new LocalizedText(null, null)).isEqualTo(LocalizedText.EMPTY);
        assertThat(new Heading("h", 1, null).text().isEmpty()).isTrue();
        assertThat(t("中文").hasEnglish()).isFalse();
        assertThat(t("中文", "  ").hasEnglish()).isFalse();
    }

    @Test
    void idsAreRequired() {
        assertThatThrownBy(() -> new Paragraph(null, t("正文"))).isInstanceOf(NullPointerException.class)
                .hasMessage("id");
        assertThatThrownBy(() -> new Footnote(null, t("注"))).isInstanceOf(NullPointerException.class);
    }
}
