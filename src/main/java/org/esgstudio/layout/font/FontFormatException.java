package org.esgstudio.layout.font;

/**
 * A font file that cannot be read: not a TrueType font, truncated, inconsistent, or a kind this reader does not
 * support (CFF-flavoured OpenType, font collections). The message says what is wrong and where.
 */
public class FontFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public FontFormatException(String message) {
        super(message);
    }
}
