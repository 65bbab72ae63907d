package org.esgstudio.office.draft;

import java.util.List;
import org.esgstudio.model.Block;
import org.esgstudio.model.BulletList;
import org.esgstudio.model.CaseStudy;
import org.esgstudio.model.DataTable;
import org.esgstudio.model.Heading;
import org.esgstudio.model.Image;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.Section;
import org.esgstudio.model.TextTable;

/** Counts what an import brings, nested blocks of case studies included. */
final class DraftCounts {
    private int subHeads;
    private int paragraphs;
    private int lists;
    private int tables;
    private int dataTables;
    private int images;
    private int caseStudies;
    private int footnotes;

    private DraftCounts() {
    }

    static DraftImport.Counts of(int chapters, List<Section> sections) {
        DraftCounts counts = new DraftCounts();
        sections.forEach(section -> section.blocks().forEach(counts::add));
        return new DraftImport.Counts(chapters, sections.size(), counts.subHeads, counts.paragraphs, counts.lists,
                counts.tables, counts.dataTables, counts.images, counts.caseStudies, counts.footnotes);
    }

    private void add(Block block) {
        footnotes += block.footnotes().size();
        if (block instanceof Heading) {
            subHeads++;
        } else if (block instanceof Paragraph) {
            paragraphs++;
        } else if (block instanceof BulletList) {
            lists++;
        } else if (block instanceof DataTable) {
            tables++;
            dataTables++;
        } else if (block instanceof TextTable) {
            tables++;
        } else if (block instanceof Image) {
            images++;
        } else if (block instanceof CaseStudy c) {
            caseStudies++;
            if (c.hasImage()) {
                images++;
            }
        }
        block.children().forEach(this::add);
    }
}
