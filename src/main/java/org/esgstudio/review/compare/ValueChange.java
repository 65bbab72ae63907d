package org.esgstudio.review.compare;

import java.util.Objects;

/**
 * A value of the data store that was added, removed or changed ({@code code@year}): the indicator's name, the value
 * before and after as printed ("98,652", "不适用"; "" when there was none) with its unit before and after.
 */
public record ValueChange(String code, String indicator, int year, ChangeKind change, String before,
                          String unitBefore, String after, String unitAfter) {
    public ValueChange {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(change, "change");
        before = Objects.requireNonNullElse(before, "");
        after = Objects.requireNonNullElse(after, "");
        unitBefore = Objects.requireNonNullElse(unitBefore, "");
        unitAfter = Objects.requireNonNullElse(unitAfter, "");
    }

    /** {@code code@year}. */
    public String key() {
        return code + "@" + year;
    }
}
