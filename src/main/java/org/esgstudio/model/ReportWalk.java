package org.esgstudio.model;

import java.util.List;

/** Visits every part, chapter, section, block and footnote of a report in reading order. */
public final class ReportWalk {
    private ReportWalk() {
    }

    public static void walk(Report report, ReportVisitor visitor) {
        report.front().forEach(part -> visitPart(part, visitor));
        for (Chapter chapter : report.chapters()) {
            String number = SectionNumbering.chapterNumber(report, chapter);
            String chapterTitle = (number.isEmpty() ? "" : number + " ") + chapter.title().zh();
            Location chapterLocation = Location.of(chapter.id(), null, List.of(chapterTitle));
            visitor.chapter(chapter, number, chapterLocation);
            for (Section section : chapter.sections()) {
                String sectionNumber = SectionNumbering.sectionNumber(report, chapter, section);
                String sectionTitle = (sectionNumber.isEmpty() ? "" : sectionNumber + " ") + section.title().zh();
                Location sectionLocation = Location.of(chapter.id(), section.id(), List.of(chapterTitle, sectionTitle));
                visitor.section(chapter, section, sectionNumber, sectionLocation);
                visitBlocks(section.blocks(), sectionLocation, visitor);
            }
        }
        report.back().forEach(part -> visitPart(part, visitor));
    }

    private static void visitPart(Part part, ReportVisitor visitor) {
        Location location = Location.of(part.id(), null, List.of(part.title().zh()));
        visitor.part(part, location);
        part.footnotes().forEach(note -> visitor.footnote(note, location));
        visitBlocks(part.blocks(), location, visitor);
    }

    private static void visitBlocks(List<Block> blocks, Location container, ReportVisitor visitor) {
        for (Block block : blocks) {
            Location location = container.inBlock(block.id(), BlockLabels.label(block));
            visitor.block(block, location);
            block.footnotes().forEach(note -> visitor.footnote(note, location));
            visitBlocks(block.children(), location, visitor);
        }
    }
}
