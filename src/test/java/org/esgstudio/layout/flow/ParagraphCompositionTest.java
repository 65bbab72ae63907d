package org.esgstudio.layout.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.esgstudio.layout.flow.ComposerFixtures.GEOMETRY;
import static org.esgstudio.layout.flow.ComposerFixtures.LINE;
import static org.esgstudio.layout.flow.ComposerFixtures.baselineAt;
import static org.esgstudio.layout.flow.ComposerFixtures.compose;
import static org.esgstudio.layout.flow.ComposerFixtures.content;
import static org.esgstudio.layout.flow.ComposerFixtures.contentStrings;
import static org.esgstudio.layout.flow.ComposerFixtures.contentTexts;
import static org.esgstudio.layout.flow.ComposerFixtures.countOn;
import static org.esgstudio.layout.flow.ComposerFixtures.fillerLeaving;
import static org.esgstudio.layout.flow.ComposerFixtures.lineText;
import static org.esgstudio.layout.flow.ComposerFixtures.lineTexts;
import static org.esgstudio.layout.flow.ComposerFixtures.lines;
import static org.esgstudio.layout.flow.ComposerFixtures.paragraph;
import static org.esgstudio.layout.flow.ComposerFixtures.textBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.esgstudio.layout.PageBox;
import org.esgstudio.layout.TextBox;
import org.esgstudio.layout.flow.ComposerFixtures.Composition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Paragraphs poured into pages: every line once and in order, splits that leave no lone first or last line, short
 * paragraphs kept whole, space before dropped at the top of a page. Lines are 16 pt; a page holds 45 of them.
 */
class ParagraphCompositionTest {
    private static final double TOLERANCE = 1e-9;

    @Test
    void everyLineAppearsExactlyOnceAndInOrderAcrossPages() {
        int[] sizes = {3, 7, 12, 25, 4, 30, 5, 40, 3, 18, 6, 33, 2, 9};
        List<FlowItem> items = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int p = 0; p < sizes.length; p++) {
            items.add(content(paragraph(p + 1, sizes[p], 8)));
            expected.addAll(lineTexts(p + 1, sizes[p]));
        }

        Composition result = compose(items);

