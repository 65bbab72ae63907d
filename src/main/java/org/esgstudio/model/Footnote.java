package org.esgstudio.model;

import java.util.Objects;

/** A footnote attached to the thing it explains; printed numbers (①②③…) are assigned by {@link FootnoteNumbering}. */
public record Footnote(String id, LocalizedText text) {
    public Footnote {
        Objects.requireNonNull(id, "id");
        text = LocalizedText.orEmpty(text);
    }
}
