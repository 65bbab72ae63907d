package org.esgstudio.model;

import java.util.List;
import java.util.Objects;

/** One big figure with its label, set apart from the text. */
public record Callout(String id, Figure figure) implements Block {
    public Callout {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(figure, "figure");
    }

    @Override
    public List<Footnote> footnotes() {
        return figure.notes();
    }
}
