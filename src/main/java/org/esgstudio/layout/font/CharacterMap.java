package org.esgstudio.layout.font;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * A font's Unicode character map, decoded once from a {@code cmap} subtable (format 4 or 12) into a dense table for
 * the Basic Multilingual Plane (one array read per lookup) and sorted ranges for the supplementary planes (a binary
 * search). Code points mapped to glyph ids the font does not have count as unmapped.
 */
final class CharacterMap {
    private static final int BMP_SIZE = 0x1_0000;
    private static final int MAX_CODE_POINT = 0x10_FFFF;

    private final int format;
    /** Glyph id of each BMP code point (glyph ids are 16-bit: a char holds one without sign trouble); 0 = unmapped. */
    private final char[] bmp;
    /** Supplementary ranges, ascending and disjoint: first and last code point, glyph id of the first. */
    private final int[] rangeFirst;
    private final int[] rangeLast;
    private final int[] rangeGlyph;
    private final int numGlyphs;

    private CharacterMap(int format, char[] bmp, int[] rangeFirst, int[] rangeLast, int[] rangeGlyph, int numGlyphs) {
        this.format = format;
        this.bmp = bmp;
        this.rangeFirst = rangeFirst;
        this.rangeLast = rangeLast;
        this.rangeGlyph = rangeGlyph;
        this.numGlyphs = numGlyphs;
    }

    /** The subtable format it was read from (4 or 12). */
    int format() {
        return format;
    }

