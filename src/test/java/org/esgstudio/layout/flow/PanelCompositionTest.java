package org.esgstudio.layout.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.esgstudio.layout.flow.ComposerFixtures.FONT;
import static org.esgstudio.layout.flow.ComposerFixtures.GEOMETRY;
import static org.esgstudio.layout.flow.ComposerFixtures.compose;
import static org.esgstudio.layout.flow.ComposerFixtures.content;
import static org.esgstudio.layout.flow.ComposerFixtures.contentStrings;
import static org.esgstudio.layout.flow.ComposerFixtures.contentTexts;
import static org.esgstudio.layout.flow.ComposerFixtures.countOn;
import static org.esgstudio.layout.flow.ComposerFixtures.fillerLeaving;
import static org.esgstudio.layout.flow.ComposerFixtures.footnoteAreaTop;
import static org.esgstudio.layout.flow.ComposerFixtures.lineText;
import static org.esgstudio.layout.flow.ComposerFixtures.lineTexts;
import static org.esgstudio.layout.flow.ComposerFixtures.pageOf;
import static org.esgstudio.layout.flow.ComposerFixtures.paragraph;
import static org.esgstudio.layout.flow.ComposerFixtures.textBox;
import static org.esgstudio.layout.flow.ComposerFixtures.textBoxes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.esgstudio.layout.LineBox;
import org.esgstudio.layout.PageBox;
import org.esgstudio.layout.RectBox;
import org.esgstudio.layout.Rgb;
import org.esgstudio.layout.TextBox;
import org.esgstudio.layout.flow.ComposerFixtures.Composition;
import org.junit.jupiter.api.Test;

/**
 * Case-study panels: 10 pt padding, a 24 pt "案例" header (18 pt "案例（续）" on later parts), kept whole below
 * 300 pt, 12 pt of space before and after. Children are paragraphs 101, 102 … of 16 pt lines.
 */
class PanelCompositionTest {
    private static final double TOLERANCE = 1e-9;
    static final Rgb FILL = new Rgb(232, 243, 238);
    static final Rgb FRAME = new Rgb(0, 122, 90);
    static final PanelStyle STYLE = new PanelStyle(10, FILL, FRAME,
            List.of(new TextBox(10, 17, FONT.face(), 12, FRAME, "案例", 0)), 24,
            List.of(new TextBox(10, 13, FONT.face(), 10, FRAME, "案例（续）", 0)), 18, 300, 12, 12);

    static PanelFlow panel(Flowable... children) {
        return new PanelFlow(List.of(children), STYLE, GEOMETRY.contentWidth());
    }

    static List<RectBox> panelRects(PageBox page) {
        return ComposerFixtures.boxesOf(page, RectBox.class).stream().filter(r -> FILL.equals(r.fill())).toList();
    }

    @Test
    void shortPanelThatDoesNotFitTheRestOfThePageMovesWholeToTheNextPage() {
        // The panel needs 12 + 24 + 20 + 48 + 54 = 158 pt; 100 are left.
        Composition result = compose(content(fillerLeaving(100)),
                content(panel(paragraph(101, 3, 0), paragraph(102, 3, 6))));

        assertThat(result.pages().size()).isEqualTo(2);
        assertThat(contentStrings(result.page(1))).isEmpty();
        assertThat(panelRects(result.page(1))).isEmpty();
        List<String> expected = new ArrayList<>(List.of("案例"));
        expected.addAll(lineTexts(101, 3));
        expected.addAll(lineTexts(102, 3));
        assertThat(contentStrings(result.page(2))).containsExactlyElementsOf(expected);

        double left = GEOMETRY.left(2);
        double top = GEOMETRY.top();
        // At the top of the page the panel drops its space before; 24 header + 20 padding + 48 + 6 + 48 inside.
        assertThat(panelRects(result.page(2))).containsExactly(
                new RectBox(left, top, GEOMETRY.contentWidth(), 146, FILL, null, 0, 0));
        assertThat(result.page(2).boxes()).contains(LineBox.solid(left, top, left, top + 146, FRAME, 2.2));
        assertThat(textBox(result.page(2), "案例").baseline()).isCloseTo(top + 17, within(TOLERANCE));
        assertThat(textBox(result.page(2), lineText(101, 1)).x()).isCloseTo(left + 10, within(TOLERANCE));
        assertThat(textBox(result.page(2), lineText(101, 1)).baseline())
                .isCloseTo(top + 24 + 10 + 11, within(TOLERANCE));
        assertThat(textBox(result.page(2), lineText(102, 1)).baseline())
                .isCloseTo(top + 24 + 10 + 48 + 6 + 11, within(TOLERANCE));
    }

