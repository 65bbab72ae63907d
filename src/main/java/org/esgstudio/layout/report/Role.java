package org.esgstudio.layout.report;

/** The typographic roles of the report's text; each has a style per language in {@link Styles}. */
public enum Role {
    BODY, BODY_BOLD, LEAD, H1, H2, H3, H4, CAPTION, FOOTNOTE, TABLE, TABLE_BOLD, TABLE_HEAD, HEADER, SECONDARY,
    FIGURE_VALUE, FIGURE_UNIT, FIGURE_LABEL, COVER_TITLE, COVER_SUB, OPENER_NUMBER, OPENER_TITLE, OPENER_TEXT,
    TOC_CHAPTER, TOC_ENTRY, LABEL
}
