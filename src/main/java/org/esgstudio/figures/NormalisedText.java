package org.esgstudio.figures;

/**
 * Text after {@link TextNormaliser}, with the way back: every normalised character knows the span of the original
 * text it came from, so mentions found in the normalised text report offsets into the text as given.
 */
final class NormalisedText {
    private final String original;
    private final String text;
    private final int[] from;
    private final int[] to;

    NormalisedText(String original, String text, int[] from, int[] to) {
        this.original = original;
        this.text = text;
        this.from = from;
        this.to = to;
    }

    String original() {
        return original;
    }

    String text() {
        return text;
    }

    /** Offset in the original text of normalised character {@code i}. */
    int originalStart(int i) {
        return i < text.length() ? from[i] : original.length();
    }

    /** Offset in the original text just after normalised characters ending (exclusively) at {@code end}. */
    int originalEnd(int end) {
        return end == 0 ? 0 : to[end - 1];
    }
}
