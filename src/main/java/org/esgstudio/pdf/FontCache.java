package org.esgstudio.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.layout.font.FontFace;

/**
 * OpenPDF fonts made from the same TrueType files the layout measured, embedded as subsets with Identity-H; parsed
 * once per JVM (a document's subset is tracked by its writer, so sharing a BaseFont across documents is safe).
 */
final class FontCache {
    private static final Map<String, BaseFont> FONTS = new ConcurrentHashMap<>();

    /**
     * Full-width punctuation whose blank half the line breaker may compress. In the narrow variant of a font these are
     * half an em wide, so compressed punctuation is written without glyph boxes overlapping (text extraction such as
     * pdftotext would otherwise split the line there); the ink is drawn exactly where it was.
     */
    static final String COMPRESSIBLE = "，。、；：？！）」』》】〕〉”’（「『《【〔〈“‘";
    private static final Map<String, BaseFont> NARROW = new ConcurrentHashMap<>();

    private FontCache() {
    }

    /** The font with compressible punctuation half an em wide (a separate embedded subset). */
    static BaseFont narrow(FontFace face, Function<FontFace, byte[]> bytes) {
        return NARROW.computeIfAbsent(face.key(), key -> {
            try {
                BaseFont font = BaseFont.createFont(key + "-narrow.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                        bytes.apply(face), null);
                font.setSubset(true);
                for (int i = 0; i < COMPRESSIBLE.length(); i++) {
                    char c = COMPRESSIBLE.charAt(i);
                    int width = font.getWidth(c);
                    if (width >= 900) {
                        font.setCharAdvance(c, width / 2);
                    }
                }
                return font;
            } catch (Exception e) {
                throw new UserFacingException(e, "font.unreadable", face.resource(), e.getMessage());
            }
        });
    }

    static BaseFont of(FontFace face, Function<FontFace, byte[]> bytes) {
        return FONTS.computeIfAbsent(face.key(), key -> {
            try {
                BaseFont font = BaseFont.createFont(key + ".ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                        bytes.apply(face), null);
                font.setSubset(true);
                return font;
            } catch (Exception e) {
                throw new UserFacingException(e, "font.unreadable", face.resource(), e.getMessage());
            }
        });
    }
}
