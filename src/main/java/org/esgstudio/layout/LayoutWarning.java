package org.esgstudio.layout;

import java.util.Arrays;

/**
 * Something the layout had to work around and the user should know (a glyph substituted or missing, an image that
 * could not be read, English missing in an English edition …): where, and a message key with arguments.
 */
public record LayoutWarning(Kind kind, String where, String key, Object... args) {
    /** What kind of trouble; MISSING_TRANSLATION makes a strict export refuse. */
    public enum Kind {
        GLYPH, IMAGE, MISSING_TRANSLATION, OVERFLOW, DATA
    }

    public LayoutWarning {
        args = args.clone();
    }

    @Override
    public String toString() {
        return kind + " " + where + ": " + key + " " + Arrays.toString(args);
    }
}
