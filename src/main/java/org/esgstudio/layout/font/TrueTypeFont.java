package org.esgstudio.layout.font;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A TrueType font (an sfnt file with {@code glyf} outlines) read for measuring text: names, vertical metrics,
 * advance widths, the Unicode character map and each glyph's ink box. Outlines, hinting and OpenType layout tables
 * are not read.
 *
 * <p>Parsing reads the small tables, decodes the character map into lookup arrays and checks {@code loca} against
 * {@code glyf} once; advances and ink boxes are then read straight from the file's bytes on demand. Any damage
 * found gives a {@link FontFormatException}. A parsed font is immutable and safe to share between threads. The
 * array given to {@link #parse} is kept, not copied: it must not be changed afterwards.
 */
public final class TrueTypeFont {
    private static final int SFNT_TRUETYPE = 0x0001_0000;
    private static final int SFNT_TRUE = 0x7472_7565; // 'true', old Apple TrueType
    private static final int SFNT_OTTO = 0x4F54_544F; // 'OTTO', CFF outlines
    private static final int SFNT_COLLECTION = 0x7474_6366; // 'ttcf'
    private static final int SFNT_WOFF = 0x774F_4646; // 'wOFF'
    private static final int SFNT_WOFF2 = 0x774F_4632; // 'wOF2'
    private static final long HEAD_MAGIC = 0x5F0F_3CF5L;
    private static final int GLYPH_HEADER_SIZE = 10;

    /** Ascender, descender (negative below the baseline) and line gap, in font units. */
    public record VerticalMetrics(int ascender, int descender, int lineGap) {
    }

    private final byte[] data;
    private final String familyName;
    private final String fullName;
    private final int unitsPerEm;
    private final VerticalMetrics hhea;
    private final VerticalMetrics typo;
    private final int capHeight;
    private final int xHeight;
    private final int numGlyphs;
    private final int numberOfHMetrics;
    private final int hmtxStart;
    private final boolean longLoca;
    private final int locaStart;
    private final int glyfStart;
    private final CharacterMap characterMap;
    private final Map<String, FontBytes> tables;

    private TrueTypeFont(byte[] data) {
        this.data = data;
        FontBytes file = FontBytes.whole(data);
        tables = readTableDirectory(file);

        FontBytes head = table("head");
        head.require(0, 54, "the head table");
        if (head.u32(12) != HEAD_MAGIC) {
            throw new FontFormatException("the head table has the wrong magic number 0x"
                    + Long.toHexString(head.u32(12)).toUpperCase() + " (expected 0x5F0F3CF5): not a valid font");
        }
        unitsPerEm = head.u16(18);
        if (unitsPerEm < 16 || unitsPerEm > 16384) {
            throw new FontFormatException("head.unitsPerEm is " + unitsPerEm + ", outside the valid range 16 to 16384");
        }
        int indexToLocFormat = head.s16(50);
        if (indexToLocFormat != 0 && indexToLocFormat != 1) {
            throw new FontFormatException("head.indexToLocFormat is " + indexToLocFormat + " (must be 0 or 1)");
        }
        longLoca = indexToLocFormat == 1;

        FontBytes maxp = table("maxp");
        numGlyphs = maxp.u16(4);
        if (numGlyphs == 0) {
            throw new FontFormatException("maxp.numGlyphs is 0: a font needs at least the .notdef glyph");
        }

        FontBytes hheaTable = table("hhea");
        hheaTable.require(0, 36, "the hhea table");
        hhea = new VerticalMetrics(hheaTable.s16(4), hheaTable.s16(6), hheaTable.s16(8));
        int hMetrics = hheaTable.u16(34);
        if (hMetrics == 0) {
            throw new FontFormatException("hhea.numberOfHMetrics is 0: the font has no advance widths");
        }
        numberOfHMetrics = Math.min(hMetrics, numGlyphs);
        FontBytes hmtx = table("hmtx");
        hmtx.require(0, 4L * numberOfHMetrics, "the " + numberOfHMetrics + " horizontal metrics");
        hmtxStart = hmtx.start();

        FontBytes glyf = table("glyf");
        glyfStart = glyf.start();
        FontBytes loca = table("loca");
        locaStart = loca.start();
        checkGlyphLocations(loca, glyf.length());

        characterMap = readCharacterMap(table("cmap"), numGlyphs);

        FontBytes os2 = tables.get("OS/2");
        typo = os2 != null && os2.length() >= 74 ? new VerticalMetrics(os2.s16(68), os2.s16(70), os2.s16(72)) : null;
        boolean hasHeights = os2 != null && os2.length() >= 90 && os2.u16(0) >= 2;
        xHeight = hasHeights && os2.s16(86) > 0 ? os2.s16(86) : inkTop('x', unitsPerEm / 2);
        capHeight = hasHeights && os2.s16(88) > 0 ? os2.s16(88) : inkTop('H', unitsPerEm * 7 / 10);

        FontBytes name = tables.get("name");
        String family = name == null ? null : readName(name, 16);
        if (family == null) {
            family = name == null ? null : readName(name, 1);
        }
        familyName = family == null ? "" : family;
        String full = name == null ? null : readName(name, 4);
        fullName = full == null ? familyName : full;
    }

    /**
     * Reads a TrueType font file.
     *
     * @throws FontFormatException if the bytes are not a TrueType font this reader supports, or are damaged
     */
    public static TrueTypeFont parse(byte[] data) {
        Objects.requireNonNull(data, "data");
        return new TrueTypeFont(data);
    }

    private static Map<String, FontBytes> readTableDirectory(FontBytes file) {
        if (file.length() == 0) {
            throw new FontFormatException("the font file is empty");
        }
        if (file.length() < 12) {
            throw new FontFormatException("not a font file: " + file.length()
                    + " bytes are too few for an sfnt header (12 bytes)");
        }
        int version = file.s32(0);
        switch (version) {
            case SFNT_TRUETYPE, SFNT_TRUE -> {
            }
            case SFNT_OTTO -> throw new FontFormatException(
                    "no glyf table: CFF-flavoured OpenType fonts ('OTTO') are not supported, only TrueType outlines");
            case SFNT_COLLECTION -> throw new FontFormatException(
                    "a font collection (.ttc) is not supported: use a single TrueType font (.ttf)");
            case SFNT_WOFF, SFNT_WOFF2 -> throw new FontFormatException(
                    "a WOFF web font is not supported: use the TrueType font (.ttf) it was made from");
            default -> throw new FontFormatException(String.format(
                    "not a TrueType font: the file starts with %02X %02X %02X %02X, not with the sfnt version 00 01 00 00",
                    file.u8(0), file.u8(1), file.u8(2), file.u8(3)));
        }
        int numTables = file.u16(4);
        if (numTables == 0) {
            throw new FontFormatException("the font's table directory is empty");
        }
        if (12L + 16L * numTables > file.length()) {
            throw new FontFormatException("the table directory of " + numTables + " tables needs "
                    + (12 + 16 * numTables) + " bytes but the file has only " + file.length() + ": it is truncated");
        }
        Map<String, FontBytes> tables = new HashMap<>();
        for (int i = 0; i < numTables; i++) {
            int record = 12 + 16 * i;
            String tag = file.tag(record);
            long offset = file.u32(record + 8);
            long length = file.u32(record + 12);
            if (offset + length > file.length()) {
                throw new FontFormatException("table '" + tag + "' (" + length + " bytes at offset " + offset
                        + ") extends beyond the end of the file (" + file.length()
                        + " bytes): the file is truncated or damaged");
            }
            tables.putIfAbsent(tag, new FontBytes(file.data(), (int) offset, (int) length, "table '" + tag + "'"));
        }
        if (!tables.containsKey("glyf") && (tables.containsKey("CFF ") || tables.containsKey("CFF2"))) {
            throw new FontFormatException("no glyf table: CFF-flavoured OpenType fonts are not supported");
        }
        return tables;
    }

    private FontBytes table(String tag) {
        FontBytes table = tables.get(tag);
        if (table == null) {
            throw new FontFormatException("no '" + tag + "' table: not a complete TrueType font");
        }
        return table;
    }

    /** Checks once that every glyph's data lies in glyf, so that {@link #bounds} can read without checks. */
    private void checkGlyphLocations(FontBytes loca, int glyfLength) {
        int entrySize = longLoca ? 4 : 2;
        loca.require(0, (long) entrySize * (numGlyphs + 1), "the " + (numGlyphs + 1) + " glyph offsets");
        long previous = glyphOffset(0);
        for (int glyph = 0; glyph < numGlyphs; glyph++) {
            long next = glyphOffset(glyph + 1);
            if (previous < 0 || next < previous || next > glyfLength) {
                throw new FontFormatException("loca gives glyph " + glyph + " the bytes " + previous + " to " + next
                        + " of a glyf table of " + glyfLength + " bytes");
            }
            if (next > previous && next - previous < GLYPH_HEADER_SIZE) {
                throw new FontFormatException("glyph " + glyph + " has " + (next - previous)
                        + " bytes, too few for a glyph header (10 bytes)");
            }
            previous = next;
        }
    }

    /** Offset of a glyph's data in glyf (valid for 0..numGlyphs). */
    private long glyphOffset(int glyph) {
        return longLoca
                ? FontBytes.s32unchecked(data, locaStart + 4 * glyph) & 0xFFFF_FFFFL
                : 2L * FontBytes.u16unchecked(data, locaStart + 2 * glyph);
    }

    private static CharacterMap readCharacterMap(FontBytes cmap, int numGlyphs) {
        int count = cmap.u16(2);
        cmap.require(4, 8L * count, "the " + count + " cmap encoding records");
        long best = -1;
        int bestRank = 0;
        int bestFormat = 0;
        for (int i = 0; i < count; i++) {
            int platform = cmap.u16(4 + 8 * i);
            int encoding = cmap.u16(6 + 8 * i);
            long offset = cmap.u32(8 + 8 * i);
            if (offset + 2 > cmap.length()) {
                throw new FontFormatException("cmap subtable " + platform + "/" + encoding + " at offset " + offset
                        + " lies beyond the end of the cmap table (" + cmap.length() + " bytes)");
            }
            int format = cmap.u16((int) offset);
            int rank = rank(platform, encoding, format);
            if (rank > bestRank) {
                best = offset;
                bestRank = rank;
                bestFormat = format;
            }
        }
        if (best < 0) {
            throw new FontFormatException(
                    "no Unicode character map: the cmap table has no subtable of format 4 or 12 for Unicode");
        }
        return readSubtable(cmap, (int) best, bestFormat, numGlyphs);
    }

    private static CharacterMap readSubtable(FontBytes cmap, int offset, int format, int numGlyphs) {
        if (format == 12) {
            long length = cmap.u32(offset + 4);
            return CharacterMap.format12(cmap.slice(offset, length, "cmap format 12 subtable"), numGlyphs);
        }
        return CharacterMap.format4(cmap.slice(offset, cmap.length() - offset, "cmap format 4 subtable"), numGlyphs);
    }

    /** Preference of a cmap subtable: Windows full Unicode, Unicode full, Windows BMP, Unicode BMP; 0 = unusable. */
    private static int rank(int platform, int encoding, int format) {
        if (format == 12 && platform == 3 && encoding == 10) {
            return 4;
        }
        if (format == 12 && platform == 0 && (encoding == 4 || encoding == 6)) {
            return 3;
        }
        if (format == 4 && platform == 3 && encoding == 1) {
            return 2;
        }
        if (format == 4 && platform == 0 && encoding <= 3) {
            return 1;
        }
        return 0;
    }

    /** The character map of one cmap subtable, for comparing subtables in tests. */
    Optional<CharacterMap> characterMap(int platform, int encoding) {
        FontBytes cmap = table("cmap");
        int count = cmap.u16(2);
        for (int i = 0; i < count; i++) {
            if (cmap.u16(4 + 8 * i) == platform && cmap.u16(6 + 8 * i) == encoding) {
                int offset = (int) cmap.u32(8 + 8 * i);
                int format = cmap.u16(offset);
                if (format == 4 || format == 12) {
                    return Optional.of(readSubtable(cmap, offset, format, numGlyphs));
                }
            }
        }
        return Optional.empty();
    }

    /** The format (4 or 12) of the cmap subtable the font's lookups use. */
    int characterMapFormat() {
        return characterMap.format();
    }

    /** The text of a name, preferring Windows English, then any Windows language, then Unicode, then Mac Roman. */
    private static String readName(FontBytes name, int nameId) {
        int count = name.u16(2);
        int storage = name.u16(4);
        name.require(6, 12L * count, "the " + count + " name records");
        int bestRecord = -1;
        int bestRank = 0;
        for (int i = 0; i < count; i++) {
            int record = 6 + 12 * i;
            if (name.u16(record + 6) != nameId) {
                continue;
            }
            int platform = name.u16(record);
            int encoding = name.u16(record + 2);
            int language = name.u16(record + 4);
            int rank = 0;
            if (platform == 3 && (encoding == 1 || encoding == 10)) {
                rank = language == 0x0409 ? 4 : 3;
            } else if (platform == 0) {
                rank = 2;
            } else if (platform == 1 && encoding == 0) {
                rank = 1;
            }
            if (rank > bestRank) {
                bestRank = rank;
                bestRecord = record;
            }
        }
        if (bestRecord < 0) {
            return null;
        }
        int length = name.u16(bestRecord + 8);
        int offset = name.u16(bestRecord + 10);
        FontBytes text = name.slice((long) storage + offset, length, "name " + nameId);
        Charset charset = bestRank == 1 ? macRoman() : StandardCharsets.UTF_16BE;
        return new String(text.data(), text.start(), text.length(), charset).strip();
    }

    private static Charset macRoman() {
        return Charset.isSupported("x-MacRoman") ? Charset.forName("x-MacRoman") : StandardCharsets.ISO_8859_1;
    }

    /** The top of a letter's ink, or a fallback when the font lacks it. */
    private int inkTop(char letter, int fallback) {
        return bounds(glyphId(letter)).map(GlyphBounds::yMax).orElse(fallback);
    }

    /** The typographic family name (name 16, else name 1), e.g. "Noto Sans SC"; empty when the font has none. */
    public String familyName() {
        return familyName;
    }

    /** The full name (name 4), e.g. "Noto Sans SC Bold"; the family name when the font has none. */
    public String fullName() {
        return fullName;
    }

    public int unitsPerEm() {
        return unitsPerEm;
    }

    /** hhea.ascender, in font units. */
    public int ascender() {
        return hhea.ascender();
    }

    /** hhea.descender, in font units: negative, as in the font. */
    public int descender() {
        return hhea.descender();
    }

    /** hhea.lineGap, in font units. */
    public int lineGap() {
        return hhea.lineGap();
    }

    /** The hhea ascender, descender and line gap. */
    public VerticalMetrics hheaMetrics() {
        return hhea;
    }

    /** The OS/2 typographic ascender, descender and line gap, when the font has an OS/2 table with them. */
    public Optional<VerticalMetrics> typoMetrics() {
        return Optional.ofNullable(typo);
    }

    /** OS/2.sCapHeight (version 2 on); else the top of 'H', else 0.7 em. In font units. */
    public int capHeight() {
        return capHeight;
    }

    /** OS/2.sxHeight (version 2 on); else the top of 'x', else 0.5 em. In font units. */
    public int xHeight() {
        return xHeight;
    }

    public int numGlyphs() {
        return numGlyphs;
    }

    /** The glyph id the character map gives a code point; 0 (.notdef) when the font lacks it. */
    public int glyphId(int codePoint) {
        return characterMap.glyphId(codePoint);
    }

    /** The code points the font maps to a glyph, ascending. */
    public IntStream codePoints() {
        return characterMap.codePoints();
    }

    /** The advance width of a glyph, in font units (glyphs past numberOfHMetrics share the last advance). */
    public int advanceWidth(int glyphId) {
        checkGlyphId(glyphId);
        return FontBytes.u16unchecked(data, hmtxStart + 4 * Math.min(glyphId, numberOfHMetrics - 1));
    }

    /** The box around a glyph's ink, in font units; empty for a glyph without ink (a space). */
    public Optional<GlyphBounds> bounds(int glyphId) {
        checkGlyphId(glyphId);
        long start = glyphOffset(glyphId);
        if (glyphOffset(glyphId + 1) == start) {
            return Optional.empty();
        }
        int at = glyfStart + (int) start;
        if (FontBytes.u16unchecked(data, at) == 0) { // numberOfContours 0: no outline
            return Optional.empty();
        }
        return Optional.of(new GlyphBounds((short) FontBytes.u16unchecked(data, at + 2),
                (short) FontBytes.u16unchecked(data, at + 4), (short) FontBytes.u16unchecked(data, at + 6),
                (short) FontBytes.u16unchecked(data, at + 8)));
    }

    private void checkGlyphId(int glyphId) {
        if (glyphId < 0 || glyphId >= numGlyphs) {
            throw new IllegalArgumentException("glyph id " + glyphId + " is outside 0.." + (numGlyphs - 1)
                    + " of font " + fullName);
        }
    }

    @Override
    public String toString() {
        return "TrueTypeFont[" + fullName + ", " + numGlyphs + " glyphs]";
    }
}
