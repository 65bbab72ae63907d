package org.esgstudio.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.esgstudio.data.Project;
import org.esgstudio.figures.Finding;
import org.esgstudio.figures.MatchKind;
import org.esgstudio.figures.Quote;
import org.esgstudio.figures.QuoteCollector;
import org.esgstudio.figures.Severity;
import org.esgstudio.figures.ValidationReport;
import org.esgstudio.model.Block;
import org.esgstudio.model.Location;
import org.esgstudio.model.Part;
import org.esgstudio.model.ReportVisitor;
import org.esgstudio.model.ReportWalk;

/**
 * Evaluates sign-off: which approvals still hold, and where each figure of the report stands. A figure counts as
 * approved when a valid approval covers it: its own (figure) approval, that of its block or of a node holding it (a
 * case study, section, chapter), or, for a figure that agrees with the store, the approval of that value. A figure in
 * error is never approved. Pure: reads the project, the approvals and a validation report, touches no file.
 */
public final class SignOff {
    private SignOff() {
    }

    public static SignOffReport evaluate(Project project, List<Approval> approvals, ValidationReport validation) {
        ApprovalHashes hashes = new ApprovalHashes(project.report(), project.data());
        List<Quote> quotes = new QuoteCollector(project.data(), project.report().settings().year())
                .collect(project.report());
        Set<String> written = new HashSet<>();
        for (Quote quote : quotes) {
            written.add(figureKey(quote.blockId(), quote.indicator(), quote.year(), quote.text()));
        }
        List<ApprovalCheck> checks = check(approvals, hashes, written);
        List<Approval> valid = checks.stream().filter(ApprovalCheck::isValid).map(ApprovalCheck::approval).toList();
        Set<String> wrong = new HashSet<>();
        for (Finding finding : validation.findings()) {
            if (finding.severity() == Severity.ERROR && finding.blockId() != null) {
                wrong.add(finding.blockId() + "|" + finding.text());
            }
        }
        Map<String, String[]> chapterOf = chapters(project);
        List<ReviewedFigure> figures = new ArrayList<>();
        for (Quote quote : quotes) {
            String[] chapter = chapterOf.getOrDefault(quote.blockId(), new String[] {"", ""});
            boolean matched = quote.match() != MatchKind.NONE && quote.match() != MatchKind.AMBIGUOUS;
            boolean inError = wrong.contains(quote.blockId() + "|" + quote.text());
            boolean agrees = matched && !inError && project.data().value(quote.indicator(), quote.year()).isPresent();
            Optional<Approval> cover = inError ? Optional.empty() : cover(quote, agrees, valid, hashes);
            FigureStatus status = inError ? FigureStatus.IN_ERROR : cover.isPresent() ? FigureStatus.APPROVED
                    : agrees ? FigureStatus.VERIFIED : FigureStatus.UNVERIFIED;
            figures.add(new ReviewedFigure(chapter[0], chapter[1], quote.blockId(), quote.location(), quote.text(),
                    matched ? quote.indicator() : null, matched ? quote.year() : null, agrees, status,
                    cover.orElse(null)));
        }
        return new SignOffReport(checks, figures, dashboard(figures), (int) validation.count(Severity.ERROR));
    }

    /** Each approval against the project as it is now; a revoked one is superseded by a later valid one. */
    private static List<ApprovalCheck> check(List<Approval> approvals, ApprovalHashes hashes, Set<String> written) {
        List<Boolean> holds = new ArrayList<>();
        for (Approval approval : approvals) {
            // A figure approval holds while the block still has that figure and the value it agreed with is
            // unchanged; the block's other text may change.
            boolean stillWritten = approval.kind() != ApprovalKind.FIGURE || written.contains(figureKey(
                    approval.blockId(), approval.indicator(), approval.year(), approval.figureText()));
            holds.add(stillWritten && current(approval, hashes).map(approval.hash()::equals).orElse(false));
        }
        List<ApprovalCheck> checks = new ArrayList<>();
        for (int i = 0; i < approvals.size(); i++) {
            Approval approval = approvals.get(i);
            boolean superseded = false;
            for (int j = 0; j < approvals.size() && !holds.get(i) && !superseded; j++) {
                Approval other = approvals.get(j);
                superseded = holds.get(j) && other.sameTargetAs(approval) && !other.at().isBefore(approval.at())
                        && j != i;
            }
            checks.add(new ApprovalCheck(approval, holds.get(i) ? ApprovalStatus.VALID : ApprovalStatus.REVOKED,
                    superseded));
        }
        return checks;
    }

