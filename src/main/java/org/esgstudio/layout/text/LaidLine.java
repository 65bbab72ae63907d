package org.esgstudio.layout.text;

import java.util.List;

/**
 * One line of a broken paragraph: its runs (x relative to the column's left edge, indent included), its used width,
 * the largest ascent and descent of its runs, and the footnotes whose markers it carries. The used width is the
 * indent plus the set width of the characters (the column width for a justified line that is not the last); the
 * offset of a centred or right-aligned line is in the runs' x, not in the width.
 */
public record LaidLine(List<PlacedRun> runs, double width, double ascent, double descent, List<String> footnoteIds,
                       boolean last) {
    public LaidLine {
        runs = List.copyOf(runs);
        footnoteIds = List.copyOf(footnoteIds);
    }

    /** The characters of the line as a reader sees them (runs concatenated). */
    public String text() {
        StringBuilder out = new StringBuilder();
        runs.forEach(run -> out.append(run.text()));
        return out.toString();
    }

    /** The source characters of the line (a substituted or replaced glyph gives back the character it stands for). */
    public String sourceText() {
        StringBuilder out = new StringBuilder();
        runs.forEach(run -> out.append(run.sourceText()));
        return out.toString();
    }
}
