package org.esgstudio.layout.font;

/**
 * A named slice of a font file (the whole file, a table, a cmap subtable) read big-endian with every read checked
 * against the slice's end, so that a damaged file gives a {@link FontFormatException} naming the place, never an
 * {@link ArrayIndexOutOfBoundsException}.
 */
final class FontBytes {
    private final byte[] data;
    private final int start;
    private final int length;
    private final String name;

    FontBytes(byte[] data, int start, int length, String name) {
        if (start < 0 || length < 0 || (long) start + length > data.length) {
            throw new FontFormatException(name + " (" + length + " bytes at offset " + start
                    + ") extends beyond the end of the file (" + data.length + " bytes): the file is truncated or damaged");
        }
        this.data = data;
        this.start = start;
        this.length = length;
        this.name = name;
    }

    static FontBytes whole(byte[] data) {
        return new FontBytes(data, 0, data.length, "the font file");
    }

    byte[] data() {
        return data;
    }

    /** Offset of this slice in the file. */
    int start() {
        return start;
    }

    int length() {
        return length;
    }

    String name() {
        return name;
    }

    /** A part of this slice, checked to lie within it. */
    FontBytes slice(long offset, long sliceLength, String sliceName) {
        if (offset < 0 || sliceLength < 0 || offset + sliceLength > length) {
            throw new FontFormatException(sliceName + " (" + sliceLength + " bytes at offset " + offset + " in "
                    + name + ") extends beyond the end of " + name + " (" + length + " bytes)");
        }
        return new FontBytes(data, start + (int) offset, (int) sliceLength, sliceName);
    }

    /** Throws unless {@code count} bytes from {@code offset} lie within this slice. */
    void require(long offset, long count, String what) {
        if (offset < 0 || count < 0 || offset + count > length) {
            throw new FontFormatException(name + " is truncated: " + what + " needs bytes " + offset + " to "
                    + (offset + count) + " but it has only " + length + " bytes");
        }
    }

    int u8(int offset) {
        require(offset, 1, "a byte");
        return data[start + offset] & 0xFF;
    }

    int u16(int offset) {
        require(offset, 2, "a 16-bit value");
        int p = start + offset;
        return (data[p] & 0xFF) << 8 | data[p + 1] & 0xFF;
    }

    int s16(int offset) {
        return (short) u16(offset);
    }

    /** An unsigned 32-bit value, as a long. */
    long u32(int offset) {
        require(offset, 4, "a 32-bit value");
        return s32unchecked(data, start + offset) & 0xFFFF_FFFFL;
    }

    int s32(int offset) {
        require(offset, 4, "a 32-bit value");
        return s32unchecked(data, start + offset);
    }

    String tag(int offset) {
        require(offset, 4, "a tag");
        char[] chars = new char[4];
        for (int i = 0; i < 4; i++) {
            chars[i] = (char) (data[start + offset + i] & 0xFF);
        }
        return new String(chars);
    }

    // Unchecked reads at absolute file offsets, for the hot paths over ranges validated when the font was parsed.

    static int u16unchecked(byte[] data, int p) {
        return (data[p] & 0xFF) << 8 | data[p + 1] & 0xFF;
    }

    static int s32unchecked(byte[] data, int p) {
        return (data[p] & 0xFF) << 24 | (data[p + 1] & 0xFF) << 16 | (data[p + 2] & 0xFF) << 8 | data[p + 3] & 0xFF;
    }
}
