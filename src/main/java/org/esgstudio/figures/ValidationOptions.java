package org.esgstudio.figures;

import java.math.BigDecimal;

/** Thresholds of the checks: a year-on-year change beyond {@code yoyThreshold} (a fraction, 0.5 = 50 %) needs a note. */
public record ValidationOptions(BigDecimal yoyThreshold) {
    public static final ValidationOptions DEFAULT = new ValidationOptions(new BigDecimal("0.5"));
}
