package org.esgstudio.model;

import java.util.List;
import java.util.Objects;

/**
 * A big printed figure with its label (a highlight tile or a callout). {@code value} is what is printed;
 * {@code indicator}/{@code year}, when set, bind it to the data store so that it can be checked.
 */
public record Figure(String id, LocalizedText value, LocalizedText unit, LocalizedText label, Qualifier qualifier,
                     String indicator, Integer year, List<Footnote> notes) implements Identified {
    public Figure {
        Objects.requireNonNull(id, "id");
        value = LocalizedText.orEmpty(value);
        unit = LocalizedText.orEmpty(unit);
        label = LocalizedText.orEmpty(label);
        qualifier = Objects.requireNonNullElse(qualifier, Qualifier.NONE);
        notes = Lists.copy(notes);
    }

    public boolean isBound() {
        return indicator != null && !indicator.isBlank();
    }
}