    /** The glyph id of a code point, 0 (.notdef) when unmapped or not a code point. */
    int glyphId(int codePoint) {
        if (codePoint >>> 16 == 0) { // 0..0xFFFF; negative numbers fail this test
            return bmp[codePoint];
        }
        if (codePoint > MAX_CODE_POINT || rangeFirst.length == 0) {
            return 0;
        }
        int low = 0;
        int high = rangeFirst.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (rangeLast[mid] < codePoint) {
                low = mid + 1;
            } else if (rangeFirst[mid] > codePoint) {
                high = mid - 1;
            } else {
                int glyph = rangeGlyph[mid] + (codePoint - rangeFirst[mid]);
                return glyph < numGlyphs ? glyph : 0;
            }
        }
        return 0;
    }

    /** The mapped code points, ascending. */
    IntStream codePoints() {
        IntStream inBmp = IntStream.range(0, BMP_SIZE).filter(cp -> bmp[cp] != 0);
        IntStream supplementary = IntStream.range(0, rangeFirst.length)
                .flatMap(i -> IntStream.rangeClosed(rangeFirst[i], rangeLast[i]))
                .filter(cp -> glyphId(cp) != 0);
        return IntStream.concat(inBmp, supplementary);
    }

    /**
     * Reads a format 4 subtable (segment mapping to delta values, BMP only). {@code sub} runs from the subtable's
     * start to the end of the {@code cmap} table: the subtable's own 16-bit length field overflows in large fonts and
     * is not trusted.
     */
    static CharacterMap format4(FontBytes sub, int numGlyphs) {
        sub.require(0, 14, "the format 4 header");
        int segCountX2 = sub.u16(6);
        if (segCountX2 == 0 || segCountX2 % 2 != 0) {
            throw new FontFormatException(sub.name() + ": format 4 segCountX2 is " + segCountX2
                    + ", which is not a positive even number");
        }
        int segCount = segCountX2 / 2;
        int endsAt = 14;
        int startsAt = 16 + segCountX2;
        int deltasAt = 16 + 2 * segCountX2;
        int rangeOffsetsAt = 16 + 3 * segCountX2;
        sub.require(0, 16L + 4L * segCountX2, "the arrays of " + segCount + " segments");
        byte[] data = sub.data();
        char[] bmp = new char[BMP_SIZE];
        for (int i = 0; i < segCount; i++) {
            int end = sub.u16(endsAt + 2 * i);
            int start = sub.u16(startsAt + 2 * i);
            int delta = sub.u16(deltasAt + 2 * i);
            int rangeOffset = sub.u16(rangeOffsetsAt + 2 * i);
            if (start == 0xFFFF) {
                continue; // the obligatory last segment maps only the non-character U+FFFF
            }
            if (start > end) {
                throw new FontFormatException(sub.name() + ": format 4 segment " + i + " runs backwards, from "
                        + hex(start) + " to " + hex(end));
            }
            if (rangeOffset == 0) {
                for (int cp = start; cp <= end; cp++) {
                    int glyph = (cp + delta) & 0xFFFF;
                    if (glyph < numGlyphs) {
                        bmp[cp] = (char) glyph;
                    }
                }
            } else {
                int first = rangeOffsetsAt + 2 * i + rangeOffset; // idRangeOffset counts from its own position
                sub.require(first, 2L * (end - start + 1), "the glyph ids of format 4 segment " + i + " ("
                        + hex(start) + " to " + hex(end) + ")");
                int at = sub.start() + first;
                for (int cp = start; cp <= end; cp++, at += 2) {
                    int glyph = FontBytes.u16unchecked(data, at);
                    if (glyph != 0) {
                        glyph = (glyph + delta) & 0xFFFF;
                        if (glyph < numGlyphs) {
                            bmp[cp] = (char) glyph;
                        }
                    }
                }
            }
        }
        return new CharacterMap(4, bmp, new int[0], new int[0], new int[0], numGlyphs);
    }

    /** Reads a format 12 subtable (segmented coverage, all planes): groups of consecutive code points and glyphs. */
    static CharacterMap format12(FontBytes sub, int numGlyphs) {
        sub.require(0, 16, "the format 12 header");
        long groups = sub.u32(12);
        sub.require(16, groups * 12, "the " + groups + " groups of the format 12 subtable");
        int count = (int) groups;
        byte[] data = sub.data();
        char[] bmp = new char[BMP_SIZE];
        int[] first = new int[count];
        int[] last = new int[count];
        int[] glyphs = new int[count];
        int ranges = 0;
        long previousLast = -1;
        int at = sub.start() + 16;
        for (int i = 0; i < count; i++, at += 12) {
            long start = FontBytes.s32unchecked(data, at) & 0xFFFF_FFFFL;
            long end = FontBytes.s32unchecked(data, at + 4) & 0xFFFF_FFFFL;
            long startGlyph = FontBytes.s32unchecked(data, at + 8) & 0xFFFF_FFFFL;
            if (start > end || end > MAX_CODE_POINT) {
                throw new FontFormatException(sub.name() + ": format 12 group " + i + " maps " + hex(start) + " to "
                        + hex(end) + ", which is not a range of code points");
            }
            if (start <= previousLast) {
                throw new FontFormatException(sub.name() + ": format 12 group " + i + " (" + hex(start)
                        + ") overlaps or precedes the group before it; groups must be in ascending order");
            }
            previousLast = end;
            if (startGlyph >= numGlyphs) {
                continue; // glyphs the font does not have
            }
            for (long cp = start; cp <= Math.min(end, BMP_SIZE - 1); cp++) {
                long glyph = startGlyph + (cp - start);
                if (glyph >= numGlyphs) {
                    break;
                }
                bmp[(int) cp] = (char) glyph;
            }
            if (end >= BMP_SIZE) {
                long from = Math.max(start, BMP_SIZE);
                long glyph = startGlyph + (from - start);
                if (glyph < numGlyphs) {
                    first[ranges] = (int) from;
                    last[ranges] = (int) end;
                    glyphs[ranges] = (int) glyph;
                    ranges++;
                }
            }
        }
        return new CharacterMap(12, bmp, Arrays.copyOf(first, ranges), Arrays.copyOf(last, ranges),
                Arrays.copyOf(glyphs, ranges), numGlyphs);
    }

    private static String hex(long codePoint) {
        return String.format("U+%04X", codePoint);
    }
}
