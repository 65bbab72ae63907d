package org.esgstudio.ui.outline;

import java.util.ArrayList;
import java.util.List;
import org.esgstudio.model.BackPart;
import org.esgstudio.model.Block;
import org.esgstudio.model.BlockLabels;
import org.esgstudio.model.CaseStudy;
import org.esgstudio.model.Chapter;
import org.esgstudio.model.ChapterKind;
import org.esgstudio.model.FrontPart;
import org.esgstudio.model.Report;
import org.esgstudio.model.SectionNumbering;
import org.esgstudio.model.Section;
import org.esgstudio.ui.common.I18n;

/** Builds the outline tree of a report: front matter, chapters with numbered sections and their blocks, back matter. */
public final class OutlineModel {
    private OutlineModel() {
    }

    public static OutlineNode of(Report report) {
        List<OutlineNode> top = new ArrayList<>();
        List<OutlineNode> front = new ArrayList<>();
        for (FrontPart part : report.front()) {
            front.add(new OutlineNode(part.id(), part.title().zh(), OutlineKind.FRONT_PART, blocks(part.blocks())));
        }
        top.add(new OutlineNode("#front", I18n.text("ui.outline.front"), OutlineKind.FRONT_MATTER, front));
        for (Chapter chapter : report.chapters()) {
            List<OutlineNode> sections = new ArrayList<>();
            for (Section section : chapter.sections()) {
                String number = SectionNumbering.sectionNumber(report, chapter, section);
                sections.add(new OutlineNode(section.id(), join(number, section.title().zh()), OutlineKind.SECTION,
                        blocks(section.blocks())));
            }
            String number = SectionNumbering.chapterNumber(report, chapter);
            String label = chapter.kind() == ChapterKind.FEATURE
                    ? I18n.text("ui.outline.feature", chapter.title().zh()) : join(number, chapter.title().zh());
            top.add(new OutlineNode(chapter.id(), label,
                    chapter.kind() == ChapterKind.FEATURE ? OutlineKind.FEATURE : OutlineKind.CHAPTER, sections));
        }
        List<OutlineNode> back = new ArrayList<>();
        for (BackPart part : report.back()) {
            back.add(new OutlineNode(part.id(), part.title().zh(), OutlineKind.BACK_PART, blocks(part.blocks())));
        }
        top.add(new OutlineNode("#back", I18n.text("ui.outline.back"), OutlineKind.BACK_MATTER, back));
        return new OutlineNode("#report", report.settings().title().zh(), OutlineKind.REPORT, top);
    }

    private static List<OutlineNode> blocks(List<Block> blocks) {
        List<OutlineNode> nodes = new ArrayList<>();
        for (Block block : blocks) {
            nodes.add(new OutlineNode(block.id(), BlockLabels.label(block),
                    block instanceof CaseStudy ? OutlineKind.CASE_STUDY : OutlineKind.BLOCK, blocks(block.children())));
        }
        return nodes;
    }

    private static String join(String number, String title) {
        return number.isEmpty() ? title : number + "  " + title;
    }
}
