package org.esgstudio.layout.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The lines a justified paragraph breaks into at a given width, in ems of 10 pt text (Han and full-width
 * punctuation 1 em, Latin letters 0.5 em, digits 0.55 em, space 0.25 em); expected lines are separated by "/".
 * Footnote markers are written ^id[text], bold as **text**.
 */
class LineBreakingTest {

    @ParameterizedTest(name = "{0} at {1} em → {2}")
    @CsvSource(delimiter = '¦', textBlock = """
            一二三四五六七八九十一二三四五六七八。 ¦ 10  ¦ 一二三四五六七八九十/一二三四五六七八。
            The quick brown fox jumps over the lazy dog ¦ 10 ¦ The quick brown fox/jumps over the lazy/dog
            营收**四十二亿**元一二三四五六          ¦ 5   ¦ 营收四十二/亿元一二三/四五六
            一二三四五六七八九ABC                  ¦ 10  ¦ 一二三四五六七八九/ABC
            一二三四五六七八九ABCD                 ¦ 11  ¦ 一二三四五六七八九/ABCD
            """)
    void fillsEachLineGreedilyWithTheRealAdvances(String text, double width, String expected) {
        assertThat(Paragraphs.broken(text, width)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} at {1} em → {2}")
    @CsvSource(delimiter = '¦', textBlock = """
            一二三四五六七八九十，一二三。           ¦ 10 ¦ 一二三四五六七八九/十，一二三。
            一二三四五六七八九十）」。一二           ¦ 10 ¦ 一二三四五六七八九/十）」。一二
            一二三四五六七八九——十一               ¦ 10 ¦ 一二三四五六七八/九——十一
            一二三四五六七八九十……一二             ¦ 10 ¦ 一二三四五六七八九/十……一二
            一二三四五六七八九十％一二              ¦ 10 ¦ 一二三四五六七八九/十％一二
            一二三四五六七八九十·一二              ¦ 10 ¦ 一二三四五六七八九/十·一二
            一二三四五六七八九十”一二              ¦ 10 ¦ 一二三四五六七八九/十”一二
            """)
    void neverStartsALineWithClosingPunctuationDashesOrEllipses(String text, double width, String expected) {
        assertThat(Paragraphs.broken(text, width)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} at {1} em → {2}")
    @CsvSource(delimiter = '¦', textBlock = """
            一二三四五六七八九「十」               ¦ 10 ¦ 一二三四五六七八/九「十」
            一二三四五六七八（《十》）             ¦ 10 ¦ 一二三四五六七/八（《十》）
            一二三四五六七八九“十一”              ¦ 10 ¦ 一二三四五六七八九/“十一”
            """)
    void neverEndsALineWithOpeningPunctuation(String text, double width, String expected) {
        assertThat(Paragraphs.broken(text, width)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} at {1} em → {2}")
    @CsvSource(delimiter = '¦', textBlock = """
            一二三四五六七八717人                  ¦ 10 ¦ 一二三四五六七八/717人
            一二三四五六七42亿元                   ¦ 10 ¦ 一二三四五六七/42亿元
            一二三四五六七八98.6%                  ¦ 10 ¦ 一二三四五六七八/98.6%
            一二三四五六10,745小时                 ¦ 10 ¦ 一二三四五六/10,745小时
            一二三四五六七56.92亿元                ¦ 10 ¦ 一二三四五六七/56.92亿元
            一二三四五六七八2,450亿元              ¦ 10 ¦ 一二三四五六七八/2,450亿元
            Carbon neutrality targets             ¦ 8  ¦ Carbon/neutrality/targets
            """)
    void keepsNumbersLatinWordsAndUnitsTogether(String text, double width, String expected) {
        assertThat(Paragraphs.broken(text, width)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} at {1} em → {2}")
    @CsvSource(delimiter = '¦', textBlock = """
            一二三，四五六七八九。一二三           ¦ 10 ¦ 一二三，四五六七八九。/一二三
            一二「三」四五六七八。一二三           ¦ 10 ¦ 一二「三」四五六七八。/一二三
            一二，四五六七八九十^n1[1]一二         ¦ 10 ¦ 一二，四五六七八九十1/一二
            一二三四五六七八，九）」。一二         ¦ 10 ¦ 一二三四五六七八，/九）」。一二
            一二三四五六七八九，。一二三           ¦ 10 ¦ 一二三四五六七八九，。/一二三
            一二三四五六七八九十，。一二三         ¦ 10 ¦ 一二三四五六七八九/十，。一二三
            """)
    void pullsClosingPunctuationInByCompressionBeforePushingACharacterDown(String text, double width,
                                                                          String expected) {
        assertThat(Paragraphs.broken(text, width)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} at {1} em → {2}")
    @CsvSource(delimiter = '¦', textBlock = """
            一二三四五六七八九十^n1[1]一二三        ¦ 10 ¦ 一二三四五六七八九/十1一二三
            The end is near ^n1[1] for us          ¦ 6  ¦ The end is/near 1 for us
            """)
    void keepsAFootnoteMarkerOnTheLineOfTheCharacterBeforeIt(String text, double width, String expected) {
        assertThat(Paragraphs.broken(text, width)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} at {1} em → {2}")
    @CsvSource(delimiter = '¦', textBlock = """
            一二三四五六七八九十一。               ¦ 10 ¦ 一二三四五六七八九/十一。
            一二三四五六七八九十一                 ¦ 10 ¦ 一二三四五六七八九/十一
            一二三四五六七八九十「一」。           ¦ 10 ¦ 一二三四五六七八九/十「一」。
            一二三四五六七八九十1^n1[1]。          ¦ 10 ¦ 一二三四五六七八九/十11。
            一二三四五六七八九十ab                 ¦ 10 ¦ 一二三四五六七八九十/ab
            一二                                   ¦ 1  ¦ 一/二
            """)
    void leavesAtLeastTwoCharactersThatAreNotPunctuationOnTheLastLine(String text, double width,
                                                                      String expected) {
        assertThat(Paragraphs.broken(text, width)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} at {1} em → {2}")
    @CsvSource(delimiter = '¦', textBlock = """
            'The   quick \n brown'                 ¦ 100 ¦ The quick brown
            '  一二三  '                           ¦ 10  ¦ 一二三
            alpha beta gamma delta                 ¦ 6   ¦ alpha beta/gamma delta
            """)
    void collapsesSpacesAndDropsThemAtLineEdges(String text, double width, String expected) {
        assertThat(Paragraphs.broken(text.replace("\\n", "\n"), width)).isEqualTo(expected);
    }

    @Test
    void indentsTheFirstLine() {
        var lines = Paragraphs.lines(Paragraphs.spec("一二三四五六七八九十一二三四", 6, 2, Alignment.JUSTIFY));

        assertThat(Paragraphs.texts(lines)).containsExactly("一二三四", "五六七八九十", "一二三四");
        assertThat(lines.get(0).runs().get(0).x()).isEqualTo(20);
        assertThat(lines.get(0).width()).isEqualTo(60);
        assertThat(lines.get(1).runs().get(0).x()).isZero();
    }

    @Test
    void setsNothingForAParagraphWithoutVisibleText() {
        assertThat(Paragraphs.lines(Paragraphs.justified("  \n ", 10))).isEmpty();
    }
}
