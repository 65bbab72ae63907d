package org.esgstudio.office.review;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.esgstudio.figures.Finding;
import org.esgstudio.figures.FindingKind;
import org.esgstudio.figures.ValidationReport;
import org.esgstudio.model.Block;
import org.esgstudio.model.Chapter;
import org.esgstudio.model.Chart;
import org.esgstudio.model.Language;
import org.esgstudio.model.DataTable;
import org.esgstudio.model.Report;
import org.esgstudio.model.Section;
import org.esgstudio.review.PlacedThread;

/**
 * What a copy holds: the chapters to write (all, or the one asked for, counted from 1 over the report's chapters and
 * features in reading order), whether front and back matter come too, and the findings about what is written —
 * for one chapter, those about its blocks and those about no block whose indicator one of its tables shows — and
 * the review comment threads the options ask for: for one chapter, those about its chapter, sections and blocks.
 */
record ReviewSelection(List<Chapter> chapters, boolean wholeReport, List<Finding> findings,
                       List<PlacedThread> threads) {

    static ReviewSelection of(Report report, ValidationReport validation, List<PlacedThread> threads,
                              ReviewCopyOptions options) {
        List<PlacedThread> asked = threads.stream().filter(t -> options.threads().includes(t.thread())).toList();
        // "English missing" is about the English edition: a Chinese copy does not show that text, so it is no comment
        // there (on the main sample that is 217 of 707 comments a department head would have to wade through).
        List<Finding> wanted = validation.findings().stream()
                .filter(finding -> options.comments(finding.severity()))
                .filter(finding -> options.language() != Language.ZH || finding.kind() != FindingKind.TRANSLATION)
                .toList();
        if (options.chapter() == null) {
            return new ReviewSelection(report.chapters(), true, wanted, asked);
        }
        int count = report.chapters().size();
        if (options.chapter() > count) {
            throw new IllegalArgumentException("the report has " + count + " chapters, not " + options.chapter());
        }
        Chapter chapter = report.chapters().get(options.chapter() - 1);
        Set<String> ids = new HashSet<>();
        Set<String> indicators = new HashSet<>();
        ids.add(chapter.id());
        for (Section section : chapter.sections()) {
            ids.add(section.id());
            collect(section.blocks(), ids, indicators);
        }
        List<Finding> inside = new ArrayList<>();
        for (Finding finding : wanted) {
            boolean here = finding.blockId() != null ? ids.contains(finding.blockId())
                    : finding.indicator() != null && indicators.contains(finding.indicator());
            if (here) {
                inside.add(finding);
            }
        }
        List<PlacedThread> threadsInside = asked.stream().filter(t -> ids.contains(t.thread().anchor().blockId()))
                .toList();
        return new ReviewSelection(List.of(chapter), false, inside, threadsInside);
    }

    private static void collect(List<Block> blocks, Set<String> ids, Set<String> indicators) {
        for (Block block : blocks) {
            ids.add(block.id());
            if (block instanceof DataTable table) {
                table.rows().forEach(row -> indicators.add(row.indicator()));
            } else if (block instanceof Chart chart) {
                indicators.addAll(chart.indicators());
            }
            collect(block.children(), ids, indicators);
        }
    }
}
