package org.esgstudio.frameworks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.esgstudio.data.DataSet;
import org.esgstudio.data.Indicator;
import org.esgstudio.model.Block;
import org.esgstudio.model.BlockLabels;
import org.esgstudio.model.BulletList;
import org.esgstudio.model.CaseStudy;
import org.esgstudio.model.Chapter;
import org.esgstudio.model.DataTable;
import org.esgstudio.model.Heading;
import org.esgstudio.model.KpiTable;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.Part;
import org.esgstudio.model.Report;
import org.esgstudio.model.Section;
import org.esgstudio.model.SectionNumbering;
import org.esgstudio.model.TableRow;
import org.esgstudio.model.TextTable;

/**
 * Resolves the report's disclosure codes to places, in reading order: each tagged element where it stands, and each
 * tagged indicator at the data tables and KPI tables that show it. Elements that are no longer in the report are
 * listed apart ({@link #dangling()}).
 */
public final class ReportPlaces {
    private final Map<String, List<Place>> byTag = new LinkedHashMap<>();
    private final Map<String, List<String>> dangling = new LinkedHashMap<>();
    private final Map<String, String> paths = new HashMap<>();

    private ReportPlaces() {
    }

    public static ReportPlaces of(Report report, DataSet data) {
        ReportPlaces places = new ReportPlaces();
        places.collect(report, data);
        return places;
    }

    /** Places of one tag ({@code gri-2021:305-1}), in reading order; empty when nothing carries it. */
    public List<Place> of(String tag) {
        return byTag.getOrDefault(tag, List.of());
    }

    /** Every tag carried, with its places. */
    public Map<String, List<Place>> all() {
        return byTag;
    }

    /** Where a tagged element is, "chapter › section › block" as reviewers read it (null if it is not tagged). */
    public String path(String elementId) {
        return paths.get(elementId);
    }

    /** Tagged element ids that are not in the report, with their codes. */
    public Map<String, List<String>> dangling() {
        return dangling;
    }

    private void collect(Report report, DataSet data) {
        Map<String, List<String>> tags = report.disclosures().byElement();
        Map<String, List<String>> indicatorTags = new HashMap<>();
        for (Indicator indicator : data.indicators()) {
            if (!indicator.frameworks().isEmpty()) {
                indicatorTags.put(indicator.code(), indicator.frameworks());
            }
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Part part : report.front()) {
            element(tags, seen, part.id(), part.id(), "", title(part), partEmpty(part), title(part));
            blocks(tags, indicatorTags, seen, part.blocks(), "", title(part), null, title(part));
        }
        for (Chapter chapter : report.chapters()) {
            String number = SectionNumbering.chapterNumber(report, chapter);
            String chapterTitle = joined(number, chapter.title().zh());
            element(tags, seen, chapter.id(), chapter.id(), "", chapterTitle,
                    chapter.sections().stream().allMatch(ReportPlaces::sectionEmpty), chapterTitle);
            for (Section section : chapter.sections()) {
                String where = joined(SectionNumbering.sectionNumber(report, chapter, section), section.title().zh());
                String trail = chapterTitle + " › " + where;
                element(tags, seen, section.id(), section.id(), section.id(), where, sectionEmpty(section), trail);
                blocks(tags, indicatorTags, seen, section.blocks(), section.id(), where, null, trail);
            }
        }
        for (Part part : report.back()) {
            element(tags, seen, part.id(), part.id(), "", title(part), partEmpty(part), title(part));
            blocks(tags, indicatorTags, seen, part.blocks(), "", title(part), null, title(part));
            if (part instanceof KpiTable kpi) {
                for (TableRow row : kpi.rows()) {
                    for (String tag : indicatorTags.getOrDefault(row.indicator(), List.of())) {
                        add(tag, new Place(kpi.id(), kpi.id(), "", title(part), false, row.indicator()));
                    }
                }
            }
        }
        tags.forEach((element, codes) -> {
            if (!seen.contains(element)) {
                dangling.put(element, codes);
            }
        });
    }

    private void blocks(Map<String, List<String>> tags, Map<String, List<String>> indicatorTags, java.util.Set<String> seen,
                        List<Block> blocks, String sectionId, String where, String enclosing, String trail) {
        for (Block block : blocks) {
            // A block inside a case study is found in print at its case study, the block the pages record.
            String anchor = enclosing == null ? block.id() : enclosing;
            String blockTrail = tags.containsKey(block.id()) ? trail + " › " + BlockLabels.label(block) : trail;
            element(tags, seen, block.id(), anchor, sectionId, where, blockEmpty(block), blockTrail);
            if (block instanceof DataTable table) {
                for (TableRow row : table.rows()) {
                    for (String tag : indicatorTags.getOrDefault(row.indicator(), List.of())) {
                        add(tag, new Place(table.id(), anchor, sectionId, where, false, row.indicator()));
                    }
                }
            }
            blocks(tags, indicatorTags, seen, block.children(), sectionId, where, anchor, blockTrail);
        }
    }

    private void element(Map<String, List<String>> tags, java.util.Set<String> seen, String id, String anchor,
                         String sectionId, String where, boolean empty, String trail) {
        seen.add(id);
        List<String> codes = tags.get(id);
        if (codes == null) {
            return;
        }
        paths.put(id, trail);
        for (String tag : codes) {
            add(tag, new Place(id, anchor, sectionId, where, empty, ""));
        }
    }

    private void add(String tag, Place place) {
        List<Place> list = byTag.computeIfAbsent(tag, k -> new ArrayList<>());
        boolean again = list.stream().anyMatch(p -> p.anchor().equals(place.anchor())
                && p.indicator().equals(place.indicator()));
        if (!again) {
            list.add(place);
        }
    }

    private static String title(Part part) {
        return part.title().zh();
    }

    private static String joined(String number, String title) {
        return number.isEmpty() ? title : number + " " + title;
    }

    /** A section with nothing but headings and blank text says nothing. */
    static boolean sectionEmpty(Section section) {
        return section.blocks().stream().allMatch(ReportPlaces::blockEmpty);
    }

    private static boolean partEmpty(Part part) {
        return org.esgstudio.model.ReportQuery.holdsBlocks(part) && part.blocks().stream().allMatch(ReportPlaces::blockEmpty);
    }

    static boolean blockEmpty(Block block) {
        if (block instanceof Heading) {
            return true;
        } else if (block instanceof Paragraph paragraph) {
            return paragraph.text().zh().isBlank() && paragraph.text().en().isBlank();
        } else if (block instanceof BulletList list) {
            return list.items().stream().allMatch(item -> item.zh().isBlank() && item.en().isBlank());
        } else if (block instanceof CaseStudy study) {
            return study.body().stream().allMatch(ReportPlaces::blockEmpty);
        } else if (block instanceof DataTable table) {
            return table.rows().isEmpty();
        } else if (block instanceof TextTable table) {
            return table.rows().isEmpty();
        }
        return false;
    }
}
