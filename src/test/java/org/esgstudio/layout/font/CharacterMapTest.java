package org.esgstudio.layout.font;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The character map against the fonts' own redundancy: both fonts carry a format 4 (BMP) and a format 12 (all
 * planes) subtable, decoded by separate code, which must agree on every BMP code point.
 */
class CharacterMapTest {
    private static TrueTypeFont sans;
    private static TrueTypeFont serif;

    @BeforeAll
    static void parseTheFontsOnce() {
        sans = TestFonts.parse(TestFonts.SANS_REGULAR);
        serif = TestFonts.parse(TestFonts.SERIF_REGULAR);
    }

    @Test
    void lookupsUseTheFullUnicodeFormat12Subtable() {
        assertThat(sans.characterMapFormat()).isEqualTo(12);
        assertThat(serif.characterMapFormat()).isEqualTo(12);
    }

    @Test
    void everyCodePointTheFormat4TableMapsRoundTripsToTheSameNonZeroGlyph() {
        for (TrueTypeFont font : List.of(sans, serif)) {
            CharacterMap bmp = font.characterMap(3, 1).orElseThrow();
            assertThat(bmp.format()).isEqualTo(4);
            List<String> disagreements = new ArrayList<>();
            for (int cp = 0; cp <= 0xFFFF; cp++) {
                if (bmp.glyphId(cp) != font.glyphId(cp)) {
                    disagreements.add(TestFonts.hex(cp) + ": " + bmp.glyphId(cp) + " vs " + font.glyphId(cp));
                }
            }
            assertThat(disagreements).as(font.fullName()).isEmpty();
            assertThat(bmp.codePoints().filter(cp -> font.glyphId(cp) == 0)).as(font.fullName()).isEmpty();
        }
        assertThat(sans.characterMap(3, 1).orElseThrow().codePoints().count()).isEqualTo(30890 - 445);
    }

    @Test
    void listedCodePointsAscendAndAllMapToGlyphs() {
        int[] codePoints = sans.codePoints().toArray();

        assertThat(codePoints).hasSize(30890).isSorted();
        assertThat(sans.codePoints().filter(cp -> sans.glyphId(cp) == 0)).isEmpty();
        assertThat(sans.codePoints().filter(cp -> cp > 0xFFFF).count()).isEqualTo(445);
    }

    @Test
    void supplementaryCodePointsAreMapped() {
        // Noto Sans SC maps a few CJK Extension B ideographs and the enclosed alphanumerics, but not U+20000.
        assertThat(sans.glyphId(0x20087)).as("𠂇").isEqualTo(30082);
        assertThat(sans.glyphId(0x20000)).as("𠀀").isZero();
        assertThat(sans.glyphId(0x1F100)).as("🄀").isEqualTo(29860);
        assertThat(sans.glyphId(0x1F10A)).as("🄊, same group").isEqualTo(29870);
        assertThat(sans.glyphId(0x1F10D)).as("between groups").isZero();
        assertThat(serif.glyphId(0x1DF00)).as("Latin Extended-G").isNotZero();
        assertThat(new TrueTypeMetrics(sans, StandardFaces.SANS_REGULAR).width("𠂇", 10)).isEqualTo(10);
    }

    @Test
    void numbersThatAreNotCodePointsMapToNotdef() {
        for (int notACodePoint : new int[] {-1, Integer.MIN_VALUE, 0x110000, Integer.MAX_VALUE, 0x10FFFF}) {
            assertThat(sans.glyphId(notACodePoint)).as(Integer.toHexString(notACodePoint)).isZero();
        }
        assertThat(sans.glyphId(0)).isZero();
    }
}
