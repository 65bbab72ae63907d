package org.esgstudio.model;

import java.util.List;
import java.util.Objects;

/** A section of a chapter; numbered (1.1, 1.2 …) when the report numbers its sections. */
public record Section(String id, LocalizedText title, List<Block> blocks) implements Identified {
    public Section {
        Objects.requireNonNull(id, "id");
        title = LocalizedText.orEmpty(title);
        blocks = Lists.copy(blocks);
    }
}
