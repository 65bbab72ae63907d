package org.esgstudio.model;

import java.util.Objects;

/** A run of paragraph text: plain text, emphasis, a footnote reference or a figure reference. */
public sealed interface Inline permits Inline.Text, Inline.Emphasis, Inline.FootnoteRef, Inline.FigureRef {

    /** Plain text. */
    record Text(String text) implements Inline {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Emphasised text (set bold). */
    record Emphasis(String text) implements Inline {
        public Emphasis {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A reference to a footnote of the same block, by id. */
    record FootnoteRef(String footnoteId) implements Inline {
        public FootnoteRef {
            Objects.requireNonNull(footnoteId, "footnoteId");
        }
    }

    /** A reference to an indicator's value; a null year means the reporting year. */
    record FigureRef(String indicator, Integer year) implements Inline {
        public FigureRef {
            Objects.requireNonNull(indicator, "indicator");
        }
    }
}
