package org.esgstudio.figures;

import java.math.BigDecimal;
import java.util.List;

/**
 * Thresholds of the checks: a year-on-year change beyond {@code yoyThreshold} (a fraction, 0.5 = 50 %) needs a note.
 * {@code moreChecks} are run after the figure checks: the disclosure checks, which need the framework catalogues that
 * only the front ends load.
 */
public record ValidationOptions(BigDecimal yoyThreshold, List<Check> moreChecks) {
    public static final ValidationOptions DEFAULT = new ValidationOptions(new BigDecimal("0.5"));

    public ValidationOptions {
        moreChecks = moreChecks == null ? List.of() : List.copyOf(moreChecks);
    }

    public ValidationOptions(BigDecimal yoyThreshold) {
        this(yoyThreshold, List.of());
    }

    public ValidationOptions with(Check check) {
        List<Check> all = new java.util.ArrayList<>(moreChecks);
        all.add(check);
        return new ValidationOptions(yoyThreshold, all);
    }
}
