package org.esgstudio.layout.font;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Damaged or unsupported files give a FontFormatException saying what is wrong, never another exception. */
class MalformedFontTest {
    private static byte[] serif;

    @BeforeAll
    static void readTheFontOnce() {
        serif = TestFonts.bytes(TestFonts.SERIF_REGULAR);
    }

    @Test
    void emptyInputIsAnEmptyFile() {
        assertThatThrownBy(() -> TrueTypeFont.parse(new byte[0]))
                .isExactlyInstanceOf(FontFormatException.class).hasMessage("the font file is empty");
    }

    @Test
    void tenRandomBytesAreTooShortForAFontHeader() {
        byte[] noise = new byte[10];
        new Random(10).nextBytes(noise);

        assertThatThrownBy(() -> TrueTypeFont.parse(noise))
                .isExactlyInstanceOf(FontFormatException.class).hasMessageContaining("too few for an sfnt header");
    }

    @Test
    void aThousandRandomBytesAreNotATrueTypeFont() {
        byte[] noise = new byte[1000];
        new Random(1000).nextBytes(noise);

        assertThatThrownBy(() -> TrueTypeFont.parse(noise))
                .isExactlyInstanceOf(FontFormatException.class).hasMessageStartingWith("not a TrueType font");
    }

    @Test
    void aFontCutAtHalfItsLengthIsTruncatedInItsGlyphTable() {
        byte[] sansHalf = TestFonts.bytes(TestFonts.SANS_REGULAR);
        sansHalf = Arrays.copyOf(sansHalf, sansHalf.length / 2);
        byte[] serifHalf = Arrays.copyOf(serif, serif.length / 2);

        for (byte[] half : List.of(sansHalf, serifHalf)) {
            assertThatThrownBy(() -> TrueTypeFont.parse(half))
                    .isExactlyInstanceOf(FontFormatException.class)
                    .hasMessageContaining("table 'glyf'")
                    .hasMessageContaining("extends beyond the end of the file (" + half.length + " bytes)")
                    .hasMessageContaining("truncated");
        }
    }

    @Test
    void aFontCutAnywhereBeforeItsEndIsRejected() {
        for (int length = 0; length < serif.length - 4; length += serif.length / 97) {
            byte[] cut = Arrays.copyOf(serif, length);
            assertThatThrownBy(() -> TrueTypeFont.parse(cut)).as("cut at " + length)
                    .isExactlyInstanceOf(FontFormatException.class);
        }
    }

    @Test
    void aTableDirectoryEntryPointingBeyondTheEndIsReported() {
        byte[] font = serif.clone();
        int record = directoryRecord(font, "cmap");
        ByteBuffer.wrap(font).putInt(record + 8, font.length - 10);

        assertThatThrownBy(() -> TrueTypeFont.parse(font))
                .isExactlyInstanceOf(FontFormatException.class)
                .hasMessage("table 'cmap' (11108 bytes at offset " + (font.length - 10)
                        + ") extends beyond the end of the file (" + font.length
                        + " bytes): the file is truncated or damaged");
    }

    @Test
    void aTableDirectoryLongerThanTheFileIsTruncated() {
        byte[] header = Arrays.copyOf(serif, 12 + 16 * 3);

        assertThatThrownBy(() -> TrueTypeFont.parse(header))
                .isExactlyInstanceOf(FontFormatException.class)
                .hasMessageContaining("table directory of 16 tables needs 268 bytes").hasMessageContaining("truncated");
    }

    @Test
    void cffFlavouredOpenTypeIsNotSupported() {
        byte[] otto = serif.clone();
        ByteBuffer.wrap(otto).put(0, "OTTO".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> TrueTypeFont.parse(otto))
                .isExactlyInstanceOf(FontFormatException.class)
                .hasMessageStartingWith("no glyf table: CFF-flavoured OpenType fonts");
    }

    @Test
    void aTrueTypeHeaderOverCffOutlinesIsNotSupportedEither() {
        byte[] font = serif.clone();
        ByteBuffer.wrap(font).put(directoryRecord(font, "glyf"), "CFF ".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> TrueTypeFont.parse(font))
                .isExactlyInstanceOf(FontFormatException.class)
                .hasMessage("no glyf table: CFF-flavoured OpenType fonts are not supported");
    }

    @Test
    void collectionsAndWebFontsAreNamedAsSuch() {
        byte[] collection = serif.clone();
        ByteBuffer.wrap(collection).put(0, "ttcf".getBytes(StandardCharsets.US_ASCII));
        byte[] woff = serif.clone();
        ByteBuffer.wrap(woff).put(0, "wOF2".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> TrueTypeFont.parse(collection))
                .isExactlyInstanceOf(FontFormatException.class).hasMessageContaining("font collection (.ttc)");
        assertThatThrownBy(() -> TrueTypeFont.parse(woff))
                .isExactlyInstanceOf(FontFormatException.class).hasMessageContaining("WOFF");
    }

    @Test
    void aMissingRequiredTableIsNamed() {
        byte[] font = serif.clone();
        ByteBuffer.wrap(font).put(directoryRecord(font, "hmtx"), "hmtX".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> TrueTypeFont.parse(font))
                .isExactlyInstanceOf(FontFormatException.class)
                .hasMessage("no 'hmtx' table: not a complete TrueType font");
    }

