package org.esgstudio.model;

import java.util.List;
import java.util.Objects;

/** A row of a content index: a disclosure and the sections that make it, or why it is omitted. */
public record IndexRow(String id, String code, LocalizedText title, List<String> sections, LocalizedText omission)
        implements Identified {
    public IndexRow {
        Objects.requireNonNull(id, "id");
        code = Objects.requireNonNullElse(code, "");
        title = LocalizedText.orEmpty(title);
        sections = Lists.copy(sections);
        omission = LocalizedText.orEmpty(omission);
    }
}
