package org.esgstudio.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.esgstudio.data.Project;
import org.esgstudio.figures.Quote;
import org.esgstudio.figures.QuoteCollector;
import org.esgstudio.figures.ValidationOptions;
import org.esgstudio.figures.ValidationReport;
import org.esgstudio.figures.ValidationSession;
import org.esgstudio.figures.Validator;
import org.esgstudio.model.Block;
import org.esgstudio.model.Location;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.ReportVisitor;
import org.esgstudio.model.ReportWalk;

/**
 * {@code bench FILE.esg --validate}: times a whole validation (figures found, matched and checked from scratch) and
 * the editor's case, one block edited in a warm {@link ValidationSession} (that block read again, every check run
 * over all quotes). The edited block is the paragraph quoting the most figures.
 */
final class ValidationBench {
    private ValidationBench() {
    }

    static void run(Project project, String name, int scale, int warmup, int runs, PrintWriter out) {
        int year = project.report().settings().year();
        String block = busiestParagraph(project, year);
        List<Long> whole = new ArrayList<>();
        List<Long> edited = new ArrayList<>();
        ValidationReport result = null;
        // As the app validates: the figure checks and the disclosure checks.
        ValidationOptions options = FrameworkCatalogues.options();
        for (int i = 0; i < warmup + runs; i++) {
            long start = System.nanoTime();
            result = Validator.validate(project.report(), project.data(), year, options);
            long end = System.nanoTime();
            if (i >= warmup) {
                whole.add(end - start);
            }
        }
        ValidationSession session = new ValidationSession(project.report(), project.data(), year, options);
        int editRuns = Math.max(runs, 50);
        for (int i = 0; i < warmup * 10 + editRuns; i++) {
            long start = System.nanoTime();
            session.blockEdited(project.report(), block);
            long end = System.nanoTime();
            if (i >= warmup * 10) {
                edited.add(end - start);
            }
        }
        out.printf(Locale.ROOT, "report: %s ×%d, year %d: %d figures (%d verified), %d findings%n", name, scale,
                year, result.summary().figures(), result.summary().verified(), result.findings().size());
        out.printf(Locale.ROOT, "runs: %d after %d warm-up runs (block edits: %d after %d)%n", runs, warmup,
                editRuns, warmup * 10);
        out.printf(Locale.ROOT, "validate whole report    median %8.2f ms  best %8.2f ms%n", Timings.median(whole),
                Timings.best(whole));
        out.printf(Locale.ROOT, "one paragraph edited (%s, %d figures)  median %8.3f ms  best %8.3f ms%n", block,
                quotesOf(project, year).get(block).size(), Timings.median(edited), Timings.best(edited));
    }

    private static Map<String, List<Quote>> quotesOf(Project project, int year) {
        return new QuoteCollector(project.data(), year).byUnit(project.report());
    }

    private static String busiestParagraph(Project project, int year) {
        Set<String> paragraphs = new HashSet<>();
        ReportWalk.walk(project.report(), new ReportVisitor() {
            @Override
            public void block(Block block, Location location) {
                if (block instanceof Paragraph) {
                    paragraphs.add(block.id());
                }
            }
        });
        String busiest = null;
        int most = -1;
        for (Map.Entry<String, List<Quote>> unit : quotesOf(project, year).entrySet()) {
            if (paragraphs.contains(unit.getKey()) && unit.getValue().size() > most) {
                busiest = unit.getKey();
                most = unit.getValue().size();
            }
        }
        return busiest;
    }
}
