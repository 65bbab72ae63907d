package org.esgstudio.layout.flow;

import java.util.List;
import org.esgstudio.layout.Box;

/** Lays out footnote texts for the foot of a page: their heights (to reserve space) and their boxes. */
public interface FootnoteSetter {

    /** The height one footnote takes in the footnote area (its lines plus spacing). */
    double height(String footnoteId);

    /** The height of the rule and gap that separate footnotes from the text above them. */
    double separatorHeight();

    /** Boxes of the separator and the given footnotes, from (0, 0) downwards, at the column's width. */
    List<Box> boxes(List<String> footnoteIds);
}
