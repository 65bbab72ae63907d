package org.esgstudio.layout.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.esgstudio.layout.flow.ComposerFixtures.FILLER_FILL;
import static org.esgstudio.layout.flow.ComposerFixtures.GEOMETRY;
import static org.esgstudio.layout.flow.ComposerFixtures.compose;
import static org.esgstudio.layout.flow.ComposerFixtures.content;
import static org.esgstudio.layout.flow.ComposerFixtures.contentStrings;
import static org.esgstudio.layout.flow.ComposerFixtures.lineTexts;
import static org.esgstudio.layout.flow.ComposerFixtures.paragraph;

import java.time.Duration;
import java.util.List;
import org.esgstudio.layout.LayoutWarning;
import org.esgstudio.layout.RectBox;
import org.esgstudio.layout.flow.ComposerFixtures.Composition;
import org.junit.jupiter.api.Test;

/** Content that cannot fit, nothing to lay out, and page breaks that would make empty pages. */
class CompositionRobustnessTest {

    @Test
    void fixedFlowTallerThanAPageGetsAPageOfItsOwnWithAnOverflowWarning() {
        RectBox poster = RectBox.filled(0, 0, 300, 1000, FILLER_FILL);
        Composition result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> compose(
                content(paragraph(1, 3, 0)),
                content(new FixedFlow(List.of(poster), 1000, 8, 8)),
                content(paragraph(2, 3, 0))));

        assertThat(result.pages().size()).isEqualTo(3);
        assertThat(contentStrings(result.page(1))).containsExactlyElementsOf(lineTexts(1, 3));
        assertThat(contentStrings(result.page(2))).isEmpty();
        assertThat(ComposerFixtures.boxesOf(result.page(2), RectBox.class)).containsExactly(
                poster.moved(GEOMETRY.left(2), GEOMETRY.top()));
        assertThat(contentStrings(result.page(3))).containsExactlyElementsOf(lineTexts(2, 3));
        assertThat(result.warnings()).hasSize(1);
        LayoutWarning warning = result.warnings().get(0);
        assertThat(warning.kind()).isEqualTo(LayoutWarning.Kind.OVERFLOW);
        assertThat(warning.where()).isEqualTo("page 2");
        assertThat(warning.key()).isEqualTo("layout.overflow");
        assertThat(warning.args()).containsExactly(2);
    }

    @Test
    void fixedFlowTallerThanAPageAtTheStartStillTerminates() {
        Composition result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> compose(
                content(new FixedFlow(List.of(RectBox.filled(0, 0, 300, 2000, FILLER_FILL)), 2000, 0, 0)),
                content(new FixedFlow(List.of(RectBox.filled(0, 0, 300, 900, FILLER_FILL)), 900, 0, 0))));

        assertThat(result.pages().size()).isEqualTo(2);
        assertThat(result.warnings()).extracting(LayoutWarning::kind)
                .containsExactly(LayoutWarning.Kind.OVERFLOW, LayoutWarning.Kind.OVERFLOW);
    }

    @Test
    void emptyItemListGivesNoPages() {
        Composition result = compose(List.of());

        assertThat(result.pages()).isEmpty();
        assertThat(result.composer().outline()).isEmpty();
        assertThat(result.composer().anchorPages()).isEmpty();
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void pageBreaksAndRunningHeadsAloneGiveNoPages() {
        Composition result = compose(new FlowItem.NewPage(), new FlowItem.RunningHead("第一章"), new FlowItem.NewPage());

        assertThat(result.pages()).isEmpty();
    }

    @Test
    void newPageTwiceInARowDoesNotMakeAnEmptyPage() {
        Composition result = compose(new FlowItem.NewPage(), content(paragraph(1, 3, 0)), new FlowItem.NewPage(),
                new FlowItem.NewPage(), content(paragraph(2, 3, 0)), new FlowItem.NewPage());

        assertThat(result.pages().size()).isEqualTo(2);
        assertThat(contentStrings(result.page(1))).containsExactlyElementsOf(lineTexts(1, 3));
        assertThat(contentStrings(result.page(2))).containsExactlyElementsOf(lineTexts(2, 3));
        assertThat(result.pages()).extracting(page -> page.label()).containsExactly("1", "2");
    }

    @Test
    void newPageAfterAPageFilledExactlyDoesNotMakeAnEmptyPage() {
        // 45 lines fill page 1; the next paragraph starts page 2 on its own, the page break adds nothing.
        Composition result = compose(content(paragraph(1, 45, 0)), content(paragraph(2, 45, 0)),
                new FlowItem.NewPage(), content(paragraph(3, 3, 0)));

        assertThat(result.pages().size()).isEqualTo(3);
        assertThat(contentStrings(result.page(3))).containsExactlyElementsOf(lineTexts(3, 3));
    }

    @Test
    void runningHeadAppliesToThePagesAfterIt() {
        Composition result = compose(new FlowItem.RunningHead("第一章"), content(paragraph(1, 3, 0)),
                new FlowItem.NewPage(), new FlowItem.RunningHead("第二章"), content(paragraph(2, 3, 0)));

        assertThat(result.page(1).text()).endsWith("page 1 / 第一章");
        assertThat(result.page(2).text()).endsWith("page 2 / 第二章");
    }
}
