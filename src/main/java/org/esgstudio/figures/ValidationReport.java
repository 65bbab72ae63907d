package org.esgstudio.figures;

import java.util.List;

/** The validator's result: the summary counts and every finding, errors first. */
public record ValidationReport(ValidationSummary summary, List<Finding> findings) {
    public ValidationReport {
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(finding -> finding.severity() == Severity.ERROR);
    }

    public long count(Severity severity) {
        return findings.stream().filter(finding -> finding.severity() == severity).count();
    }
}
