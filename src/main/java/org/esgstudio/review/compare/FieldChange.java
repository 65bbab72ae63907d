package org.esgstudio.review.compare;

import java.util.List;
import java.util.Objects;

/**
 * One field of a node that differs: its key ({@code text.zh}, {@code rows[#r3].cells[1].en}), a label for people
 * ("正文", "第 3 行 · 第 2 列（英文）"), its language ("zh", "en" or "" for a field that is not text), the text
 * before and after ("" when absent) and their diff.
 */
public record FieldChange(String key, String label, String language, String before, String after,
                          List<DiffSegment> diff) {
    public FieldChange {
        Objects.requireNonNull(key, "key");
        before = Objects.requireNonNullElse(before, "");
        after = Objects.requireNonNullElse(after, "");
        diff = List.copyOf(diff);
    }
}
