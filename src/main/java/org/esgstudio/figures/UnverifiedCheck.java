package org.esgstudio.figures;

import java.util.ArrayList;
import java.util.List;

/** Figures tied to no indicator are listed (a note); figures that could belong to several are a warning. */
public final class UnverifiedCheck implements Check {
    @Override
    public List<Finding> check(ValidationInput input) {
        List<Finding> findings = new ArrayList<>();
        for (Quote quote : input.quotes()) {
            if (quote.match() == MatchKind.NONE) {
                findings.add(new Finding(Severity.INFO, FindingKind.UNVERIFIED, null, quote.year(), quote.text(), "",
                        "check.unverified", new Object[] {quote.text()}, quote.location(), quote.blockId()));
            } else if (quote.match() == MatchKind.AMBIGUOUS) {
                findings.add(new Finding(Severity.WARNING, FindingKind.AMBIGUOUS, null, quote.year(), quote.text(), "",
                        "check.ambiguous", new Object[] {quote.text(), String.join("、", quote.candidates())},
                        quote.location(), quote.blockId()));
            }
        }
        return findings;
    }
}
