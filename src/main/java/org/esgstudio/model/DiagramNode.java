package org.esgstudio.model;

import java.util.List;
import java.util.Objects;

/** A box of a diagram, with an optional list of duties or details. */
public record DiagramNode(String id, LocalizedText label, List<LocalizedText> details) implements Identified {
    public DiagramNode {
        Objects.requireNonNull(id, "id");
        label = LocalizedText.orEmpty(label);
        details = Lists.copy(details);
    }
}
