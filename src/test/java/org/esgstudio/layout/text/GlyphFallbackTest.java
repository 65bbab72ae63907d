package org.esgstudio.layout.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.esgstudio.layout.Rgb;
import org.junit.jupiter.api.Test;

/** Every character is checked against the style's font and its fallbacks; none is dropped silently. */
class GlyphFallbackTest {
    private final List<GlyphProblem> problems = new ArrayList<>();

    private LaidLine line(String text, TextStyle style) {
        ParagraphSpec spec = new ParagraphSpec(List.of(new Span(text, style)), 300, 0, Alignment.LEFT, 16);
        List<LaidLine> lines = new LineBreaker(problems::add).lines(spec);
        assertThat(lines).hasSize(1);
        return lines.get(0);
    }

    @Test
    void setsAMissingSubscriptDigitAsASmallerLoweredDigitAndReportsIt() {
        FakeFont font = FakeFont.lacking("main", "₂²");
        LaidLine line = line("CO₂排放", Paragraphs.body(font));

        PlacedRun two = line.runs().get(1);
        assertThat(two.text()).isEqualTo("2");
        assertThat(two.font()).isSameAs(font);
        assertThat(two.size()).isEqualTo(7, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(two.baselineShift()).isEqualTo(-1.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(two.actualText()).isEqualTo("₂");
        assertThat(line.text()).isEqualTo("CO2排放");
        assertThat(line.sourceText()).isEqualTo("CO₂排放");
        assertThat(problems).containsExactly(
                new GlyphProblem('₂', "CO₂排放", GlyphProblem.Kind.SUBSTITUTED, "2"));
    }

    @Test
    void setsAMissingSuperscriptDigitAsASmallerRaisedDigit() {
        LaidLine line = line("面积100m²", Paragraphs.body(FakeFont.lacking("main", "₂²")));

        PlacedRun two = line.runs().get(line.runs().size() - 1);
        assertThat(two.text()).isEqualTo("2");
        assertThat(two.size()).isEqualTo(7, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(two.baselineShift()).isEqualTo(3.3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(problems).extracting(GlyphProblem::kind).containsExactly(GlyphProblem.Kind.SUBSTITUTED);
    }

    @Test
    void takesACharacterFromTheFirstFallbackThatHasIt() {
        FakeFont main = FakeFont.lacking("main", "ñé");
        FakeFont first = FakeFont.lacking("first", "é");
        FakeFont second = FakeFont.complete();
        LaidLine line = line("Coruña café", Paragraphs.body(main, first, second));

        assertThat(line.runs()).extracting(run -> run.text() + "@" + run.font())
                .containsExactly("Coru@main", "ñ@first", "a caf@main", "é@fake");
        assertThat(problems).isEmpty();
    }

    @Test
    void aSubscriptDigitTheMainFontLacksIsSubstitutedEvenWhenAFallbackHasIt() {
        FakeFont main = FakeFont.lacking("main", "₂");
        LaidLine line = line("CO₂", Paragraphs.body(main, FakeFont.complete()));

        assertThat(line.runs()).extracting(run -> run.text() + "@" + run.font()).containsExactly("CO@main", "2@main");
        assertThat(problems).extracting(GlyphProblem::kind).containsExactly(GlyphProblem.Kind.SUBSTITUTED);
    }

    @Test
    void setsACharacterNoFontHasAsAReplacementCharacterAndReportsItWithItsContext() {
        FakeFont font = FakeFont.lacking("main", "☃");
        TextStyle style = new TextStyle(font, 10, new Rgb(0, 80, 160));
        LaidLine line = line("一二三四五六七八九十一二☃三四五六七八九十一二三", style);

        assertThat(line.text()).isEqualTo("一二三四五六七八九十一二\uFFFD三四五六七八九十一二三");
        assertThat(line.runs()).allSatisfy(run -> assertThat(run.color()).isEqualTo(new Rgb(0, 80, 160)));
        assertThat(line.sourceText()).contains("☃");
        assertThat(problems).containsExactly(new GlyphProblem('☃', "三四五六七八九十一二☃三四五六七八九十一二",
                GlyphProblem.Kind.MISSING, "\uFFFD"));
    }

    @Test
    void usesAQuestionMarkWhenTheFontHasNoReplacementCharacter() {
        LaidLine line = line("雪人☃", Paragraphs.body(FakeFont.lacking("main", "☃\uFFFD")));

        assertThat(line.text()).isEqualTo("雪人?");
        assertThat(problems).extracting(GlyphProblem::replacement).containsExactly("?");
    }
}
