package org.esgstudio.layout.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.esgstudio.layout.flow.ComposerFixtures.GEOMETRY;
import static org.esgstudio.layout.flow.ComposerFixtures.LINE;
import static org.esgstudio.layout.flow.ComposerFixtures.SIZE;
import static org.esgstudio.layout.flow.ComposerFixtures.compose;
import static org.esgstudio.layout.flow.ComposerFixtures.content;
import static org.esgstudio.layout.flow.ComposerFixtures.contentStrings;
import static org.esgstudio.layout.flow.ComposerFixtures.contentTexts;
import static org.esgstudio.layout.flow.ComposerFixtures.fillerLeaving;
import static org.esgstudio.layout.flow.ComposerFixtures.footnoteAreaTop;
import static org.esgstudio.layout.flow.ComposerFixtures.footnoteRules;
import static org.esgstudio.layout.flow.ComposerFixtures.isFootnote;
import static org.esgstudio.layout.flow.ComposerFixtures.lineText;
import static org.esgstudio.layout.flow.ComposerFixtures.lineTexts;
import static org.esgstudio.layout.flow.ComposerFixtures.pageOf;
import static org.esgstudio.layout.flow.ComposerFixtures.paragraph;
import static org.esgstudio.layout.flow.ComposerFixtures.textBox;
import static org.esgstudio.layout.flow.ComposerFixtures.textBoxes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.esgstudio.layout.Box;
import org.esgstudio.layout.LineBox;
import org.esgstudio.layout.PageBox;
import org.esgstudio.layout.RectBox;
import org.esgstudio.layout.TextBox;
import org.esgstudio.layout.flow.ComposerFixtures.Composition;
import org.junit.jupiter.api.Test;

/**
 * Footnotes print at the foot of the page whose lines refer to them. The fake setter gives each note 10 pt under an
 * 8 pt separator, a rule at the area's top and each note's baseline 8 pt into its 10 pt.
 */
class FootnoteCompositionTest {
    private static final double TOLERANCE = 1e-9;

    @Test
    void footnotePrintsAtTheFootOfThePageWhoseLineRefersToIt() {
        Composition result = compose(content(paragraph(1, 6, 0, Map.of(3, "fn-1"))));

        assertThat(result.pages().size()).isEqualTo(1);
        PageBox page = result.page(1);
        TextBox note = textBox(page, "fn-1");
        double areaTop = footnoteAreaTop(1);
        assertThat(footnoteRules(page)).containsExactly(
                LineBox.solid(GEOMETRY.left(1), areaTop, GEOMETRY.left(1) + 40, areaTop, ComposerFixtures.INK, 0.5));
        assertThat(note.baseline()).isCloseTo(areaTop + 8 + 8, within(TOLERANCE));
        assertThat(note.x()).isCloseTo(GEOMETRY.left(1), within(TOLERANCE));
        assertThat(note.baseline()).as("below the last content line")
                .isGreaterThan(textBox(page, lineText(1, 6)).baseline());
    }

    @Test
    void footnoteReferredToTwiceOnAPagePrintsOnce() {
        Composition result = compose(content(paragraph(1, 6, 0, Map.of(2, "fn-x", 5, "fn-x"))),
                content(paragraph(2, 4, 0, Map.of(1, "fn-x"))));

        PageBox page = result.page(1);
        assertThat(textBoxes(page, "fn-x")).hasSize(1);
        assertThat(footnoteRules(page)).hasSize(1);
        assertThat(textBox(page, "fn-x").baseline()).isCloseTo(footnoteAreaTop(1) + 16, within(TOLERANCE));
    }

    @Test
    void twoFootnotesOnAPageStackInTheOrderTheyAreReferred() {
        Composition result = compose(content(paragraph(1, 6, 0, Map.of(2, "fn-b", 4, "fn-a"))));

        PageBox page = result.page(1);
        double areaTop = footnoteAreaTop(2);
        assertThat(footnoteRules(page).get(0).y1()).isCloseTo(areaTop, within(TOLERANCE));
        assertThat(textBox(page, "fn-b").baseline()).isCloseTo(areaTop + 16, within(TOLERANCE));
        assertThat(textBox(page, "fn-a").baseline()).isCloseTo(areaTop + 26, within(TOLERANCE));
    }

