package org.esgstudio.review;

import java.util.Locale;

/** What a reviewer approved: a stored value (CODE@YEAR), one figure as written in a block, or a whole block. */
public enum ApprovalKind {
    VALUE, FIGURE, BLOCK;

    /** The word stored in the project file. */
    public String stored() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ApprovalKind fromStored(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }
}
