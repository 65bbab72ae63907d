package org.esgstudio.layout.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.esgstudio.layout.Rgb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the slack of a line is spread (JUSTIFY) or placed (LEFT, CENTER, RIGHT); positions "x:run" in ems. */
class JustificationTest {

    private static List<LaidLine> lines(String text, double width, Alignment alignment) {
        return Paragraphs.lines(Paragraphs.spec(text, width, 0, alignment));
    }

    @Test
    void spreadsTheSlackEvenlyBetweenHanCharactersAndFillsTheColumnExactly() {
        List<LaidLine> lines = lines("一二三四五六七八九十一", 10.5, Alignment.JUSTIFY);

        assertThat(Paragraphs.texts(lines)).containsExactly("一二三四五六七八九", "十一");
        assertThat(Paragraphs.positions(lines.get(0))).isEqualTo("0.00:一二三四五六七八 9.50:九 10.50");
        assertThat(lines.get(0).runs().get(0).charSpacing()).isEqualTo(1.5 / 8 * 10);
        assertThat(lines.get(0).width()).isEqualTo(105);
        assertThat(Paragraphs.positions(lines.get(1))).as("the last line stays flush left")
                .isEqualTo("0.00:十一 2.00");
    }

    @Test
    void stretchesAtCjkLatinBoundariesButNeverInsideALatinWord() {
        List<LaidLine> lines = lines("一二ABCD三四五六七", 8, Alignment.JUSTIFY);

        assertThat(Paragraphs.texts(lines)).containsExactly("一二ABCD三四五", "六七");
        assertThat(Paragraphs.positions(lines.get(0)))
                .isEqualTo("0.00:一 1.10:二 2.45:ABC 3.95:D 4.80:三四 7.00:五 8.00");
    }

    @Test
    void neverStretchesInsideANumber() {
        List<LaidLine> lines = lines("一二三四五10,745小时", 10, Alignment.JUSTIFY);

        assertThat(Paragraphs.texts(lines)).containsExactly("一二三四五", "10,745小时");
        lines = lines("一二10,745三四五六七八", 10, Alignment.JUSTIFY);
        PlacedRun number = lines.get(0).runs().stream().filter(run -> run.text().startsWith("10,74")).findFirst()
                .orElseThrow();
        assertThat(number.charSpacing()).isZero();
    }

    @Test
    void leavesALineHoldingOneUnbreakableItemFlushLeft() {
        List<LaidLine> lines = lines("1234567890123456789012345", 10, Alignment.JUSTIFY);

        assertThat(Paragraphs.texts(lines)).containsExactly("123456789012345678", "9012345");
        assertThat(lines.get(0).runs()).allSatisfy(run -> assertThat(run.charSpacing()).isZero());
        assertThat(lines.get(0).width()).isEqualTo(99, org.assertj.core.data.Offset.offset(1e-9));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', textBlock = """
            LEFT    ¦ 0.00:八九十一二 5.00
            CENTER  ¦ 1.00:八九十一二 6.00
            RIGHT   ¦ 2.00:八九十一二 7.00
            JUSTIFY ¦ 0.00:八九十一二 5.00
            """)
    void alignsWithoutStretching(Alignment alignment, String lastLine) {
        List<LaidLine> lines = lines("一二三四五六七八九十一二", 7, alignment);

        assertThat(Paragraphs.texts(lines)).containsExactly("一二三四五六七", "八九十一二");
        assertThat(Paragraphs.positions(lines.get(0))).isEqualTo("0.00:一二三四五六七 7.00");
        assertThat(Paragraphs.positions(lines.get(1))).isEqualTo(lastLine);
        assertThat(lines.get(1).width()).isEqualTo(50);
    }

    @Test
    void justifiesEnglishTextByWideningSpacesOnly() {
        List<LaidLine> lines = lines("The quick brown fox jumps over the lazy dog", 10, Alignment.JUSTIFY);

        assertThat(Paragraphs.positions(lines.get(0)))
                .isEqualTo("0.00:The 1.50:  2.17:quick 4.67:  5.33:brown 7.83:  8.50:fox 10.00");
        assertThat(lines.get(0).runs()).filteredOn(run -> !run.text().isBlank())
                .allSatisfy(run -> assertThat(run.charSpacing()).isZero());
    }

    @Test
    void splitsRunsWhereTheStyleChanges() {
        List<LaidLine> lines = lines("营收**四十二亿**元", 20, Alignment.LEFT);

        assertThat(lines.get(0).runs()).extracting(PlacedRun::text).containsExactly("营收", "四十二亿", "元");
        assertThat(lines.get(0).runs()).extracting(PlacedRun::color)
                .containsExactly(Rgb.BLACK, new Rgb(200, 0, 0), Rgb.BLACK);
        assertThat(Paragraphs.positions(lines.get(0))).isEqualTo("0.00:营收 2.00:四十二亿 6.00:元 7.00");
    }

    @Test
    void raisesFootnoteMarkersAndCountsThemInTheLineHeight() {
        LaidLine line = lines("文字^n1[1]。", 20, Alignment.LEFT).get(0);

        PlacedRun marker = line.runs().get(1);
        assertThat(marker.text()).isEqualTo("1");
        assertThat(marker.footnoteId()).isEqualTo("n1");
        assertThat(marker.size()).isEqualTo(6);
        assertThat(marker.baselineShift()).isEqualTo(3.5);
        assertThat(line.ascent()).isEqualTo(Math.max(8.8, 0.88 * 6 + 3.5));
        assertThat(line.descent()).isEqualTo(1.2);
    }
}
