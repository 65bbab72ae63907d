package org.esgstudio.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormaliserTest {

    @Test
    void everyNormalisedCharacterLeadsBackToItsOriginalSpan() {
        String original = "投诉 1,200\n\n人次";
        NormalisedText n = TextNormaliser.normalise(original);

        assertThat(n.text()).isEqualTo("投诉1,200人次");
        int numberAt = n.text().indexOf('1');
        int unitEnd = n.text().length();
        assertThat(original.substring(n.originalStart(numberAt), n.originalEnd(unitEnd))).isEqualTo("1,200\n\n人次");
        assertThat(n.originalStart(n.text().indexOf('人'))).isEqualTo(original.indexOf('人'));
    }

    @Test
    void offsetsSurviveRemovedAndWidenedCharacters() {
        String original = "密度③为１２．５％，⑴ 较上年";
        NormalisedText n = TextNormaliser.normalise(original);

        assertThat(n.text()).isEqualTo("密度为12.5%，(1)较上年");
        int start = n.text().indexOf("12.5%");
        assertThat(original.substring(n.originalStart(start), n.originalEnd(start + 5))).isEqualTo("１２．５％");
        int paren = n.text().indexOf("(1)");
        assertThat(original.substring(n.originalStart(paren), n.originalEnd(paren + 3))).isEqualTo("⑴");
    }

    @Test
    void circledFootnoteDigitsAreRemovedBeforeTheyCanBecomeDigits() {
        assertThat(TextNormaliser.normalise("综合能源消耗密度③").text()).isEqualTo("综合能源消耗密度");
        assertThat(TextNormaliser.normalise("环境绩效⑫ 水资源⑳ ❶").text()).isEqualTo("环境绩效水资源");
        assertThat(new FigureFinder().find("用水量③12吨")).singleElement()
                .satisfies(m -> assertThat(m.value()).isEqualByComparingTo("12"));
    }

    @Test
    void kangxiRadicalsBecomeOrdinaryIdeographs() {
        assertThat(TextNormaliser.normalise("10,775⼩时 717⼈ 第⼀份 ⼆零⼆三年 ⼗ ⽅").text())
                .isEqualTo("10,775小时717人第一份二零二三年十方");
        for (char c = '\u2F00'; c <= '\u2FD5'; c++) {
            String mapped = TextNormaliser.normalise(String.valueOf(c)).text();
            assertThat(Chars.isHan(mapped.charAt(0))).as("U+%04X", (int) c).isTrue();
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"⻛,风", "⻋,车", "⺠,民", "⻓,长", "⻔,门", "⻅,见", "⻰,龙", "⻄,西", "⻆,角", "⻝,食", "⻢,马", "⻘,青",
        "⻥,鱼", "⺟,母", "⻳,龟"})
    void cjkRadicalsSupplementUsesTheExplicitTableWhereNfkcMapsNothing(String radical, String ideograph) {
        assertThat(TextNormaliser.normalise(radical).text()).isEqualTo(ideograph);
    }

    @Test
    void threeCorruptedGlyphsAreMappedByHand() {
        assertThat(TextNormaliser.normalise("数ᰁ ᯿要 视ᰀ").text()).isEqualTo("数量重要视野");
    }

    @Test
    void fullWidthDigitsAndSignsBecomeAsciiButTheFullWidthCommaStays() {
        assertThat(TextNormaliser.normalise("１０，７４５＋１２％（３）").text()).isEqualTo("10，745+12%(3)");
        assertThat(new FigureFinder().find("分别为15，20家")).extracting(FigureMention::raw).containsExactly("15", "20家");
    }

    @ParameterizedTest(name = "«{0}» → «{1}»")
    @CsvSource(delimiter = '|', textBlock = """
            47.1 亿元               | 47.1亿元
            3,633 场                | 3,633场
            2024 年 12 月 8 日       | 2024年12月8日
            评 估 等 7 个 职 能       | 评估等7个职能
            726.70 5.70 0.008       | 726.70 5.70 0.008
            GRI 305-1               | GRI 305-1
            28 亿 kWh               | 28亿kWh
            近 3 GW                 | 近3 GW
            99%+ 100%               | 99%+ 100%
            """)
    void spacesNextToCjkAreLayoutAndGoButSpacesBetweenLatinOrDigitsStay(String text, String normalised) {
        assertThat(TextNormaliser.normalise(text).text()).isEqualTo(normalised);
    }

    @Test
    void hardLineBreaksInsideAFigureAreReflowed() {
        assertThat(TextNormaliser.normalise("超过 378\n\n亿元").text()).isEqualTo("超过378亿元");
        assertThat(TextNormaliser.normalise("726.70\n5.70").text()).isEqualTo("726.70 5.70");
    }

    @Test
    void superscriptTwoAndThreeAfterMAreUnitsOtherSuperscriptsAreFootnotes() {
        assertThat(TextNormaliser.normalise("2,860m² 权益¹").text()).isEqualTo("2,860m2权益");
    }

    @Test
    void privateUseCharactersInTheTextAreKeptAsTheyAre() {
        // found by fuzzing (FiguresFuzzTest): U+E000–U+E002 were the normaliser's own marks and U+E002 threw
        String original = "水\uE0002\uE001,58\uE002吨";

        assertThat(TextNormaliser.normalise(original).text()).isEqualTo(original);
        assertThat(new FigureFinder().find(original)).allSatisfy(m ->
                assertThat(m.raw()).isEqualTo(original.substring(m.start(), m.end())));
    }
}
