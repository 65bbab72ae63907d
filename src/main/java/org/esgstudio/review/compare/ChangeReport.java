package org.esgstudio.review.compare;

import java.util.Objects;

/** A comparison with what a change report says about it: the report's title and the two states compared. */
public record ChangeReport(String reportTitle, ComparedState from, ComparedState to, Comparison comparison) {
    public ChangeReport {
        Objects.requireNonNull(reportTitle, "reportTitle");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(comparison, "comparison");
    }
}
