package org.esgstudio.ui.editor.text;

import org.esgstudio.model.Inline;

/**
 * An inline object of a prose area, one character long: a figure reference shown as its live value, or a footnote
 * reference shown as its marker. {@code label} is what it shows; the empty chip (no reference) is RichTextFX's
 * zero-length placeholder segment.
 */
record Chip(Inline reference, String label) {
    static final Chip EMPTY = new Chip(null, "");

    boolean isEmpty() {
        return reference == null;
    }

    boolean isFigure() {
        return reference instanceof Inline.FigureRef;
    }

    boolean isNote() {
        return reference instanceof Inline.FootnoteRef;
    }
}
