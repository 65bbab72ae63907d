package org.esgstudio.layout.font;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/**
 * The two cmap formats decoded from small hand-made subtables, for the cases the shipped fonts do not exercise:
 * deltas on indexed segments, 16-bit wrap-around, glyph ids beyond numGlyphs, a group straddling the BMP's end.
 */
class CharacterMapFormatsTest {
    private static final int NUM_GLYPHS = 200;

    @Test
    void format4AppliesDeltasToBothDirectAndIndexedSegments() {
        CharacterMap map = CharacterMap.format4(subtable(format4()), NUM_GLYPHS);

        assertThat(map.glyphId('A')).isEqualTo(198);
        assertThat(map.glyphId('B')).isEqualTo(199);
        assertThat(map.glyphId('C')).as("glyph 200 is beyond numGlyphs").isZero();
        assertThat(map.glyphId(0x4E00)).as("indexed 5 + delta 100").isEqualTo(105);
        assertThat(map.glyphId(0x4E01)).as("indexed 0 stays unmapped").isZero();
        assertThat(map.glyphId(0x4E02)).isEqualTo(107);
        assertThat(map.glyphId(0xFFF0)).as("cp + delta wraps modulo 65536").isEqualTo(3);
        assertThat(map.glyphId(0xFFFF)).isZero();
        assertThat(map.codePoints().toArray()).containsExactly('A', 'B', 0x4E00, 0x4E02, 0xFFF0);
    }

    @Test
    void format12MapsGroupsOnBothSidesOfTheBmpBoundary() {
        CharacterMap map = CharacterMap.format12(subtable(format12(
                0x41, 0x43, 10,
                0xFFFE, 0x10001, 50,
                0x20000, 0x20002, 198,
                0x10FFFF, 0x10FFFF, 5)), NUM_GLYPHS);

        assertThat(map.glyphId('A')).isEqualTo(10);
        assertThat(map.glyphId('C')).isEqualTo(12);
        assertThat(map.glyphId(0xFFFE)).isEqualTo(50);
        assertThat(map.glyphId(0xFFFF)).isEqualTo(51);
        assertThat(map.glyphId(0x10000)).isEqualTo(52);
        assertThat(map.glyphId(0x10001)).isEqualTo(53);
        assertThat(map.glyphId(0x10002)).isZero();
        assertThat(map.glyphId(0x20001)).isEqualTo(199);
        assertThat(map.glyphId(0x20002)).as("glyph 200 is beyond numGlyphs").isZero();
        assertThat(map.glyphId(0x10FFFF)).isEqualTo(5);
        assertThat(map.codePoints().toArray()).containsExactly('A', 'B', 'C', 0xFFFE, 0xFFFF, 0x10000, 0x10001,
                0x20000, 0x20001, 0x10FFFF);
    }

    @Test
    void format12GroupsOutOfOrderOrBackwardsAreRejected() {
        assertThatThrownBy(() -> CharacterMap.format12(subtable(format12(0x50, 0x60, 1, 0x41, 0x43, 1)), NUM_GLYPHS))
                .isExactlyInstanceOf(FontFormatException.class).hasMessageContaining("ascending order");
        assertThatThrownBy(() -> CharacterMap.format12(subtable(format12(0x60, 0x50, 1)), NUM_GLYPHS))
                .isExactlyInstanceOf(FontFormatException.class).hasMessageContaining("U+0060 to U+0050");
        assertThatThrownBy(() -> CharacterMap.format12(subtable(format12(0x41, 0x110000, 1)), NUM_GLYPHS))
                .isExactlyInstanceOf(FontFormatException.class).hasMessageContaining("not a range of code points");
    }

    @Test
    void format12WithMoreGroupsThanBytesIsTruncated() {
        byte[] table = format12(0x41, 0x43, 10);
        table[15] = 2; // claims two groups

        assertThatThrownBy(() -> CharacterMap.format12(subtable(table), NUM_GLYPHS))
                .isExactlyInstanceOf(FontFormatException.class)
                .hasMessage("test subtable is truncated: the 2 groups of the format 12 subtable needs bytes 16 to 40"
                        + " but it has only 28 bytes");
    }

    private static FontBytes subtable(byte[] bytes) {
        return new FontBytes(bytes, 0, bytes.length, "test subtable");
    }

    /** Segments: A–C by delta; U+4E00–4E02 indexed [5, 0, 7] with delta 100; U+FFF0 by a wrapping delta; U+FFFF. */
    private static byte[] format4() {
        int[] ends = {0x43, 0x4E02, 0xFFF0, 0xFFFF};
        int[] starts = {0x41, 0x4E00, 0xFFF0, 0xFFFF};
        int[] deltas = {198 - 0x41, 100, (3 - 0xFFF0) & 0xFFFF, 1};
        int segCount = ends.length;
        // idRangeOffset of segment 1 points from its own slot to glyphIdArray[0], which follows the last slot
        int[] rangeOffsets = {0, 2 * (segCount - 1), 0, 0};
        int[] glyphIds = {5, 0, 7};
        return write(out -> {
            out.writeShort(4);
            out.writeShort(16 + 8 * segCount + 2 * glyphIds.length);
            out.writeShort(0);
            out.writeShort(2 * segCount);
            out.writeShort(0); // search hints, unused
            out.writeShort(0);
            out.writeShort(0);
            for (int end : ends) {
                out.writeShort(end);
            }
            out.writeShort(0);
            for (int value : starts) {
                out.writeShort(value);
            }
            for (int value : deltas) {
                out.writeShort(value);
            }
            for (int value : rangeOffsets) {
                out.writeShort(value);
            }
            for (int value : glyphIds) {
                out.writeShort(value);
            }
        });
    }

    /** Groups as (first, last, startGlyph) triples. */
    private static byte[] format12(int... groups) {
        return write(out -> {
            out.writeShort(12);
            out.writeShort(0);
            out.writeInt(16 + 4 * groups.length);
            out.writeInt(0);
            out.writeInt(groups.length / 3);
            for (int value : groups) {
                out.writeInt(value);
            }
        });
    }

    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    private static byte[] write(Writer writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
