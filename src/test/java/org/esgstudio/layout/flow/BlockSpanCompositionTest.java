package org.esgstudio.layout.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.esgstudio.layout.flow.ComposerFixtures.GEOMETRY;
import static org.esgstudio.layout.flow.ComposerFixtures.LINE;
import static org.esgstudio.layout.flow.ComposerFixtures.compose;
import static org.esgstudio.layout.flow.ComposerFixtures.content;
import static org.esgstudio.layout.flow.ComposerFixtures.fillerLeaving;
import static org.esgstudio.layout.flow.ComposerFixtures.heading;
import static org.esgstudio.layout.flow.ComposerFixtures.paragraph;

import java.util.List;
import org.esgstudio.layout.BlockSpan;
import org.esgstudio.layout.flow.ComposerFixtures.Composition;
import org.junit.jupiter.api.Test;

/** Pages record where each labelled block landed: its id and the y range it covers, on every page it reaches. */
class BlockSpanCompositionTest {
    private static final double TOLERANCE = 1e-9;

    @Test
    void blockSpansCoverEachLabelledBlockFromItsTopToItsBottomInPageCoordinates() {
        Composition result = compose(content(new BlockFlow("p1", paragraph(1, 3, 0))),
                content(new BlockFlow("p2", paragraph(2, 2, 8))), content(paragraph(3, 2, 0)));

        List<BlockSpan> spans = result.page(1).blocks();
        assertThat(spans).extracting(BlockSpan::id).containsExactly("p1", "p2");
        assertThat(spans.get(0).top()).isCloseTo(GEOMETRY.top(), within(TOLERANCE));
        assertThat(spans.get(0).bottom()).isCloseTo(GEOMETRY.top() + 3 * LINE, within(TOLERANCE));
        assertThat(spans.get(1).top()).isCloseTo(GEOMETRY.top() + 3 * LINE, within(TOLERANCE));
        assertThat(spans.get(1).bottom()).isCloseTo(GEOMETRY.top() + 3 * LINE + 8 + 2 * LINE, within(TOLERANCE));
    }

    @Test
    void aBlockSplitAcrossPagesHasASpanOnEachPage() {
        Composition result = compose(content(fillerLeaving(3 * LINE)), content(new BlockFlow("long", paragraph(1, 8, 0))));

        assertThat(result.pages()).hasSize(2);
        assertThat(result.page(1).blocks()).extracting(BlockSpan::id).containsExactly("long");
        assertThat(result.page(2).blocks()).extracting(BlockSpan::id).containsExactly("long");
        assertThat(result.page(2).blocks().get(0).top()).isCloseTo(GEOMETRY.top(), within(TOLERANCE));
        assertThat(result.page(2).blocks().get(0).bottom()).isCloseTo(GEOMETRY.top() + 5 * LINE, within(TOLERANCE));
    }

    @Test
    void consecutiveFlowablesOfOneBlockMakeOneSpan() {
        Composition result = compose(content(new BlockFlow("table", heading("表一"))),
                content(new BlockFlow("table", paragraph(1, 4, 0))));

        assertThat(result.page(1).blocks()).hasSize(1);
        BlockSpan span = result.page(1).blocks().get(0);
        assertThat(span.id()).isEqualTo("table");
        assertThat(span.bottom() - span.top()).isCloseTo(24 + 6 + 4 * LINE, within(TOLERANCE));
    }

    @Test
    void aHeadingMovedToTheNextPageWithItsParagraphLeavesNoSpanBehind() {
        Composition result = compose(content(fillerLeaving(60)), content(new BlockFlow("h", heading("标题二"))),
                content(new BlockFlow("p", paragraph(2, 6, 0))));

        assertThat(result.page(1).blocks()).isEmpty();
        assertThat(result.page(2).blocks()).extracting(BlockSpan::id).containsExactly("h", "p");
    }

    @Test
    void numberingFromALaterPageMirrorsMarginsAndLabelsAsThere() {
        PageComposer composer = new PageComposer(GEOMETRY, new ComposerFixtures.FakeDecorator(),
                new ComposerFixtures.FakeFootnotes(), warning -> { }).numberingFrom(8);

        var pages = composer.compose(List.of(content(paragraph(1, 60, 0))));

        assertThat(pages).extracting(page -> page.label()).containsExactly("8", "9");
        assertThat(composer.anchorPages()).isEmpty();
        assertThat(ComposerFixtures.contentTexts(pages.get(0)).get(0).x()).isCloseTo(GEOMETRY.left(8), within(TOLERANCE));
        assertThat(ComposerFixtures.contentTexts(pages.get(1)).get(0).x()).isCloseTo(GEOMETRY.left(9), within(TOLERANCE));
    }
}
