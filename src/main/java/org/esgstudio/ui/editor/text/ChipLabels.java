package org.esgstudio.ui.editor.text;

import org.esgstudio.data.FigureFormat;
import org.esgstudio.data.Project;
import org.esgstudio.model.FootnoteNumbering;
import org.esgstudio.model.Inline;

/**
 * What chips show in one language: a figure reference its value from the store as the report prints it (the code
 * in braces when the store has none), a footnote reference its printed marker (①②③, numbered across the report).
 */
final class ChipLabels implements ProseDocument.Labels {
    private final Project project;
    private final boolean english;
    private FootnoteNumbering numbering;

    ChipLabels(Project project, boolean english) {
        this.project = project;
        this.english = english;
    }

    @Override
    public String figure(Inline.FigureRef reference) {
        int year = reference.year() == null ? project.report().settings().year() : reference.year();
        String value = FigureFormat.of(project.data(), reference.indicator(), year, english);
        if (value != null) {
            return value;
        }
        return "{{" + reference.indicator() + (reference.year() == null ? "" : "@" + reference.year()) + "}}";
    }

    @Override
    public String note(String footnoteId) {
        if (numbering == null) {
            // Numbering walks the whole report: only done when a footnote chip is drawn, never per keystroke.
            numbering = FootnoteNumbering.of(project.report());
        }
        try {
            return numbering.marker(footnoteId);
        } catch (IllegalArgumentException noSuchNote) {
            return "?";
        }
    }
}
