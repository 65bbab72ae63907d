package org.esgstudio.ui.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.esgstudio.figures.Finding;
import org.esgstudio.figures.Severity;
import org.esgstudio.figures.ValidationReport;
import org.esgstudio.model.Block;
import org.esgstudio.model.Chapter;
import org.esgstudio.model.Footnote;
import org.esgstudio.model.Location;
import org.esgstudio.model.Part;
import org.esgstudio.model.Report;
import org.esgstudio.model.ReportVisitor;
import org.esgstudio.model.ReportWalk;
import org.esgstudio.model.Section;

/**
 * The findings of one validation made ready to filter: each with its chapter, its message formatted once, and a
 * lower-case text to search, sorted by chapter in reading order, then errors before warnings before notes, then the
 * block's place in the report. Built on a background thread (formatting thousands of messages takes a while).
 */
record ReviewIndex(List<ReviewEntry> entries, List<String> chapters, Map<Severity, Integer> totals) {
    static final String SEPARATOR = " › ";
    static final ReviewIndex EMPTY = new ReviewIndex(List.of(), List.of(), Map.of());

    /** A finding as the panel filters and shows it. */
    record ReviewEntry(ReviewRow.Item row, String chapter, String haystack) {
        Finding finding() {
            return row.finding();
        }
    }

    ReviewIndex {
        entries = List.copyOf(entries);
        chapters = List.copyOf(chapters);
        totals = Map.copyOf(totals);
    }

    int total(Severity severity) {
        return totals.getOrDefault(severity, 0);
    }

    /** {@code dataGroup} names the group of findings without a place in the text (rules, year-on-year changes). */
    static ReviewIndex build(Report report, ValidationReport validation, String dataGroup) {
        ReadingOrder order = ReadingOrder.of(report);
        List<Finding> findings = validation.findings();
        List<ReviewEntry> entries = new ArrayList<>(findings.size());
        Map<Severity, Integer> totals = new EnumMap<>(Severity.class);
        // Chapters the walk did not name (a title renamed since this validation) go just before the data group.
        Set<String> chapters = new LinkedHashSet<>(order.chapters());
        for (Finding finding : findings) {
            totals.merge(finding.severity(), 1, Integer::sum);
            String location = finding.location();
            int cut = location.indexOf(SEPARATOR);
            String chapter = location.isEmpty() ? dataGroup : cut < 0 ? location : location.substring(0, cut);
            String place = cut < 0 ? "" : location.substring(cut + SEPARATOR.length());
            String message = finding.message();
            String haystack = String.join("\n", message, location, finding.text(), finding.expected(),
                    finding.indicator() == null ? "" : finding.indicator()).toLowerCase(Locale.ROOT);
            entries.add(new ReviewEntry(new ReviewRow.Item(finding, message, place), chapter, haystack));
            if (!chapter.equals(dataGroup)) {
                chapters.add(chapter);
            }
        }
        chapters.add(dataGroup);
        Map<String, Integer> rank = new HashMap<>();
        chapters.forEach(title -> rank.put(title, rank.size()));
        // List.sort is stable: findings of one block keep the validator's order.
        entries.sort(Comparator.comparingInt((ReviewEntry e) -> rank.get(e.chapter()))
                .thenComparing(e -> e.finding().severity())
                .thenComparingInt(e -> order.blocks().getOrDefault(e.finding().blockId(), Integer.MAX_VALUE)));
        return new ReviewIndex(entries, List.copyOf(chapters), totals);
    }

    /** The report's chapter titles (as locations name them) and block ids, each with its place in reading order. */
    private record ReadingOrder(Set<String> chapters, Map<String, Integer> blocks) {
        static ReadingOrder of(Report report) {
            Set<String> chapters = new LinkedHashSet<>();
            Map<String, Integer> blocks = new HashMap<>();
            ReportWalk.walk(report, new ReportVisitor() {
                @Override
                public void part(Part part, Location location) {
                    named(location);
                    blocks.putIfAbsent(part.id(), blocks.size());
                }

                @Override
                public void chapter(Chapter chapter, String number, Location location) {
                    named(location);
                    blocks.putIfAbsent(chapter.id(), blocks.size());
                }

                @Override
                public void section(Chapter chapter, Section section, String number, Location location) {
                    blocks.putIfAbsent(section.id(), blocks.size());
                }

                @Override
                public void block(Block block, Location location) {
                    named(location);
                    blocks.putIfAbsent(block.id(), blocks.size());
                }

                @Override
                public void footnote(Footnote footnote, Location location) {
                    blocks.putIfAbsent(footnote.id(), blocks.size());
                }

                private void named(Location location) {
                    if (!location.trail().isEmpty()) {
                        chapters.add(location.trail().get(0));
                    }
                }
            });
            return new ReadingOrder(chapters, blocks);
        }
    }
}