    @Test
    void lineWhoseFootnoteDoesNotFitMovesToTheNextPageWithIt() {
        // Room for five lines (84 pt); line 5's footnote would need 18 pt more.
        Composition result = compose(content(fillerLeaving(5 * LINE + 4)),
                content(paragraph(1, 8, 0, Map.of(5, "fn-5"))));

        List<String> texts = lineTexts(1, 8);
        assertThat(result.pages().size()).isEqualTo(2);
        assertThat(contentStrings(result.page(1))).containsExactlyElementsOf(texts.subList(0, 4));
        assertThat(textBoxes(result.page(1), "fn-5")).isEmpty();
        assertThat(footnoteRules(result.page(1))).isEmpty();
        assertThat(contentStrings(result.page(2))).containsExactlyElementsOf(texts.subList(4, 8));
        assertThat(pageOf(result.pages(), "fn-5")).isEqualTo(2);
        assertThat(textBox(result.page(2), "fn-5").baseline()).isCloseTo(footnoteAreaTop(1) + 16, within(TOLERANCE));
    }

    @Test
    void lineWhoseFootnoteFitsStaysWithItOnThePage() {
        // The same paragraph with 18 pt more room: line 5 and its note both fit on page 1.
        Composition result = compose(content(fillerLeaving(5 * LINE + 4 + 18)),
                content(paragraph(1, 8, 0, Map.of(5, "fn-5"))));

        List<String> texts = lineTexts(1, 8);
        assertThat(contentStrings(result.page(1))).containsExactlyElementsOf(texts.subList(0, 5));
        assertThat(pageOf(result.pages(), "fn-5")).isEqualTo(1);
        assertThat(contentStrings(result.page(2))).containsExactlyElementsOf(texts.subList(5, 8));
        assertThat(footnoteRules(result.page(2))).isEmpty();
    }

    @Test
    void footnoteAreaNeverOverlapsContentAndEveryNoteIsOnItsReferringPage() {
        int[] sizes = {7, 12, 25, 4, 30, 5, 40, 9, 18, 6, 33, 11};
        List<FlowItem> items = new ArrayList<>();
        Map<String, String> noteOfLine = new HashMap<>();
        for (int p = 1; p <= sizes.length; p++) {
            Map<Integer, String> notes = new HashMap<>();
            for (int l = 2; l <= sizes[p - 1]; l += 3) {
                String id = "fn-" + p + "-" + l;
                notes.put(l, id);
                noteOfLine.put(lineText(p, l), id);
            }
            items.add(content(paragraph(p, sizes[p - 1], 6, notes)));
        }

        Composition result = compose(items);

        assertThat(result.pages().size()).isEqualTo(6);
        Set<String> seen = new LinkedHashSet<>();
        for (PageBox page : result.pages()) {
            Set<String> referred = new LinkedHashSet<>();
            for (TextBox line : contentTexts(page)) {
                if (noteOfLine.containsKey(line.text())) {
                    referred.add(noteOfLine.get(line.text()));
                }
            }
            List<String> printed = new ArrayList<>();
            for (Box box : page.boxes()) {
                if (box instanceof TextBox text && isFootnote(text)) {
                    printed.add(text.text());
                }
            }
            assertThat(printed).as("footnotes of page %d", page.index()).containsExactlyElementsOf(referred);
            seen.addAll(printed);
            if (printed.isEmpty()) {
                continue;
            }
            double separatorTop = footnoteAreaTop(printed.size());
            assertThat(footnoteRules(page)).singleElement().satisfies(
                    rule -> assertThat(rule.y1()).isCloseTo(separatorTop, within(TOLERANCE)));
            double lowest = contentTexts(page).stream().mapToDouble(t -> t.baseline() + 0.2 * SIZE).max()
                    .orElseThrow();
            assertThat(lowest).as("lowest content ink on page %d", page.index()).isLessThan(separatorTop);
            for (String id : printed) {
                assertThat(textBox(page, id).baseline()).isGreaterThan(separatorTop);
            }
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(new LinkedHashSet<>(noteOfLine.values()));
    }

    @Test
    void fixedContentReferringToAFootnoteReservesItsRoom() {
        FixedFlow chart = new FixedFlow(List.of(RectBox.filled(0, 0, 200, 100, ComposerFixtures.FILLER_FILL)), 100,
                0, 0, List.of("fn-chart"), false);
        // 110 pt left: the 100 pt chart fits, but not with its 18 pt of footnote.
        Composition result = compose(content(fillerLeaving(110)), content(chart));

        assertThat(result.pages().size()).isEqualTo(2);
        assertThat(pageOf(result.pages(), "fn-chart")).isEqualTo(2);
        assertThat(footnoteRules(result.page(1))).isEmpty();
    }
}
