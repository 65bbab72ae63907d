package org.esgstudio.model;

import java.util.List;
import java.util.Objects;

/**
 * A row of a content index: a disclosure and where the report makes it, or why it is omitted. In a hand-made index
 * the sections are its locations and the omission text stands in for them ("不适用"). In a generated index the rows
 * are what the team states beyond the tags: further locations, or an omission with the requirement omitted, the
 * reason (a code of the catalogue's omission reasons: not-applicable, legal-prohibitions, confidentiality-constraints,
 * information-unavailable) and the explanation ({@code omission}). {@code group} names the standard or first-level
 * indicator the row belongs to (printed as a band above its rows).
 */
public record IndexRow(String id, String code, LocalizedText title, List<String> sections, LocalizedText omission,
                       String requirement, String reason, LocalizedText group) implements Identified {
    public IndexRow {
        Objects.requireNonNull(id, "id");
        code = Objects.requireNonNullElse(code, "");
        title = LocalizedText.orEmpty(title);
        sections = Lists.copy(sections);
        omission = LocalizedText.orEmpty(omission);
        requirement = Objects.requireNonNullElse(requirement, "").strip();
        reason = Objects.requireNonNullElse(reason, "").strip();
        group = LocalizedText.orEmpty(group);
    }

    public IndexRow(String id, String code, LocalizedText title, List<String> sections, LocalizedText omission) {
        this(id, code, title, sections, omission, "", "", null);
    }

    /** Whether the row states an omission (a reason or an explanation) rather than locations. */
    public boolean omitted() {
        return !reason.isEmpty() || (sections.isEmpty() && !omission.isEmpty());
    }
}
