package org.esgstudio.model;

import java.util.Objects;

/** A sub-head inside a section: level 1 is a sub-head, level 2 a minor head printed with ◎. */
public record Heading(String id, int level, LocalizedText text) implements Block {
    public Heading {
        Objects.requireNonNull(id, "id");
        if (level < 1 || level > 2) {
            throw new InvalidValueException("heading level must be 1 or 2, not " + level, "guard.model.headingLevel", level);
        }
        text = LocalizedText.orEmpty(text);
    }
}
