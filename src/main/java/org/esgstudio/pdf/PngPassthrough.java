package org.esgstudio.pdf;

import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfString;
import java.io.ByteArrayOutputStream;
import java.util.Optional;

/**
 * Embeds a PNG's compressed data as it is (FlateDecode with the PNG predictors), without decoding and deflating it
 * again: for palette, grey and RGB images of 8 bits or fewer with no alpha, transparency or interlacing. OpenPDF
 * 2.0.5 otherwise re-encodes every PNG, which costs tens of milliseconds per picture.
 */
final class PngPassthrough {
    private PngPassthrough() {
    }

    static Optional<Image> image(byte[] png) {
        try {
            return Optional.ofNullable(parse(png));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    private static Image parse(byte[] png) {
        if (png.length < 33 || (png[0] & 0xFF) != 0x89 || png[1] != 'P' || png[2] != 'N' || png[3] != 'G') {
            return null;
        }
        int width = 0;
        int height = 0;
        int depth = 0;
        int colourType = -1;
        byte[] palette = null;
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        int at = 8;
        while (at + 8 <= png.length) {
            int length = int32(png, at);
            String type = new String(png, at + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            int body = at + 8;
            if (length < 0 || body + length > png.length) {
                return null;
            }
            switch (type) {
                case "IHDR" -> {
                    width = int32(png, body);
                    height = int32(png, body + 4);
                    depth = png[body + 8] & 0xFF;
                    colourType = png[body + 9] & 0xFF;
                    int interlace = png[body + 12] & 0xFF;
                    if (interlace != 0 || depth > 8 || !(colourType == 0 || colourType == 2 || colourType == 3)) {
                        return null;
                    }
                }
                case "PLTE" -> palette = java.util.Arrays.copyOfRange(png, body, body + length);
                case "tRNS" -> {
                    return null;
                }
                case "IDAT" -> data.write(png, body, length);
                case "IEND" -> at = png.length;
                default -> {
                    // Other ancillary chunks (gamma, text, time) do not change how the pixels are stored.
                }
            }
            at = body + length + 4;
        }
        if (width <= 0 || height <= 0 || data.size() == 0 || (colourType == 3 && palette == null)) {
            return null;
        }
        int colours = colourType == 2 ? 3 : 1;
        Image image = Image.getInstance(width, height, colours, depth, data.toByteArray());
        image.setDeflated(true);
        PdfDictionary additional = new PdfDictionary();
        PdfDictionary parameters = new PdfDictionary();
        parameters.put(PdfName.BITSPERCOMPONENT, new PdfNumber(depth));
        parameters.put(PdfName.PREDICTOR, new PdfNumber(15));
        parameters.put(PdfName.COLUMNS, new PdfNumber(width));
        parameters.put(PdfName.COLORS, new PdfNumber(colours));
        additional.put(PdfName.DECODEPARMS, parameters);
        if (colourType == 3) {
            PdfArray indexed = new PdfArray();
            indexed.add(PdfName.INDEXED);
            indexed.add(PdfName.DEVICERGB);
            indexed.add(new PdfNumber(palette.length / 3 - 1));
            indexed.add(new PdfString(palette));
            additional.put(PdfName.COLORSPACE, indexed);
        }
        image.setAdditional(additional);
        return image;
    }

    private static int int32(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }
}
