package org.esgstudio.model;

import java.util.List;
import java.util.Objects;

/** A chapter (or a 专题 feature) with its opener text and sections. */
public record Chapter(String id, ChapterKind kind, LocalizedText title, LocalizedText themeWord, LocalizedText intro,
                      List<Section> sections) implements Identified {
    public Chapter {
        Objects.requireNonNull(id, "id");
        kind = Objects.requireNonNullElse(kind, ChapterKind.CHAPTER);
        title = LocalizedText.orEmpty(title);
        themeWord = LocalizedText.orEmpty(themeWord);
        intro = LocalizedText.orEmpty(intro);
        sections = Lists.copy(sections);
    }
}
