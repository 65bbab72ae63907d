package org.esgstudio.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.esgstudio.figures.Finding;
import org.esgstudio.figures.FindingKind;
import org.esgstudio.figures.Severity;
import org.esgstudio.figures.ValidationReport;
import org.esgstudio.figures.ValidationSummary;
import org.esgstudio.i18n.Messages;
import org.esgstudio.model.Block;
import org.esgstudio.model.Location;
import org.esgstudio.model.Part;
import org.esgstudio.model.Report;
import org.esgstudio.model.ReportVisitor;
import org.esgstudio.model.ReportWalk;

/**
 * The readable validation report: findings grouped under the chapter or part they are in, in the report's order,
 * errors before warnings within each; data and rule findings last; unverified figures only counted; blocks missing
 * English collapsed to one line per chapter when there are more than {@value #LISTED_GAPS}; then the counts.
 */
final class ValidationText {
    static final int LISTED_GAPS = 3;
    private static final String SEPARATOR = " › ";

    private ValidationText() {
    }

    static void print(Report report, ValidationReport validation, PrintWriter out) {
        printFindings(report, validation.findings(), out);
        printSummary(validation, out);
    }

    /** The findings (but for unverified figures) under the chapter or part they are in, in the report's order. */
    static void printFindings(Report report, List<Finding> findings, PrintWriter out) {
        Map<String, List<Finding>> byChapter = new LinkedHashMap<>();
        chapterOrder(report).forEach(title -> byChapter.put(title, new ArrayList<>()));
        String data = Messages.get("cli.validate.data");
        byChapter.put(data, new ArrayList<>());
        for (Finding finding : findings) {
            if (finding.severity() == Severity.INFO) {
                continue;
            }
            String chapter = finding.location().isEmpty() ? data : finding.location().split(SEPARATOR)[0];
            byChapter.computeIfAbsent(chapter, k -> new ArrayList<>()).add(finding);
        }
        for (Map.Entry<String, List<Finding>> chapter : byChapter.entrySet()) {
            if (!chapter.getValue().isEmpty()) {
                out.println("■ " + chapter.getKey());
                printChapter(chapter.getValue(), out);
            }
        }
    }

    /** The counts: figures, verified, mismatched, unverified, rules failing, warnings. */
    static void printSummary(ValidationReport validation, PrintWriter out) {
        ValidationSummary s = validation.summary();
        out.println(Messages.get("cli.validate.summary", s.figures(), s.verified(), s.mismatches(), s.unverified(),
                s.ruleViolations(), validation.count(Severity.WARNING)));
    }

    private static void printChapter(List<Finding> findings, PrintWriter out) {
        List<Finding> gaps = findings.stream().filter(f -> f.kind() == FindingKind.TRANSLATION).toList();
        for (Finding finding : findings) {
            if (finding.kind() != FindingKind.TRANSLATION || gaps.size() <= LISTED_GAPS) {
                out.println("  " + marker(finding) + " " + finding.message() + where(finding));
            }
        }
        if (gaps.size() > LISTED_GAPS) {
            Finding first = gaps.get(0);
            out.println("  " + marker(first) + " " + Messages.get("cli.validate.translations", gaps.size(),
                    first.text()) + where(first));
        }
    }

    private static String marker(Finding finding) {
        return Messages.get(finding.severity() == Severity.ERROR ? "cli.validate.error" : "cli.validate.warning");
    }

    private static String where(Finding finding) {
        int cut = finding.location().indexOf(SEPARATOR);
        return cut < 0 ? "" : "  〔" + finding.location().substring(cut + SEPARATOR.length()) + "〕";
    }

    /** The titles of the report's parts and chapters, as locations name them, in reading order. */
    private static List<String> chapterOrder(Report report) {
        List<String> titles = new ArrayList<>();
        ReportWalk.walk(report, new ReportVisitor() {
            @Override
            public void part(Part part, Location location) {
                add(location);
            }

            @Override
            public void block(Block block, Location location) {
                add(location);
            }

            private void add(Location location) {
                if (!location.trail().isEmpty() && !titles.contains(location.trail().get(0))) {
                    titles.add(location.trail().get(0));
                }
            }
        });
        return titles;
    }
}
