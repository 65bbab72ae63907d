package org.esgstudio.office.review;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.esgstudio.data.Project;
import org.esgstudio.figures.Finding;
import org.esgstudio.figures.ValidationReport;
import org.esgstudio.figures.Validator;
import org.esgstudio.model.Block;
import org.esgstudio.model.Chapter;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.Report;
import org.esgstudio.model.ReportEdits;
import org.esgstudio.model.ReportQuery;
import org.esgstudio.model.Section;
import org.esgstudio.store.Samples;

/**
 * The main sample with one figure changed so that it disagrees with the store: the paragraph on water use quotes
 * 98,653 立方米 where the store says 98,652. Plus helpers to walk a written copy.
 */
final class ReviewFixture {
    static final String WATER_PARAGRAPH = "ch2-s4-p6";
    static final String WRONG = "98,653立方米";
    static final int GREEN_CHAPTER = 2;

    final Project project;
    final ValidationReport validation;

    private ReviewFixture(Project project) {
        this.project = project;
        this.validation = validation(project);
    }

    static ValidationReport validation(Project project) {
        return Validator.validate(project.report(), project.data(), project.report().settings().year());
    }

    static ReviewFixture withWrongWaterFigure() {
        Project sample = Samples.read(Samples.QINGHE);
        Paragraph water = (Paragraph) find(sample.report(), WATER_PARAGRAPH);
        String text = water.text().zh();
        if (!text.contains("98,652立方米")) {
            throw new IllegalStateException("the sample's water paragraph no longer quotes 98,652立方米: " + text);
        }
        Paragraph changed = new Paragraph(water.id(), new LocalizedText(text.replace("98,652立方米", WRONG),
                water.text().en()), water.notes());
        return new ReviewFixture(sample.withReport(ReportEdits.replaceBlock(sample.report(), changed)));
    }

    static Block find(Report report, String id) {
        return ReportQuery.block(report, id).orElseThrow(() -> new IllegalArgumentException("no block " + id));
    }

    Chapter chapter(int number) {
        return project.report().chapters().get(number - 1);
    }

    /** Every block id of a chapter, case-study bodies included. */
    Set<String> blockIds(Chapter chapter) {
        Set<String> ids = new HashSet<>();
        for (Section section : chapter.sections()) {
            collect(section.blocks(), ids);
        }
        return ids;
    }

    private static void collect(List<Block> blocks, Set<String> ids) {
        for (Block block : blocks) {
            ids.add(block.id());
            collect(block.children(), ids);
        }
    }

    List<Finding> findingsIn(Chapter chapter) {
        Set<String> ids = blockIds(chapter);
        return validation.findings().stream().filter(f -> f.blockId() != null && ids.contains(f.blockId())).toList();
    }

    /** The paragraphs of a body in reading order, those in table cells (case-study boxes, tables) included. */
    static List<XWPFParagraph> paragraphs(List<IBodyElement> elements) {
        List<XWPFParagraph> all = new ArrayList<>();
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                all.add(paragraph);
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        all.addAll(paragraphs(cell.getBodyElements()));
                    }
                }
            }
        }
        return all;
    }
}
