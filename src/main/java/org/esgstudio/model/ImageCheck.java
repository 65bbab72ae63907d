package org.esgstudio.model;

import java.util.Locale;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Whether the bytes of a picture are what the report can print: a complete PNG or JPEG, of the type its name promises,
 * of a size that can be decoded. It reads the file's structure, not its pixels: a PNG's chunks (each inside the file,
 * with a correct checksum, from IHDR to IEND), a JPEG's segments up to its end marker, and the pixel size from the
 * header — a picture of a few bytes can claim ten billion pixels, which a viewer would try to allocate. Problems are
 * message keys ({@code asset.*}, {@code guard.asset.*}) with their arguments, {@code where} being the name given.
 */
public final class ImageCheck {
    /** The longest side a picture may have, in pixels (a 300 dpi print of 2.5 m). */
    public static final int MAX_SIDE = 30_000;
    /** The most pixels a picture may have: 100 million (a 100-megapixel camera; 400 MB once decoded). */
    public static final long MAX_PIXELS = 100_000_000L;
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";

    private ImageCheck() {
    }

    /** The media type a file name promises (PNG, JPEG), or null. */
    public static String mediaTypeByName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".png")) {
            return PNG;
        }
        if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return JPEG;
        }
        return null;
    }

    /** The media type the bytes really have (by their magic bytes), or null when they are neither PNG nor JPEG. */
    public static String sniff(byte[] b) {
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D
                && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
            return PNG;
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return JPEG;
        }
        return null;
    }

    /** What is wrong with a picture file named {@code name}, or empty when it is a sound PNG or JPEG it says it is. */
    public static Optional<IntegrityProblem> problem(String name, byte[] bytes) {
        String promised = mediaTypeByName(name);
        if (promised == null) {
            return Optional.of(new IntegrityProblem(name, "asset.unsupported"));
        }
        if (bytes.length == 0) {
            return Optional.of(new IntegrityProblem(name, "guard.asset.empty"));
        }
        String actual = sniff(bytes);
        if (actual == null) {
            return Optional.of(new IntegrityProblem(name, "guard.asset.notAnImage", promised));
        }
        if (!actual.equals(promised)) {
            return Optional.of(new IntegrityProblem(name, "asset.liesAboutFormat", promised, actual));
        }
        return contentProblem(name, bytes);
    }

    /**
     * What is wrong with the content of a PNG or JPEG whatever its name: damaged, or too many pixels; empty when it is
     * sound. Bytes that are neither PNG nor JPEG are {@code asset.notAnImage}.
     */
    public static Optional<IntegrityProblem> contentProblem(String name, byte[] bytes) {
        String type = sniff(bytes);
        if (type == null) {
            return Optional.of(new IntegrityProblem(name, "guard.asset.notAnImage", "PNG/JPEG"));
        }
        long[] size = type.equals(PNG) ? pngSize(bytes) : jpegSize(bytes);
        if (size == null) {
            return Optional.of(new IntegrityProblem(name, "guard.asset.damaged"));
        }
        if (size[0] > MAX_SIDE || size[1] > MAX_SIDE || size[0] * size[1] > MAX_PIXELS) {
            return Optional.of(new IntegrityProblem(name, "guard.asset.tooManyPixels", size[0], size[1]));
        }
        return Optional.empty();
    }

    /** Width and height of a complete PNG (IHDR first, at least one IDAT, IEND, every chunk's CRC right), or null. */
    private static long[] pngSize(byte[] b) {
        int at = 8;
        long[] size = null;
        boolean data = false;
        CRC32 crc = new CRC32();
        while (true) {
            if (at + 12L > b.length) {
                return null;
            }
            long length = uint32(b, at);
            if (at + 12L + length > b.length) {
                return null;
            }
            String type = new String(b, at + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            crc.reset();
            crc.update(b, at + 4, 4 + (int) length);
            if (crc.getValue() != uint32(b, at + 8 + (int) length)) {
                return null;
            }
            if (size == null) {
                if (!type.equals("IHDR") || length != 13) {
                    return null;
                }
                size = new long[] {uint32(b, at + 8), uint32(b, at + 12)};
                if (size[0] == 0 || size[1] == 0) {
                    return null;
                }
            } else if (type.equals("IDAT")) {
                data = true;
            } else if (type.equals("IEND")) {
                return data ? size : null;
            }
            at += 12 + (int) length;
        }
    }

    /** Width and height of a complete JPEG (a frame header, then scans up to the end marker), or null. */
    private static long[] jpegSize(byte[] b) {
        int at = 2;
        long[] size = null;
        while (true) {
            while (at < b.length && (b[at] & 0xFF) == 0xFF && at + 1 < b.length && (b[at + 1] & 0xFF) == 0xFF) {
                at++;
            }
            if (at + 1 >= b.length || (b[at] & 0xFF) != 0xFF) {
                return null;
            }
            int marker = b[at + 1] & 0xFF;
            at += 2;
            if (marker == 0xD9) {
                return null;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                continue;
            }
            if (at + 2 > b.length) {
                return null;
            }
            int length = ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
            if (length < 2 || at + length > b.length) {
                return null;
            }
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                if (length < 7) {
                    return null;
                }
                long height = ((b[at + 3] & 0xFF) << 8) | (b[at + 4] & 0xFF);
                long width = ((b[at + 5] & 0xFF) << 8) | (b[at + 6] & 0xFF);
                if (width == 0 || height == 0) {
                    return null;
                }
                size = new long[] {width, height};
            }
            at += length;
            if (marker == 0xDA) {
                if (size == null) {
                    return null;
                }
                at = afterScan(b, at);
                if (at < 0) {
                    return null;
                }
                if ((b[at + 1] & 0xFF) == 0xD9) {
                    return size;
                }
            }
        }
    }

    /** The position of the marker that ends a scan's entropy-coded data, or -1 when the file ends first. */
    private static int afterScan(byte[] b, int at) {
        for (int i = at; i + 1 < b.length; i++) {
            if ((b[i] & 0xFF) != 0xFF) {
                continue;
            }
            int next = b[i + 1] & 0xFF;
            if (next == 0x00 || next == 0xFF || (next >= 0xD0 && next <= 0xD7)) {
                if (next != 0xFF) {
                    i++;
                }
                continue;
            }
            return i;
        }
        return -1;
    }

    private static long uint32(byte[] b, int at) {
        return ((long) (b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }
}
