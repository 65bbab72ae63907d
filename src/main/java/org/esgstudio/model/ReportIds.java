package org.esgstudio.model;

import java.util.HashSet;
import java.util.Set;

/** Fresh ids for new nodes: a readable prefix and the first number not yet used anywhere in the report. */
public final class ReportIds {
    private ReportIds() {
    }

    /** Every id of the report: parts, chapters, sections, blocks, footnotes and the elements inside them. */
    public static Set<String> all(Report report) {
        Set<String> ids = new HashSet<>();
        for (Part part : ReportQuery.parts(report)) {
            ids.add(part.id());
            ids.addAll(ElementIds.of(part));
        }
        for (Chapter chapter : report.chapters()) {
            ids.add(chapter.id());
            chapter.sections().forEach(section -> ids.add(section.id()));
        }
        ReportWalk.walk(report, new ReportVisitor() {
            @Override
            public void block(Block block, Location location) {
                ids.add(block.id());
                ids.addAll(ElementIds.of(block));
            }

            @Override
            public void footnote(Footnote footnote, Location location) {
                ids.add(footnote.id());
            }
        });
        return ids;
    }

    /** "{prefix}-1", "{prefix}-2" …: the first one not in {@code taken}; adds it to {@code taken}. */
    public static String fresh(Set<String> taken, String prefix) {
        for (int n = 1; ; n++) {
            String id = prefix + "-" + n;
            if (taken.add(id)) {
                return id;
            }
        }
    }

    public static String fresh(Report report, String prefix) {
        return fresh(all(report), prefix);
    }
}
