package org.esgstudio.review;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.esgstudio.data.Project;
import org.esgstudio.figures.MatchKind;
import org.esgstudio.figures.Quote;
import org.esgstudio.figures.QuoteCollector;
import org.esgstudio.figures.Severity;
import org.esgstudio.figures.ValidationReport;
import org.esgstudio.figures.Validator;

/**
 * Makes approvals of the project as it stands, fingerprinting what the reviewer sees. Empty when there is nothing to
 * approve: no such value, no such block, or no such figure agreeing with the store in that block.
 */
public final class Approvals {
    private Approvals() {
    }

    public static Optional<Approval> value(Project project, String code, int year, String reviewer, Instant at) {
        return new ApprovalHashes(project.report(), project.data()).value(code, year)
                .map(hash -> new Approval(0, ApprovalKind.VALUE, null, code, year, null, hash, reviewer, at));
    }

    public static Optional<Approval> block(Project project, String blockId, String reviewer, Instant at) {
        return new ApprovalHashes(project.report(), project.data()).block(blockId)
                .map(hash -> new Approval(0, ApprovalKind.BLOCK, blockId, null, null, null, hash, reviewer, at));
    }

    /** A figure {@code text} of block {@code blockId} as written, which must agree with {@code code@year}. */
    public static Optional<Approval> figure(Project project, String blockId, String code, int year, String text,
                                            String reviewer, Instant at) {
        ValidationReport validation = Validator.validate(project.report(), project.data(),
                project.report().settings().year());
        boolean wrong = validation.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR
                && blockId.equals(f.blockId()) && text.equals(f.text()));
        boolean present = new QuoteCollector(project.data(), project.report().settings().year())
                .ofBlock(project.report(), blockId).orElse(List.of()).stream()
                .anyMatch(q -> q.match() != MatchKind.NONE && q.match() != MatchKind.AMBIGUOUS
                        && code.equals(q.indicator()) && q.year() == year && text.equals(q.text()));
        if (wrong || !present) {
            return Optional.empty();
        }
        return new ApprovalHashes(project.report(), project.data()).figure(text, code, year)
                .map(hash -> new Approval(0, ApprovalKind.FIGURE, blockId, code, year, text, hash, reviewer, at));
    }

    /**
     * A figure of block {@code blockId} given as written ({@code 98,652立方米}): the indicator and year are those it was
     * matched to. Empty when the block has no such figure, it matches no single value, or it disagrees with the store.
     */
    public static Optional<Approval> figureAsWritten(Project project, String blockId, String text, String reviewer,
                                                     Instant at) {
        List<Quote> quotes = new QuoteCollector(project.data(), project.report().settings().year())
                .ofBlock(project.report(), blockId).orElse(List.of()).stream()
                .filter(q -> q.match() != MatchKind.NONE && q.match() != MatchKind.AMBIGUOUS && text.equals(q.text()))
                .toList();
        if (quotes.stream().map(q -> q.indicator() + "@" + q.year()).distinct().count() != 1) {
            return Optional.empty();
        }
        Quote quote = quotes.get(0);
        return figure(project, blockId, quote.indicator(), quote.year(), text, reviewer, at);
    }
}
