package org.esgstudio.review;

import java.time.Instant;
import org.esgstudio.data.IndicatorValue;

/**
 * One recorded change of a value ({@code CODE@YEAR}) in the history: the revision that made it (its number, when and by
 * whom it was saved, its summary such as "导入 data.xlsx") and the value before and after it, each null when the value
 * was not reported (an insert has no before, a removal no after).
 */
public record ValueChange(long revision, Instant savedAt, String savedBy, String summary, IndicatorValue before,
                          IndicatorValue after) {
    public boolean isRemoval() {
        return after == null;
    }

    public boolean isFirstEntry() {
        return before == null;
    }
}
