package org.esgstudio.review;

import java.util.Locale;

/** What a status event does to a thread: resolve it (done) or reopen it. */
public enum CommentAction {
    RESOLVE, REOPEN;

    /** The word stored in the project file. */
    public String stored() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CommentAction fromStored(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }

    /** The status a thread has after this event. */
    public CommentStatus result() {
        return this == RESOLVE ? CommentStatus.RESOLVED : CommentStatus.OPEN;
    }
}
