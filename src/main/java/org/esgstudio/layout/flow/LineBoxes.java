package org.esgstudio.layout.flow;

import java.util.List;
import org.esgstudio.layout.Box;
import org.esgstudio.layout.LinkBox;
import org.esgstudio.layout.TextBox;
import org.esgstudio.layout.text.LaidLine;
import org.esgstudio.layout.text.PlacedRun;

/** Turns a laid line into text boxes (and link boxes for linked runs) at a given top and left. */
public final class LineBoxes {
    private LineBoxes() {
    }

    /** Adds the boxes of {@code line}, whose line box starts at {@code top} and is {@code lineHeight} tall. */
    public static void add(LaidLine line, double left, double top, double lineHeight, List<Box> out) {
        double baseline = baseline(line, top, lineHeight);
        for (PlacedRun run : line.runs()) {
            if (run.text().isEmpty()) {
                continue;
            }
            out.add(new TextBox(left + run.x(), baseline - run.baselineShift(), run.font().face(), run.size(),
                    run.color(), run.text(), run.charSpacing()));
            if (run.linkTarget() != null) {
                out.add(new LinkBox(left + run.x(), top, run.width(), lineHeight, run.linkTarget()));
            }
        }
    }

    /** The baseline that centres the line's ink (ascent + descent) in its line box. */
    public static double baseline(LaidLine line, double top, double lineHeight) {
        double ink = line.ascent() + line.descent();
        return top + (lineHeight - ink) / 2 + line.ascent();
    }
}
