package org.esgstudio.layout.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.esgstudio.layout.flow.ComposerFixtures.FONT;
import static org.esgstudio.layout.flow.ComposerFixtures.GEOMETRY;
import static org.esgstudio.layout.flow.ComposerFixtures.INK;
import static org.esgstudio.layout.flow.ComposerFixtures.compose;
import static org.esgstudio.layout.flow.ComposerFixtures.content;
import static org.esgstudio.layout.flow.ComposerFixtures.contentStrings;
import static org.esgstudio.layout.flow.ComposerFixtures.contentTexts;
import static org.esgstudio.layout.flow.ComposerFixtures.footnoteRules;
import static org.esgstudio.layout.flow.ComposerFixtures.lineTexts;
import static org.esgstudio.layout.flow.ComposerFixtures.paragraph;
import static org.esgstudio.layout.flow.ComposerFixtures.textBox;

import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.esgstudio.layout.Anchor;
import org.esgstudio.layout.Box;
import org.esgstudio.layout.OutlineEntry;
import org.esgstudio.layout.PageBox;
import org.esgstudio.layout.RectBox;
import org.esgstudio.layout.Rgb;
import org.esgstudio.layout.TextBox;
import org.esgstudio.layout.flow.ComposerFixtures.Composition;
import org.esgstudio.layout.theme.PageGeometry;
import org.junit.jupiter.api.Test;

/**
 * Facing pages: the inner margin (20 mm) is on the left of odd pages, the outer one (15 mm) on the left of even
 * pages. Designed pages are painted as they are, numbered but labelled only when they print their number.
 */
class MirroredMarginsTest {
    private static final double TOLERANCE = 1e-9;
    private static final double INNER = 20 * PageGeometry.POINTS_PER_MM;
    private static final double OUTER = 15 * PageGeometry.POINTS_PER_MM;

    /** A full-bleed band on the page's outer edge and its number, as a chapter opener paints it. */
    private static final IntFunction<List<Box>> OPENER = number -> List.of(
            RectBox.filled(number % 2 == 1 ? GEOMETRY.width() - 40 : 0, 0, 40, GEOMETRY.height(), new Rgb(0, 90, 70)),
            new TextBox(number % 2 == 1 ? 300 : 100, 400, FONT.face(), 30, INK, "第" + number + "页的篇章页", 0));

    @Test
    void contentStartsAtTheInnerMarginOnOddPagesAndTheOuterOneOnEvenPages() {
        Composition result = compose(content(paragraph(1, 130, 0, Map.of(2, "fn-a", 50, "fn-b", 100, "fn-c"))));

        assertThat(result.pages().size()).isEqualTo(3);
        double[] expected = {INNER, OUTER, INNER};
        for (PageBox page : result.pages()) {
            double left = expected[page.index() - 1];
            assertThat(contentTexts(page)).as("content of page %d", page.index())
                    .allSatisfy(text -> assertThat(text.x()).isCloseTo(left, within(TOLERANCE)));
            assertThat(footnoteRules(page)).singleElement()
                    .satisfies(rule -> assertThat(rule.x1()).isCloseTo(left, within(TOLERANCE)));
            assertThat(textBox(page, "page " + page.index() + " / ").x()).isCloseTo(left, within(TOLERANCE));
        }
        assertThat(textBox(result.page(2), "fn-b").x()).isCloseTo(OUTER, within(TOLERANCE));
    }

    @Test
    void indentedLinesAndTablesKeepTheirOffsetFromTheMirroredMargin() {
        ParagraphFlow quote = new ParagraphFlow(ComposerFixtures.lines(2, 3, Map.of()), 16, 0, 0, 24, false,
                List.of());
        Composition result = compose(content(paragraph(1, 45, 0)), content(quote), new FlowItem.NewPage(),
                content(quote));

        assertThat(textBox(result.page(2), "第2段第1行").x()).isCloseTo(OUTER + 24, within(TOLERANCE));
        assertThat(textBox(result.page(3), "第2段第1行").x()).isCloseTo(INNER + 24, within(TOLERANCE));
    }

    @Test
    void designedPageKeepsItsBoxesAsPaintedAndHasAnEmptyLabelWhenItPrintsNoNumber() {
        DesignedPage cover = new DesignedPage(OPENER, List.of(new Anchor("cover", 0)), false, List.of());
        OutlineEntry chapter = new OutlineEntry("第一章 治理", 0, "ch-1");
        DesignedPage opener = new DesignedPage(OPENER, List.of(new Anchor("ch-1", 0)), false, List.of(chapter));
        DesignedPage numbered = new DesignedPage(OPENER, List.of(), true, List.of());

        Composition result = compose(new FlowItem.Designed(cover), new FlowItem.RunningHead("前言"),
                content(paragraph(1, 3, 0)), new FlowItem.Designed(opener), new FlowItem.RunningHead("第一章"),
                content(paragraph(2, 3, 0)), new FlowItem.Designed(numbered), content(paragraph(3, 3, 0)));

        assertThat(result.pages()).extracting(PageBox::index).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(result.pages()).extracting(PageBox::label).containsExactly("", "2", "", "4", "5", "6");
        assertThat(result.page(1).boxes()).containsExactlyElementsOf(OPENER.apply(1));
        assertThat(result.page(3).boxes()).containsExactlyElementsOf(OPENER.apply(3));
        assertThat(result.page(5).boxes()).containsExactlyElementsOf(OPENER.apply(5));
        assertThat(result.page(1).anchors()).containsExactly(new Anchor("cover", 0));
        assertThat(result.page(3).anchors()).containsExactly(new Anchor("ch-1", 0));
        assertThat(result.page(1).width()).isEqualTo(GEOMETRY.width());
        assertThat(result.page(1).height()).isEqualTo(GEOMETRY.height());
        assertThat(result.composer().anchorPages()).isEqualTo(Map.of("cover", 1, "ch-1", 3));
        assertThat(result.composer().outline()).containsExactly(chapter);

        // Body pages between them are decorated and mirrored by their own numbers.
        assertThat(contentStrings(result.page(2))).containsExactlyElementsOf(lineTexts(1, 3));
        assertThat(result.page(2).text()).endsWith("page 2 / 前言");
        assertThat(textBox(result.page(2), "第1段第1行").x()).isCloseTo(OUTER, within(TOLERANCE));
        assertThat(result.page(4).text()).endsWith("page 4 / 第一章");
        assertThat(textBox(result.page(4), "第2段第1行").x()).isCloseTo(OUTER, within(TOLERANCE));
        assertThat(textBox(result.page(6), "第3段第1行").x()).isCloseTo(OUTER, within(TOLERANCE));
    }
}
