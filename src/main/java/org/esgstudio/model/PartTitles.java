package org.esgstudio.model;

import java.util.List;

/** Copies of a front or back part with another title or another list of blocks (its body or intro). */
final class PartTitles {
    private PartTitles() {
    }

    static Part withTitle(Part part, LocalizedText title) {
        if (part instanceof ReportInfo p) {
            return new ReportInfo(p.id(), title, p.sections(), p.contact());
        } else if (part instanceof Letter p) {
            return new Letter(p.id(), title, p.body(), p.signatory(), p.signatoryName());
        } else if (part instanceof Highlights p) {
            return new Highlights(p.id(), title, p.groups());
        } else if (part instanceof Timeline p) {
            return new Timeline(p.id(), title, p.entries());
        } else if (part instanceof Profile p) {
            return new Profile(p.id(), title, p.body());
        } else if (part instanceof Materiality p) {
            return new Materiality(p.id(), title, p.intro(), p.steps(), p.xAxis(), p.yAxis(), p.topics());
        } else if (part instanceof Stakeholders p) {
            return new Stakeholders(p.id(), title, p.intro(), p.rows());
        } else if (part instanceof KpiTable p) {
            return new KpiTable(p.id(), title, p.years(), p.sections());
        } else if (part instanceof ContentIndex p) {
            return new ContentIndex(p.id(), title, p.framework(), p.statement(), p.rows(), p.generate(), p.claim());
        } else if (part instanceof Appendix p) {
            return new Appendix(p.id(), title, p.body());
        } else if (part instanceof FeedbackForm p) {
            return new FeedbackForm(p.id(), title, p.intro(), p.questions(), p.contact());
        }
        throw new IllegalArgumentException("unknown part " + part.getClass().getSimpleName());
    }

    /** The part with {@code blocks} as its body or intro; a part that holds no blocks is returned as it is. */
    static Part withBlocks(Part part, List<Block> blocks) {
        if (part instanceof Letter p) {
            return new Letter(p.id(), p.title(), blocks, p.signatory(), p.signatoryName());
        } else if (part instanceof Profile p) {
            return new Profile(p.id(), p.title(), blocks);
        } else if (part instanceof Appendix p) {
            return new Appendix(p.id(), p.title(), blocks);
        } else if (part instanceof Materiality p) {
            return new Materiality(p.id(), p.title(), blocks, p.steps(), p.xAxis(), p.yAxis(), p.topics());
        } else if (part instanceof Stakeholders p) {
            return new Stakeholders(p.id(), p.title(), blocks, p.rows());
        }
        return part;
    }

    /** Whether the part holds a list of blocks the editor can add to. */
    static boolean holdsBlocks(Part part) {
        return part instanceof Letter || part instanceof Profile || part instanceof Appendix
                || part instanceof Materiality || part instanceof Stakeholders;
    }
}
