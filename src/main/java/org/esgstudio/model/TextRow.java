package org.esgstudio.model;

import java.util.List;
import java.util.Objects;

/** A row of a text table. */
public record TextRow(String id, List<LocalizedText> cells) implements Identified {
    public TextRow {
        Objects.requireNonNull(id, "id");
        cells = Lists.copy(cells);
    }
}