        assertThat(contentStrings(result.pages())).containsExactlyElementsOf(expected);
        assertThat(result.pages().size()).isEqualTo(5);
        assertThat(result.warnings()).isEmpty();
        for (PageBox page : result.pages()) {
            List<TextBox> lines = contentTexts(page);
            for (int i = 1; i < lines.size(); i++) {
                assertThat(lines.get(i).baseline()).as("lines go down the page %d", page.index())
                        .isGreaterThan(lines.get(i - 1).baseline());
            }
            assertThat(lines.get(lines.size() - 1).baseline() + 2)
                    .as("last line's ink ends inside the content area of page %d", page.index())
                    .isLessThanOrEqualTo(GEOMETRY.top() + GEOMETRY.contentHeight());
        }
        for (int p = 0; p < sizes.length; p++) {
            List<String> texts = lineTexts(p + 1, sizes[p]);
            List<Long> perPage = result.pages().stream().map(page -> countOn(page, texts)).filter(n -> n > 0).toList();
            if (sizes[p] <= 3) {
                assertThat(perPage).as("paragraph %d of %d lines stays whole", p + 1, sizes[p]).hasSize(1);
            } else {
                assertThat(perPage).as("paragraph %d: lines per page", p + 1).allMatch(n -> n >= 2);
            }
        }
    }

    /** After a filler that leaves room for {@code roomLines} lines, a paragraph of {@code total} lines splits so. */
    @ParameterizedTest(name = "{0} lines with room for {1}: {2} on the first page")
    @CsvSource({
        "6, 1, 0",  // one line would be a lone first line: the paragraph moves on whole
        "6, 2, 2",
        "6, 4, 4",
        "6, 5, 4",  // five would leave a lone last line: four stay, two move
        "6, 6, 6",
        "4, 3, 2",
        "4, 1, 0",
        "5, 4, 3",
        "8, 7, 6",
    })
    void splitParagraphLeavesAtLeastTwoLinesOnEachPage(int total, int roomLines, int expectedFirst) {
        Composition result = compose(content(fillerLeaving(roomLines * LINE + 4)), content(paragraph(1, total, 0)));

        List<String> texts = lineTexts(1, total);
        assertThat(contentStrings(result.page(1))).containsExactlyElementsOf(texts.subList(0, expectedFirst));
        if (expectedFirst < total) {
            assertThat(result.pages().size()).isEqualTo(2);
            assertThat(contentStrings(result.page(2))).containsExactlyElementsOf(texts.subList(expectedFirst, total));
            assertThat(textBox(result.page(2), texts.get(expectedFirst)).baseline())
                    .as("the rest starts at the top of the next page").isCloseTo(baselineAt(0), within(TOLERANCE));
        } else {
            assertThat(result.pages().size()).isEqualTo(1);
        }
    }

    @Test
    void threeLineParagraphIsNotSplitOnAPageWithContent() {
        Composition result = compose(content(fillerLeaving(2 * LINE + 4)), content(paragraph(1, 3, 0)));

        assertThat(result.pages().size()).isEqualTo(2);
        assertThat(contentStrings(result.page(1))).isEmpty();
        assertThat(contentStrings(result.page(2))).containsExactlyElementsOf(lineTexts(1, 3));
    }

    @Test
    void threeLineParagraphAloneOnAnEmptyPageSplitsWhenItCannotFit() {
        // 300 pt lines: two fit the 728.5 pt content area, three do not.
        Composition result = compose(content(new ParagraphFlow(lines(1, 3, Map.of()), 300, 0, 0)));

        assertThat(result.pages().size()).isEqualTo(2);
        assertThat(contentStrings(result.page(1))).containsExactly(lineText(1, 1), lineText(1, 2));
        assertThat(contentStrings(result.page(2))).containsExactly(lineText(1, 3));
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void spaceBeforeIsKeptMidPageAndDroppedAtTheTopOfAPage() {
        Composition result = compose(
                content(paragraph(1, 2, 30)),
                content(paragraph(2, 2, 30)),
                new FlowItem.NewPage(),
                content(paragraph(3, 2, 30)));

        assertThat(textBox(result.page(1), lineText(1, 1)).baseline())
                .as("first paragraph of the document").isCloseTo(baselineAt(0), within(TOLERANCE));
        assertThat(textBox(result.page(1), lineText(2, 1)).baseline())
                .as("two lines and 30 pt of space above it").isCloseTo(baselineAt(2 * LINE + 30), within(TOLERANCE));
        assertThat(textBox(result.page(2), lineText(3, 1)).baseline())
                .as("first paragraph after a page break").isCloseTo(baselineAt(0), within(TOLERANCE));
    }

    @Test
    void spaceBeforeIsDroppedWhenAParagraphMovesToTheNextPage() {
        Composition result = compose(content(fillerLeaving(30 + 2 * LINE + 4)), content(paragraph(1, 3, 30)));

        assertThat(contentStrings(result.page(1))).isEmpty();
        assertThat(textBox(result.page(2), lineText(1, 1)).baseline()).isCloseTo(baselineAt(0), within(TOLERANCE));
        assertThat(textBox(result.page(2), lineText(1, 3)).baseline())
                .isCloseTo(baselineAt(2 * LINE), within(TOLERANCE));
    }

    @Test
    void spaceBeforeCountsWhenDecidingWhatFitsMidPage() {
        // Room for 4 lines, but 30 pt of space before leaves room for only 2 of them.
        Composition result = compose(content(fillerLeaving(4 * LINE + 4)), content(paragraph(1, 6, 30)));

        assertThat(contentStrings(result.page(1))).containsExactly(lineText(1, 1), lineText(1, 2));
        assertThat(textBox(result.page(1), lineText(1, 1)).baseline())
                .isCloseTo(baselineAt(GEOMETRY.contentHeight() - (4 * LINE + 4) + 30), within(TOLERANCE));
        assertThat(contentStrings(result.page(2))).containsExactlyElementsOf(lineTexts(1, 6).subList(2, 6));
    }

    @Test
    void paragraphStartingOnAnEmptyPageLeavesNoLoneLastLine() {
        Composition result = compose(content(paragraph(1, 46, 0)));

        List<String> texts = lineTexts(1, 46);
        assertThat(contentStrings(result.page(1))).containsExactlyElementsOf(texts.subList(0, 44));
        assertThat(contentStrings(result.page(2))).containsExactlyElementsOf(texts.subList(44, 46));
    }

    @Test
    void longParagraphOverThreePagesLeavesNoLoneLastLine() {
        // 10 lines on page 1, then 46 left: 45 would fit page 2 and leave one for page 3.
        Composition result = compose(content(fillerLeaving(10 * LINE + 4)), content(paragraph(1, 56, 0)));

        List<String> texts = lineTexts(1, 56);
        assertThat(contentStrings(result.page(1))).containsExactlyElementsOf(texts.subList(0, 10));
        assertThat(contentStrings(result.page(2))).containsExactlyElementsOf(texts.subList(10, 54));
        assertThat(contentStrings(result.page(3))).containsExactlyElementsOf(texts.subList(54, 56));
    }
}
