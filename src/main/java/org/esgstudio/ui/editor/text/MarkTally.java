package org.esgstudio.ui.editor.text;

import java.util.Collection;
import org.esgstudio.figures.FigureMark;
import org.esgstudio.figures.MarkStatus;
import org.esgstudio.ui.common.I18n;

/** How many of a block's figures agree, disagree or cannot be checked: the line under the prose editor. */
record MarkTally(int agrees, int disagrees, int unverified) {
    static final MarkTally NONE = new MarkTally(0, 0, 0);

    MarkTally plus(Collection<FigureMark> marks) {
        int a = agrees;
        int d = disagrees;
        int u = unverified;
        for (FigureMark mark : marks) {
            if (mark.status() == MarkStatus.AGREES) {
                a++;
            } else if (mark.status() == MarkStatus.DISAGREES) {
                d++;
            } else {
                u++;
            }
        }
        return new MarkTally(a, d, u);
    }

    String text() {
        return agrees + disagrees + unverified == 0 ? I18n.text("ui.prose.marks.none")
                : I18n.text("ui.prose.marks.summary", agrees, disagrees, unverified);
    }
}
