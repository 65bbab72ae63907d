package org.esgstudio.figures;

/** The counts of {@code validate --json}'s summary. */
public record ValidationSummary(int figures, int verified, int mismatches, int unverified, int ruleViolations,
                                int warnings) {
}
