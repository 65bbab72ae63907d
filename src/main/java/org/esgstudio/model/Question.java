package org.esgstudio.model;

import java.util.List;
import java.util.Objects;

/** A question of the reader feedback form. */
public record Question(String id, LocalizedText text, QuestionKind kind, List<LocalizedText> options) implements Identified {
    public Question {
        Objects.requireNonNull(id, "id");
        text = LocalizedText.orEmpty(text);
        kind = Objects.requireNonNullElse(kind, QuestionKind.OPEN);
        options = Lists.copy(options);
    }
}
