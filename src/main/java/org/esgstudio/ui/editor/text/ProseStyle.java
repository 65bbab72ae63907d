package org.esgstudio.ui.editor.text;

import java.util.ArrayList;
import java.util.List;
import org.esgstudio.figures.MarkStatus;

/**
 * The style of a run of characters in a prose area: whether it is emphasised (part of the text) and how the figure it
 * belongs to was judged (an overlay from validation, never saved).
 */
record ProseStyle(boolean emphasis, MarkStatus mark) {
    static final ProseStyle PLAIN = new ProseStyle(false, null);
    static final ProseStyle EMPHASIS = new ProseStyle(true, null);

    ProseStyle withEmphasis(boolean on) {
        return on == emphasis ? this : new ProseStyle(on, mark);
    }

    ProseStyle withMark(MarkStatus status) {
        return status == mark ? this : new ProseStyle(emphasis, status);
    }

    /** The CSS classes of a text node with this style (see prose.css). */
    List<String> styleClasses() {
        List<String> classes = new ArrayList<>(3);
        classes.add("prose-text");
        if (emphasis) {
            classes.add("emphasis");
        }
        if (mark != null) {
            classes.add(markClass(mark));
        }
        return classes;
    }

    static String markClass(MarkStatus status) {
        if (status == MarkStatus.AGREES) {
            return "figure-agrees";
        }
        return status == MarkStatus.DISAGREES ? "figure-disagrees" : "figure-unverified";
    }
}
