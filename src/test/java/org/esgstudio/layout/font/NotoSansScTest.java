package org.esgstudio.layout.font;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the layout relies on in Noto Sans SC (the Chinese body font), read from the shipped file. Several facts here
 * are properties of the font that the layout must respect, e.g. that it has no subscript ₂ and that its em dash is
 * narrower than an em.
 */
class NotoSansScTest {
    private static final double SIZE = 10.5;
    private static TrueTypeFont font;
    private static TrueTypeMetrics metrics;

    @BeforeAll
    static void parseTheFontOnce() {
        font = TestFonts.parse(TestFonts.SANS_REGULAR);
        metrics = new TrueTypeMetrics(font, StandardFaces.SANS_REGULAR);
    }

    @Test
    void isAThousandUnitsToTheEmAndNamedNotoSansSc() {
        assertThat(font.unitsPerEm()).isEqualTo(1000);
        assertThat(font.familyName()).contains("Noto Sans SC");
        assertThat(font.fullName()).isEqualTo("Noto Sans SC Regular");
        assertThat(font.numGlyphs()).isEqualTo(30898);
    }

    @ParameterizedTest(name = "has a glyph for {0}")
    @ValueSource(strings = {"中", "文", "，", "。", "（", "）", "《", "》", "“", "”", "—", "％", "A", "z", "0", "9", "、",
        "：", "；", "！", "？", "·", "…", "℃", "‰", "²", "³", "　"})
    void hasGlyphsForChineseTextPunctuationAndLatin(String character) {
        int codePoint = character.codePointAt(0);

        assertThat(font.glyphId(codePoint)).isNotZero();
        assertThat(metrics.hasGlyph(codePoint)).isTrue();
    }

    @Test
    void lacksSubscriptDigitsSoTheLayoutMustSubstituteCo2sSubscriptTwo() {
        assertThat(metrics.hasGlyph(0x2082)).as("₂ SUBSCRIPT TWO").isFalse();
        assertThat(IntStream.rangeClosed(0x2080, 0x2089).filter(metrics::hasGlyph)).as("₀ to ₉").isEmpty();
    }

    @Test
    void hasSuperscriptTwoAndThreeAsProportionalRaisedDigits() {
        assertThat(font.advanceWidth(font.glyphId('²'))).isEqualTo(411);
        assertThat(font.bounds(font.glyphId('²')).orElseThrow().yMin()).as("ink starts well above the baseline")
                .isEqualTo(441);
        assertThat(metrics.hasGlyph('³')).isTrue();
        assertThat(metrics.hasGlyph('¹')).isTrue();
    }

    @Test
    void ideographsAndFullWidthPunctuationAreOneEmWide() {
        assertThat(font.advanceWidth(font.glyphId('中'))).isEqualTo(1000);
        assertThat(font.advanceWidth(font.glyphId('，'))).isEqualTo(1000);
        assertThat(metrics.advance('中', SIZE)).isEqualTo(SIZE);
        assertThat(metrics.advance('，', SIZE)).isEqualTo(SIZE);
        assertThat(metrics.advance('。', SIZE)).isEqualTo(SIZE);
    }

    @ParameterizedTest(name = "{0}: ink in the left half of the em")
    @ValueSource(strings = {"，", "。", "、", "）", "》", "”", "’", "：", "；", "！", "？"})
    void closingPunctuationSitsInTheLeftHalf(String character) {
        int codePoint = character.codePointAt(0);
        GlyphBounds ink = font.bounds(font.glyphId(codePoint)).orElseThrow();

        assertThat(ink.xMax()).isLessThanOrEqualTo(500);
        assertThat(metrics.rightBearing(codePoint)).isGreaterThan(0.4);
    }

    @ParameterizedTest(name = "{0}: ink in the right half of the em")
    @ValueSource(strings = {"（", "《", "“", "‘"})
    void openingPunctuationSitsInTheRightHalf(String character) {
        int codePoint = character.codePointAt(0);
        GlyphBounds ink = font.bounds(font.glyphId(codePoint)).orElseThrow();

        assertThat(ink.xMin()).isGreaterThanOrEqualTo(500);
        assertThat(metrics.leftBearing(codePoint)).isGreaterThan(0.4);
    }

    @Test
    void bearingsAreTheBlankOnEachSideOfTheInkAsFractionsOfTheEm() {
        assertThat(metrics.leftBearing('，')).isEqualTo(0.135);
        assertThat(metrics.rightBearing('，')).isEqualTo(0.670);
        assertThat(metrics.leftBearing('（')).isEqualTo(0.695);
        assertThat(metrics.rightBearing('（')).isEqualTo(0.046, within(1e-12));
        assertThat(metrics.leftBearing('）')).isEqualTo(0.046);
        assertThat(metrics.rightBearing('）')).isEqualTo(0.695, within(1e-12));
    }

