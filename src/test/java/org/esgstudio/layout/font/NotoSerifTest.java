package org.esgstudio.layout.font;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Noto Serif, the Latin face of the English editions: Latin only, proportional, with sub- and superscripts. */
class NotoSerifTest {
    private static TrueTypeFont font;
    private static TrueTypeMetrics metrics;

    @BeforeAll
    static void parseTheFontOnce() {
        font = TestFonts.parse(TestFonts.SERIF_REGULAR);
        metrics = new TrueTypeMetrics(font, StandardFaces.SERIF_REGULAR);
    }

    @Test
    void isNotoSerifAtAThousandUnitsToTheEm() {
        assertThat(font.familyName()).isEqualTo("Noto Serif");
        assertThat(font.fullName()).isEqualTo("Noto Serif Regular");
        assertThat(font.unitsPerEm()).isEqualTo(1000);
    }

    @Test
    void hasEveryPrintableAsciiCharacter() {
        assertThat(IntStream.rangeClosed(0x21, 0x7E).filter(cp -> !metrics.hasGlyph(cp))).isEmpty();
    }

    @Test
    void lacksChineseCharactersAndFullWidthPunctuation() {
        assertThat(metrics.hasGlyph('中')).isFalse();
        assertThat(metrics.hasGlyph('，')).isFalse();
        assertThat(metrics.hasGlyph('（')).isFalse();
        assertThat(metrics.advance('中', 10)).as(".notdef is 600 units").isEqualTo(6);
    }

    @Test
    void lettersAreProportional() {
        assertThat(metrics.advance('i', 10)).isLessThan(metrics.advance('M', 10));
        assertThat(font.advanceWidth(font.glyphId('i'))).isEqualTo(320);
        assertThat(font.advanceWidth(font.glyphId('M'))).isEqualTo(938);
    }

    @Test
    void hasSubscriptTwoUnlikeNotoSansSc() {
        int subscriptTwo = 0x2082;
        GlyphBounds ink = font.bounds(font.glyphId(subscriptTwo)).orElseThrow();

        assertThat(metrics.hasGlyph(subscriptTwo)).isTrue();
        assertThat(ink.yMin()).as("below the baseline").isNegative();
        assertThat(metrics.hasGlyph('²')).isTrue();
    }

    @Test
    void typoAndHheaLineMetricsAgree() {
        assertThat(font.typoMetrics()).contains(font.hheaMetrics());
        assertThat(metrics.ascent(10)).isEqualTo(10.69);
        assertThat(metrics.descent(10)).isEqualTo(2.93);
        assertThat(font.capHeight()).isEqualTo(714);
    }

    @Test
    void curlyQuotesAreProportionalHere() {
        assertThat(font.advanceWidth(font.glyphId('“'))).isEqualTo(450);
        assertThat(font.advanceWidth(font.glyphId('’'))).isEqualTo(250);
    }

    @Test
    void italicIsTheSameFamilyWithItsOwnFullName() {
        TrueTypeFont italic = TestFonts.parse(TestFonts.SERIF_ITALIC);

        assertThat(italic.familyName()).isEqualTo("Noto Serif");
        assertThat(italic.fullName()).isEqualTo("Noto Serif Italic");
        assertThat(italic.glyphId('中')).isZero();
    }

    @Test
    void glyphsPastNumberOfHMetricsReuseTheLastAdvance() {
        byte[] bytes = TestFonts.bytes(TestFonts.SERIF_REGULAR);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int hhea = -1;
        for (int record = 12; hhea < 0; record += 16) {
            if (buffer.getInt(record) == 0x68686561) { // 'hhea'
                hhea = buffer.getInt(record + 8);
            }
        }
        buffer.putShort(hhea + 34, (short) 40); // numberOfHMetrics: only glyphs 0..39 have their own advance

        TrueTypeFont shortened = TrueTypeFont.parse(bytes);

        assertThat(shortened.advanceWidth(39)).isEqualTo(font.advanceWidth(39));
        assertThat(shortened.advanceWidth(40)).isEqualTo(font.advanceWidth(39));
        assertThat(shortened.advanceWidth(font.numGlyphs() - 1)).isEqualTo(font.advanceWidth(39));
        assertThat(font.advanceWidth(40)).isNotEqualTo(font.advanceWidth(39));
    }
}
