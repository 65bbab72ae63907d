package org.esgstudio.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.esgstudio.data.DataSet;
import org.esgstudio.model.Report;

/** Runs every check over a report and its data store and counts the result. */
public final class Validator {
    private static final List<Check> CHECKS = List.of(new MismatchCheck(), new GrowthCheck(), new CrossReferenceCheck(),
            new RuleCheck(), new YearOnYearCheck(), new ShareCheck(), new UnverifiedCheck(), new TranslationCheck());

    private Validator() {
    }

    public static ValidationReport validate(Report report, DataSet data, int year) {
        return validate(report, data, year, ValidationOptions.DEFAULT);
    }

    public static ValidationReport validate(Report report, DataSet data, int year, ValidationOptions options) {
        return new ValidationSession(report, data, year, options).validate();
    }

    /** Runs the checks over collected quotes (the editor re-collects only the block it changed). */
    public static ValidationReport run(ValidationInput input) {
        List<Finding> findings = new ArrayList<>();
        for (Check check : CHECKS) {
            findings.addAll(check.check(input));
        }
        for (Check check : input.options().moreChecks()) {
            findings.addAll(check.check(input));
        }
        findings.sort(Comparator.comparing(Finding::severity));
        return new ValidationReport(summary(input.quotes(), findings), findings);
    }

    private static ValidationSummary summary(List<Quote> quotes, List<Finding> findings) {
        Set<String> wrong = new HashSet<>();
        int mismatches = 0;
        int rules = 0;
        int warnings = 0;
        for (Finding finding : findings) {
            if (finding.kind() == FindingKind.MISMATCH || finding.kind() == FindingKind.GROWTH) {
                mismatches++;
                wrong.add(finding.blockId() + "|" + finding.text());
            } else if (finding.kind() == FindingKind.RULE) {
                rules++;
            }
            if (finding.severity() == Severity.WARNING) {
                warnings++;
            }
        }
        int verified = 0;
        int unverified = 0;
        for (Quote quote : quotes) {
            if (quote.match() == MatchKind.NONE || quote.match() == MatchKind.AMBIGUOUS) {
                unverified++;
            } else if (!wrong.contains(quote.blockId() + "|" + quote.text())) {
                verified++;
            }
        }
        return new ValidationSummary(quotes.size(), verified, mismatches, unverified, rules, warnings);
    }
}