    @Test
    void aWrongHeadMagicNumberIsReported() {
        byte[] font = serif.clone();
        ByteBuffer.wrap(font).putInt(tableOffset(font, "head") + 12, 0x12345678);

        assertThatThrownBy(() -> TrueTypeFont.parse(font))
                .isExactlyInstanceOf(FontFormatException.class).hasMessageContaining("magic number 0x12345678");
    }

    @Test
    void glyphLocationsBeyondTheGlyphTableAreReported() {
        byte[] font = serif.clone();
        int loca = tableOffset(font, "loca"); // long offsets in Noto Serif
        ByteBuffer.wrap(font).putInt(loca + 4 * 5, Integer.MAX_VALUE);

        assertThatThrownBy(() -> TrueTypeFont.parse(font))
                .isExactlyInstanceOf(FontFormatException.class).hasMessageStartingWith("loca gives glyph 4 the bytes");
    }

    @Test
    void aFontWithoutAUnicodeCharacterMapIsRejected() {
        byte[] font = serif.clone();
        int cmap = tableOffset(font, "cmap");
        ByteBuffer buffer = ByteBuffer.wrap(font);
        for (int i = 0; i < buffer.getShort(cmap + 2); i++) {
            buffer.putShort(cmap + 4 + 8 * i, (short) 7); // no such platform
        }

        assertThatThrownBy(() -> TrueTypeFont.parse(font))
                .isExactlyInstanceOf(FontFormatException.class).hasMessageStartingWith("no Unicode character map");
    }

    @Test
    void aFormat4SegmentPointingOutsideTheTableIsReported() {
        byte[] font = serif.clone();
        TrueTypeFont intact = TrueTypeFont.parse(serif);
        int cmap = tableOffset(font, "cmap");
        ByteBuffer buffer = ByteBuffer.wrap(font);
        int format4 = -1;
        for (int i = 0; i < buffer.getShort(cmap + 2); i++) {
            if (buffer.getShort(cmap + 4 + 8 * i) == 3 && buffer.getShort(cmap + 6 + 8 * i) == 1) {
                format4 = cmap + buffer.getInt(cmap + 8 + 8 * i);
            }
        }
        int segCountX2 = buffer.getShort(format4 + 6);
        buffer.putShort(format4 + 16 + 3 * segCountX2, (short) 0xFFF0); // idRangeOffset of segment 0

        assertThat(intact.characterMap(3, 1)).isPresent();
        assertThatThrownBy(() -> TrueTypeFont.parse(font).characterMap(3, 1))
                .isExactlyInstanceOf(FontFormatException.class)
                .hasMessageContaining("cmap format 4 subtable is truncated: the glyph ids of format 4 segment 0");
    }

    /** Random damage to the tables the reader uses: it either still reads, or says the file is bad. */
    @Test
    void randomDamageGivesAFontFormatExceptionOrAUsableFont() {
        String[] tags = {"head", "hhea", "maxp", "hmtx", "loca", "cmap", "name", "OS/2"};
        Random random = new Random(2024);
        List<String> failures = new ArrayList<>();
        int rejected = 0;
        for (int run = 0; run < 3000; run++) {
            byte[] font = serif.clone();
            int changes = 1 + random.nextInt(4);
            for (int c = 0; c < changes; c++) {
                int at;
                if (random.nextInt(5) == 0) {
                    at = random.nextInt(12 + 16 * 16); // the header and table directory
                } else {
                    int table = directoryRecord(font, tags[random.nextInt(tags.length)]);
                    ByteBuffer buffer = ByteBuffer.wrap(serif);
                    at = buffer.getInt(table + 8) + random.nextInt(buffer.getInt(table + 12));
                }
                font[at] = (byte) random.nextInt(256);
            }
            Throwable thrown = catchThrowable(() -> useEverything(TrueTypeFont.parse(font)));
            if (thrown instanceof FontFormatException) {
                rejected++;
            } else if (thrown != null) {
                failures.add("run " + run + ": " + thrown);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(rejected).as("some damage is found").isPositive();
    }

    private static void useEverything(TrueTypeFont font) {
        TrueTypeMetrics metrics = new TrueTypeMetrics(font, StandardFaces.SERIF_REGULAR);
        font.codePoints().forEach(cp -> {
            font.bounds(font.glyphId(cp));
            metrics.advance(cp, 10);
            metrics.leftBearing(cp);
            metrics.rightBearing(cp);
        });
        for (int glyph = 0; glyph < font.numGlyphs(); glyph++) {
            font.advanceWidth(glyph);
            font.bounds(glyph);
        }
        metrics.width("Hello, 中文 ₂ 😀", 10);
        font.familyName();
        font.fullName();
        font.capHeight();
    }

    /** Where a table's record sits in the directory (the damaged copies keep the intact font's layout). */
    private static int directoryRecord(byte[] font, String tag) {
        ByteBuffer buffer = ByteBuffer.wrap(serif);
        byte[] wanted = tag.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < buffer.getShort(4); i++) {
            int record = 12 + 16 * i;
            if (Arrays.equals(serif, record, record + 4, wanted, 0, 4)) {
                return record;
            }
        }
        throw new IllegalArgumentException("no table " + tag);
    }

    private static int tableOffset(byte[] font, String tag) {
        return ByteBuffer.wrap(font).getInt(directoryRecord(font, tag) + 8);
    }
}
