package org.esgstudio.ui.outline;

/** The kinds of block a user can add from the outline, in the order the Add menu lists them. */
public enum NewBlockKind {
    PARAGRAPH, HEADING, LIST, CASE_STUDY, TEXT_TABLE, DATA_TABLE, TILES, CALLOUT, IMAGE, CHART, DIAGRAM;

    /** The message key of the kind's name in the Add menu. */
    public String key() {
        return "ui.outline.add." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
