package org.esgstudio.layout.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The quarter-em space between Han and Latin letters or digits (positions "x:run" in ems, then the end). */
class CjkWesternSpacingTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '¦', textBlock = """
            中文ABC中文   ¦ 0.00:中 1.00:文 2.25:AB 3.25:C 4.00:中文 6.00
            营收42亿元    ¦ 0.00:营 1.00:收 2.25:4 2.80:2 3.60:亿元 5.60
            增长12%以上   ¦ 0.00:增 1.00:长 2.25:12%以上 6.15
            增长12％      ¦ 0.00:增 1.00:长 2.25:12％ 4.35
            （ESG）报告   ¦ 0.00:（ESG）报告 5.50
            中文 ABC      ¦ 0.00:中文 ABC 3.75
            第3季度       ¦ 0.00:第3 2.05:季度 4.05
            """)
    void putsAQuarterEmBetweenHanAndLatinLettersOrDigits(String text, String expected) {
        List<LaidLine> lines = Paragraphs.lines(Paragraphs.spec(text, 30, 0, Alignment.LEFT));
        assertThat(Paragraphs.positions(lines.get(0))).isEqualTo(expected);
    }

    @Test
    void putsNoSpaceAtALineStartOrEnd() {
        List<LaidLine> lines = Paragraphs.lines(Paragraphs.spec("一二三四五六七八九ABC", 10, 0, Alignment.LEFT));

        assertThat(Paragraphs.texts(lines)).containsExactly("一二三四五六七八九", "ABC");
        assertThat(Paragraphs.positions(lines.get(0))).isEqualTo("0.00:一二三四五六七八九 9.00");
        assertThat(Paragraphs.positions(lines.get(1))).isEqualTo("0.00:ABC 1.50");
    }

    @Test
    void putsNoSpaceBesideAFootnoteMarker() {
        List<LaidLine> lines = Paragraphs.lines(Paragraphs.spec("中文^n1[1]中文", 30, 0, Alignment.LEFT));

        assertThat(Paragraphs.positions(lines.get(0))).isEqualTo("0.00:中文 2.00:1 2.33:中文 4.33");
        assertThat(lines.get(0).footnoteIds()).containsExactly("n1");
    }
}
