package org.esgstudio.office.review;

import java.math.BigInteger;
import java.util.List;

/**
 * Where comments sit in a paragraph's text ({@code start}–{@code end} in the coordinates of the pieces written, see
 * {@link Piece#markLength}), and whether those characters are shaded as a figure that disagrees with the store.
 */
record Anchor(int start, int end, boolean highlight, List<BigInteger> comments) {
    static final int WHOLE = Integer.MAX_VALUE;

    Anchor {
        comments = List.copyOf(comments);
    }

    /** Comments around the whole paragraph. */
    static Anchor whole(List<BigInteger> comments) {
        return new Anchor(0, WHOLE, false, comments);
    }
}
