package org.esgstudio.layout;

import java.util.Optional;

/** Pixel size of a PNG or JPEG from its header, without decoding it (no AWT in the layout). */
public record ImageSize(int width, int height) {

    public static Optional<ImageSize> of(byte[] bytes) {
        if (bytes.length >= 24 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G'
                && bytes[12] == 'I' && bytes[13] == 'H' && bytes[14] == 'D' && bytes[15] == 'R') {
            int w = int32(bytes, 16);
            int h = int32(bytes, 20);
            return w > 0 && h > 0 ? Optional.of(new ImageSize(w, h)) : Optional.empty();
        }
        if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8) {
            return jpeg(bytes);
        }
        return Optional.empty();
    }

    private static Optional<ImageSize> jpeg(byte[] bytes) {
        int i = 2;
        while (i + 9 < bytes.length) {
            if ((bytes[i] & 0xFF) != 0xFF) {
                return Optional.empty();
            }
            int marker = bytes[i + 1] & 0xFF;
            int length = ((bytes[i + 2] & 0xFF) << 8) | (bytes[i + 3] & 0xFF);
            boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (startOfFrame) {
                int h = ((bytes[i + 5] & 0xFF) << 8) | (bytes[i + 6] & 0xFF);
                int w = ((bytes[i + 7] & 0xFF) << 8) | (bytes[i + 8] & 0xFF);
                return w > 0 && h > 0 ? Optional.of(new ImageSize(w, h)) : Optional.empty();
            }
            if (length < 2) {
                return Optional.empty();
            }
            i += 2 + length;
        }
        return Optional.empty();
    }

    private static int int32(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }
}