    @Test
    void shortPanelThatFitsStaysAfterItsSpaceBefore() {
        double room = 200;
        Composition result = compose(content(fillerLeaving(room)),
                content(panel(paragraph(101, 3, 0), paragraph(102, 3, 6))));

        assertThat(result.pages().size()).isEqualTo(1);
        double y = GEOMETRY.top() + GEOMETRY.contentHeight() - room + 12;
        assertThat(panelRects(result.page(1))).singleElement()
                .satisfies(rect -> assertThat(rect.y()).isCloseTo(y, within(TOLERANCE)));
        assertThat(contentStrings(result.page(1))).hasSize(7);
    }

    @Test
    void longPanelSplitsAndItsLaterPartsCarryTheContinuedHeader() {
        Composition result = compose(content(fillerLeaving(300)),
                content(panel(paragraph(101, 20, 0), paragraph(102, 20, 6), paragraph(103, 20, 6))));

        List<String> expected = new ArrayList<>();
        expected.addAll(lineTexts(101, 20));
        expected.addAll(lineTexts(102, 20));
        expected.addAll(lineTexts(103, 20));
        List<String> shown = new ArrayList<>(contentStrings(result.pages()));
        shown.removeIf(text -> text.startsWith("案例"));
        assertThat(shown).as("every child's lines once, in order").containsExactlyElementsOf(expected);

        assertThat(result.pages().size()).isEqualTo(3);
        assertThat(textBoxes(result.page(1), "案例")).hasSize(1);
        assertThat(textBoxes(result.page(1), "案例（续）")).isEmpty();
        for (int number = 2; number <= 3; number++) {
            assertThat(textBoxes(result.page(number), "案例")).isEmpty();
            assertThat(textBox(result.page(number), "案例（续）").baseline())
                    .isCloseTo(GEOMETRY.top() + 13, within(TOLERANCE));
        }
        // Page 1: of 300 pt, 56 go to space, header and padding; 15 lines of 101 fill 240 of the 244 left.
        // Page 2: the rest of 101, all of 102, 17 of 103 (leaving 3). Page 3: the last 3 lines.
        assertThat(countOn(result.page(1), lineTexts(101, 20))).isEqualTo(15);
        assertThat(countOn(result.page(2), lineTexts(101, 20))).isEqualTo(5);
        assertThat(countOn(result.page(2), lineTexts(102, 20))).isEqualTo(20);
        assertThat(countOn(result.page(2), lineTexts(103, 20))).isEqualTo(17);
        assertThat(countOn(result.page(3), lineTexts(103, 20))).isEqualTo(3);

        assertThat(panelRects(result.page(1))).extracting(RectBox::height).containsExactly(24 + 20 + 15 * 16.0);
        assertThat(panelRects(result.page(2))).extracting(RectBox::height)
                .containsExactly(18 + 20 + 5 * 16 + 6 + 20 * 16 + 6 + 17 * 16.0);
        assertThat(panelRects(result.page(3))).extracting(RectBox::height).containsExactly(18 + 20 + 3 * 16.0);
        assertThat(panelRects(result.page(2)).get(0).y()).isCloseTo(GEOMETRY.top(), within(TOLERANCE));

        for (PageBox page : result.pages()) {
            RectBox rect = panelRects(page).get(0);
            for (TextBox text : contentTexts(page)) {
                assertThat(text.x()).isGreaterThanOrEqualTo(rect.x() + 10 - TOLERANCE);
                assertThat(text.baseline()).as("“%s” inside its panel part", text.text())
                        .isBetween(rect.y(), rect.y() + rect.height() - 10);
            }
        }
    }

    @Test
    void footnoteOfALineInAPanelPrintsBelowThePanelOnItsPage() {
        Composition result = compose(content(fillerLeaving(300)),
                content(panel(paragraph(101, 4, 0, Map.of(2, "fn-case")), paragraph(102, 3, 6))));

        assertThat(pageOf(result.pages(), lineText(101, 2))).isEqualTo(1);
        assertThat(pageOf(result.pages(), "fn-case")).isEqualTo(1);
        RectBox rect = panelRects(result.page(1)).get(0);
        assertThat(rect.y() + rect.height()).isLessThan(footnoteAreaTop(1));
    }
}
