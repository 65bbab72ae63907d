package org.esgstudio.review;

import java.util.Locale;

/** Whether a thread still asks for an answer (open) or is done (resolved). */
public enum CommentStatus {
    OPEN, RESOLVED;

    /** The word used in JSON and on the command line. */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
