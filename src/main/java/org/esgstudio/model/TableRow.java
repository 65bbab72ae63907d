package org.esgstudio.model;

import java.util.List;
import java.util.Objects;

/** A table row bound to an indicator of the data store; the label defaults to the indicator's name. */
public record TableRow(String id, String indicator, LocalizedText label, List<Footnote> notes) implements Identified {
    public TableRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(indicator, "indicator");
        label = LocalizedText.orEmpty(label);
        notes = Lists.copy(notes);
    }
}
