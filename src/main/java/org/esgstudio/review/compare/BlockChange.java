package org.esgstudio.review.compare;

import java.util.List;
import java.util.Objects;

/**
 * A node of the report (a block, or a chapter, section, part or the report's settings) that was added, removed,
 * changed or moved: its id and kind ({@code paragraph}, {@code textTable}, {@code chapter} …), the chapter or part it
 * is in (for a removed node, was in), where it is ({@code location}) and, for a moved node, where it was, and the
 * fields that differ (every field of an added or removed node).
 */
public record BlockChange(String id, String kind, ChangeKind change, boolean moved, String chapterId,
                          String chapterTitle, String location, String previousLocation, List<FieldChange> fields) {
    public BlockChange {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(change, "change");
        fields = List.copyOf(fields);
    }
}
