package org.esgstudio.layout.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where full-width punctuation gives up its blank half. Positions are written "x:run" for every run plus the end of
 * the last run, in ems (see {@link Paragraphs#positions}).
 */
class PunctuationCompressionTest {

    private static String firstLine(String text, double width, Alignment alignment) {
        List<LaidLine> lines = Paragraphs.lines(Paragraphs.spec(text, width, 0, alignment));
        return Paragraphs.positions(lines.get(0));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '¦', textBlock = """
            一）、二    ¦ 0.00:一 1.00:） 1.50:、二 3.50
            一。」二    ¦ 0.00:一 1.00:。 1.50:」二 3.50
            一”，二    ¦ 0.00:一 1.00:” 1.50:，二 3.50
            一。（二）  ¦ 0.00:一 1.00:。 1.50:（二 3.50:） 4.00
            一（《二    ¦ 0.00:一 1.00:（ 1.50:《二 3.50
            一」「二    ¦ 0.00:一 1.00:」 1.50:「二 3.50
            一，二      ¦ 0.00:一，二 3.00
            """)
    void alwaysRemovesTheBlankBetweenAdjacentPunctuation(String text, String expected) {
        assertThat(firstLine(text, 20, Alignment.LEFT)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '¦', textBlock = """
            一二。      ¦ LEFT    ¦ 0.00:一二 2.00:。 2.50
            一二。      ¦ RIGHT   ¦ 17.50:一二 19.50:。 20.00
            一二」。    ¦ RIGHT   ¦ 17.00:一二 19.00:」。 20.00
            （一二）    ¦ RIGHT   ¦ 16.50:（一二 19.50:） 20.00
            """)
    void setsAClosingMarkAtTheLineEndHalfWidthSoTheTextIsFlush(String text, Alignment alignment,
                                                               String expected) {
        assertThat(firstLine(text, 20, alignment)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void joinsTheTwoHalvesOfADash() {
        assertThat(firstLine("一——二", 20, Alignment.LEFT)).isEqualTo("0.00:一 1.00:— 1.90:—二 3.90");
    }

    /** Every compressible blank of the line gives up the same fraction of itself, just enough to fit. */
    @ParameterizedTest(name = "{0} at {1} em → {2}")
    @CsvSource(delimiter = '¦', textBlock = """
            一二三，四五六七八九。一二三   ¦ 10 ¦ 0.00:一二三 3.00:， 3.50:四五六七八九 9.50:。 10.00
            一，二，三四五六七八九。一二三 ¦ 11 ¦ 0.00:一 1.00:， 1.75:二 2.75:， 3.50:三四五六七八九 10.50:。 11.00
            一二「三」四五六七八。一二三   ¦ 10 ¦ 0.00:一 1.00:二 1.75:「三 3.75:」 4.50:四五六七八 9.50:。 10.00
            """)
    void compressesThePunctuationOfALineJustEnoughToPullAClosingMarkIn(String text, double width,
                                                                       String expected) {
        assertThat(firstLine(text, width, Alignment.JUSTIFY)).isEqualTo(expected);
    }
}
