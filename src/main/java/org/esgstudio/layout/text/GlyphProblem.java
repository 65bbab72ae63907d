package org.esgstudio.layout.text;

/**
 * A character no font of its style can show, and what was done: SUBSTITUTED (e.g. ₂ set as a lowered 2) or
 * MISSING (shown as a visible replacement and reported, never dropped silently).
 */
public record GlyphProblem(int codePoint, String context, Kind kind, String replacement) {
    /** What happened to the character. */
    public enum Kind {
        SUBSTITUTED, MISSING
    }

    public String character() {
        return new String(Character.toChars(codePoint));
    }
}