    private static Optional<String> current(Approval approval, ApprovalHashes hashes) {
        if (approval.kind() == ApprovalKind.VALUE) {
            return hashes.value(approval.indicator(), approval.year());
        }
        if (approval.kind() == ApprovalKind.BLOCK) {
            return hashes.block(approval.blockId());
        }
        return hashes.figure(approval.figureText(), approval.indicator(), approval.year());
    }

    private static String figureKey(String blockId, String indicator, Integer year, String text) {
        return blockId + "|" + indicator + "@" + year + "|" + text;
    }

    private static Optional<Approval> cover(Quote quote, boolean agrees, List<Approval> valid, ApprovalHashes hashes) {
        List<String> holders = new ArrayList<>();
        holders.add(quote.blockId());
        holders.addAll(hashes.ancestors(quote.blockId()));
        for (Approval approval : valid) {
            boolean covers;
            if (approval.kind() == ApprovalKind.FIGURE) {
                covers = agrees && approval.blockId().equals(quote.blockId())
                        && approval.indicator().equals(quote.indicator()) && approval.year() == quote.year()
                        && approval.figureText().equals(quote.text());
            } else if (approval.kind() == ApprovalKind.BLOCK) {
                covers = holders.contains(approval.blockId());
            } else {
                covers = agrees && approval.indicator().equals(quote.indicator()) && approval.year() == quote.year();
            }
            if (covers) {
                return Optional.of(approval);
            }
        }
        return Optional.empty();
    }

    /** Block and part ids to their chapter (or part): id and title, in reading order. */
    private static Map<String, String[]> chapters(Project project) {
        Map<String, String[]> chapterOf = new HashMap<>();
        ReportWalk.walk(project.report(), new ReportVisitor() {
            @Override
            public void part(Part part, Location location) {
                chapterOf.put(part.id(), new String[] {part.id(), title(location)});
            }

            @Override
            public void block(Block block, Location location) {
                chapterOf.put(block.id(), new String[] {location.partOrChapterId(), title(location)});
            }
        });
        return chapterOf;
    }

    private static String title(Location location) {
        return location.trail().isEmpty() ? location.partOrChapterId() : location.trail().get(0);
    }

    private static List<ChapterSignOff> dashboard(List<ReviewedFigure> figures) {
        Map<String, List<ReviewedFigure>> byChapter = new LinkedHashMap<>();
        for (ReviewedFigure figure : figures) {
            byChapter.computeIfAbsent(figure.chapterId(), k -> new ArrayList<>()).add(figure);
        }
        List<ChapterSignOff> chapters = new ArrayList<>();
        for (List<ReviewedFigure> list : byChapter.values()) {
            int verified = 0;
            int approved = 0;
            int inError = 0;
            int awaiting = 0;
            int unverified = 0;
            for (ReviewedFigure figure : list) {
                verified += figure.agrees() ? 1 : 0;
                approved += figure.status() == FigureStatus.APPROVED ? 1 : 0;
                inError += figure.status() == FigureStatus.IN_ERROR ? 1 : 0;
                awaiting += figure.status() == FigureStatus.VERIFIED ? 1 : 0;
                unverified += figure.status() == FigureStatus.UNVERIFIED ? 1 : 0;
            }
            chapters.add(new ChapterSignOff(list.get(0).chapterId(), list.get(0).chapterTitle(), list.size(), verified,
                    approved, inError, awaiting, unverified));
        }
        return chapters;
    }
}
