package org.esgstudio.model;

import java.util.List;

/** A part of the report outside the chapters: front matter or back matter. */
public sealed interface Part extends Identified permits FrontPart, BackPart {

    LocalizedText title();

    /** The blocks this part holds directly (its body or intro), in reading order. */
    default List<Block> blocks() {
        return List.of();
    }

    /** Footnotes attached to the part's own elements (not to its blocks), in reading order. */
    default List<Footnote> footnotes() {
        return List.of();
    }
}
