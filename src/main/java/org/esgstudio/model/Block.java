package org.esgstudio.model;

import java.util.List;

/** A unit of content inside a section, a case study or a front/back-matter body. */
public sealed interface Block extends Identified
        permits Paragraph, Heading, BulletList, CaseStudy, DataTable, TextTable, Tiles, Callout, Image, Chart, Diagram {

    /** Blocks nested inside this one, in reading order (only case studies have any). */
    default List<Block> children() {
        return List.of();
    }

    /** Footnotes attached to this block itself (not to nested blocks), in reading order. */
    default List<Footnote> footnotes() {
        return List.of();
    }
}