    @Test
    void middleDotIsFullWidthAndCentred() {
        GlyphBounds ink = font.bounds(font.glyphId('·')).orElseThrow();

        assertThat(font.advanceWidth(font.glyphId('·'))).isEqualTo(1000);
        assertThat(ink.xMin() + ink.xMax()).isEqualTo(1000);
    }

    @Test
    void emDashIsNarrowerThanAnEmButTheTwoEmDashExists() {
        // Chinese "——" set from two U+2014 is 1.788 em here, not 2 em; U+2E3A is one glyph of 1.676 em.
        assertThat(font.advanceWidth(font.glyphId('—'))).isEqualTo(894);
        assertThat(font.advanceWidth(font.glyphId(0x2E3A))).isEqualTo(1676);
    }

    @Test
    void spacesHaveAdvanceButNoInkAndNoBearings() {
        assertThat(font.bounds(font.glyphId('　'))).isEmpty();
        assertThat(font.bounds(font.glyphId(' '))).isEmpty();
        assertThat(metrics.advance('　', 10)).isEqualTo(10);
        assertThat(metrics.leftBearing('　')).isZero();
        assertThat(metrics.rightBearing('　')).isZero();
    }

    @Test
    void digitsAreTabularButLatinLettersAreProportional() {
        assertThat(IntStream.rangeClosed('0', '9').map(d -> font.advanceWidth(font.glyphId(d))).distinct())
                .containsExactly(555);
        assertThat(metrics.advance('i', 10)).isLessThan(metrics.advance('M', 10));
    }

    @Test
    void lineMetricsComeFromTheTypoValuesWhichSpanExactlyOneEm() {
        assertThat(font.typoMetrics()).contains(new TrueTypeFont.VerticalMetrics(880, -120, 0));
        assertThat(font.hheaMetrics()).isEqualTo(new TrueTypeFont.VerticalMetrics(1160, -288, 0));
        assertThat(font.ascender()).isEqualTo(1160);
        assertThat(font.descender()).isEqualTo(-288);

        assertThat(metrics.ascent(10)).isEqualTo(8.8);
        assertThat(metrics.descent(10)).isEqualTo(1.2);
        assertThat(metrics.ascent(SIZE) + metrics.descent(SIZE)).isEqualTo(SIZE, within(1e-9));
    }

    @Test
    void capitalAndLowercaseHeightsComeFromOs2() {
        assertThat(font.capHeight()).isEqualTo(733).isEqualTo(font.bounds(font.glyphId('H')).orElseThrow().yMax());
        assertThat(font.xHeight()).isEqualTo(543);
        assertThat(metrics.capHeight(10)).isEqualTo(7.33);
    }

    @Test
    void missingCharactersMeasureAsTheNotdefBoxWithoutBearings() {
        int missing = 0x2082;

        assertThat(font.glyphId(missing)).isZero();
        assertThat(metrics.advance(missing, 10)).isEqualTo(10);
        assertThat(metrics.leftBearing(missing)).isZero();
        assertThat(metrics.rightBearing(missing)).isZero();
    }

    @Test
    void widthOfMixedTextIsTheSumOfAdvances() {
        // 中 文 1000 each, A 608, 2 555, ₂ missing: .notdef 1000
        assertThat(metrics.width("中文A2", 10)).isEqualTo(10 + 10 + 6.08 + 5.55, within(1e-9));
        assertThat(metrics.width("CO₂", 10)).isEqualTo(metrics.width("CO", 10) + 10, within(1e-9));
    }

    @Test
    void boldHasTheSameEmBoxAndFullWidthPunctuation() {
        TrueTypeFont bold = TestFonts.parse(TestFonts.SANS_BOLD);

        assertThat(bold.familyName()).isEqualTo("Noto Sans SC");
        assertThat(bold.fullName()).isEqualTo("Noto Sans SC Bold");
        assertThat(bold.typoMetrics()).isEqualTo(font.typoMetrics());
        assertThat(bold.advanceWidth(bold.glyphId('，'))).isEqualTo(1000);
        assertThat(bold.glyphId(0x2082)).isZero();
        assertThat(bold.advanceWidth(bold.glyphId('M'))).isGreaterThan(font.advanceWidth(font.glyphId('M')));
    }
}
