package org.esgstudio.layout.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.esgstudio.layout.flow.ComposerFixtures.GEOMETRY;
import static org.esgstudio.layout.flow.ComposerFixtures.baselineAt;
import static org.esgstudio.layout.flow.ComposerFixtures.compose;
import static org.esgstudio.layout.flow.ComposerFixtures.content;
import static org.esgstudio.layout.flow.ComposerFixtures.contentStrings;
import static org.esgstudio.layout.flow.ComposerFixtures.fillerLeaving;
import static org.esgstudio.layout.flow.ComposerFixtures.heading;
import static org.esgstudio.layout.flow.ComposerFixtures.lineText;
import static org.esgstudio.layout.flow.ComposerFixtures.lineTexts;
import static org.esgstudio.layout.flow.ComposerFixtures.mark;
import static org.esgstudio.layout.flow.ComposerFixtures.pageOf;
import static org.esgstudio.layout.flow.ComposerFixtures.paragraph;
import static org.esgstudio.layout.flow.ComposerFixtures.textBox;
import static org.esgstudio.layout.flow.ComposerFixtures.textBoxes;

import java.util.Map;
import org.esgstudio.layout.Anchor;
import org.esgstudio.layout.OutlineEntry;
import org.esgstudio.layout.RectBox;
import org.esgstudio.layout.flow.ComposerFixtures.Composition;
import org.junit.jupiter.api.Test;

/**
 * Headings stay with what follows them. The fixture heading takes 42 pt (12 before, a 24 pt line, 6 after); the
 * smallest first part of a 6-line paragraph is two 16 pt lines, so a heading needs 74 pt of room to stay.
 */
class KeepWithNextTest {
    private static final double TOLERANCE = 1e-9;

    @Test
    void headingThatWouldEndAPageMovesToTheNextPageWithTheParagraphAfterIt() {
        Composition result = compose(content(fillerLeaving(60)), content(heading("标题二")),
                content(paragraph(2, 6, 0)));

        assertThat(result.pages().size()).isEqualTo(2);
        assertThat(contentStrings(result.page(1))).isEmpty();
        assertThat(contentStrings(result.page(2))).containsExactly("标题二", lineText(2, 1), lineText(2, 2),
                lineText(2, 3), lineText(2, 4), lineText(2, 5), lineText(2, 6));
        // At the top of the page the heading loses its space before: its 14 pt text centred in 24 pt sits at 16.2.
        assertThat(textBox(result.page(2), "标题二").baseline())
                .isCloseTo(GEOMETRY.top() + 5 + 11.2, within(TOLERANCE));
        assertThat(textBox(result.page(2), lineText(2, 1)).baseline())
                .isCloseTo(baselineAt(24 + 6), within(TOLERANCE));
    }

    @Test
    void headingWithRoomForTwoLinesAfterItStaysOnItsPage() {
        Composition result = compose(content(fillerLeaving(80)), content(heading("标题二")),
                content(paragraph(2, 6, 0)));

        assertThat(contentStrings(result.page(1))).containsExactly("标题二", lineText(2, 1), lineText(2, 2));
        assertThat(contentStrings(result.page(2))).containsExactlyElementsOf(lineTexts(2, 6).subList(2, 6));
    }

    @Test
    void markHeadingAndParagraphChainPutsTheAnchorOnTheHeadingsPage() {
        OutlineEntry entry = new OutlineEntry("1.2 排放", 1, "s-1-2");
        Composition result = compose(content(fillerLeaving(60)),
                new FlowItem.Mark("s-1-2", entry), content(heading("1.2 排放")), content(paragraph(2, 6, 0)));

        assertThat(pageOf(result.pages(), "1.2 排放")).isEqualTo(2);
        assertThat(result.composer().anchorPages()).isEqualTo(Map.of("s-1-2", 2));
        assertThat(result.page(1).anchors()).isEmpty();
        assertThat(result.page(2).anchors()).containsExactly(new Anchor("s-1-2", 0));
        assertThat(result.composer().outline()).containsExactly(entry);
    }

    @Test
    void markFollowedByHeadingThatFitsStaysAtTheCurrentPosition() {
        double room = 100;
        Composition result = compose(content(fillerLeaving(room)), mark("s-2", "2 治理"), content(heading("2 治理")),
                content(paragraph(2, 6, 0)));

        assertThat(result.composer().anchorPages()).isEqualTo(Map.of("s-2", 1));
        assertThat(result.page(1).anchors())
                .containsExactly(new Anchor("s-2", GEOMETRY.contentHeight() - room));
        assertThat(pageOf(result.pages(), "2 治理")).isEqualTo(1);
    }

    @Test
    void twoHeadingsInARowMoveTogetherWithTheParagraph() {
        // Both headings (84 pt) and two lines (32 pt) need 116 pt; 100 are left.
        Composition result = compose(content(fillerLeaving(100)), content(heading("第二章")), content(heading("2.1 节")),
                content(paragraph(2, 6, 0)));

        assertThat(contentStrings(result.page(1))).isEmpty();
        assertThat(contentStrings(result.page(2))).startsWith("第二章", "2.1 节", lineText(2, 1));
    }

    @Test
    void headingMovesWhenTheFollowingLinesFootnoteLeavesNoRoomForThem() {
        // 80 pt: heading 42 + two lines 32 = 74 fit, but line 1's footnote adds 18 (separator 8 + note 10).
        Composition result = compose(content(fillerLeaving(80)), content(heading("标题二")),
                content(paragraph(2, 6, 0, Map.of(1, "fn-a"))));

        assertThat(pageOf(result.pages(), lineText(2, 1))).isEqualTo(2);
        assertThat(pageOf(result.pages(), "标题二")).as("the heading goes with its paragraph").isEqualTo(2);
        assertThat(textBox(result.page(2), "标题二").baseline())
                .isCloseTo(GEOMETRY.top() + 5 + 11.2, within(TOLERANCE));
        assertThat(textBoxes(result.page(2), "fn-a")).hasSize(1);
    }

    @Test
    void markedHeadingTakenBackForItsParagraphsFootnoteMovesItsAnchorAndOutlineEntryOnce() {
        OutlineEntry entry = new OutlineEntry("1.3 水资源", 1, "s-1-3");
        Composition result = compose(content(fillerLeaving(80)), new FlowItem.Mark("s-1-3", entry),
                content(heading("1.3 水资源")), content(paragraph(2, 6, 0, Map.of(1, "fn-a"))));

        assertThat(result.pages().size()).isEqualTo(2);
        assertThat(contentStrings(result.page(1))).isEmpty();
        assertThat(result.page(1).boxes()).as("no heading rule left behind")
                .filteredOn(box -> box instanceof RectBox rect && rect.height() == 1.5).isEmpty();
        assertThat(result.page(1).anchors()).isEmpty();
        assertThat(result.page(2).anchors()).containsExactly(new Anchor("s-1-3", 0));
        assertThat(result.composer().anchorPages()).isEqualTo(Map.of("s-1-3", 2));
        assertThat(result.composer().outline()).containsExactly(entry);
        assertThat(contentStrings(result.page(2))).startsWith("1.3 水资源", lineText(2, 1), lineText(2, 2));
    }
}
