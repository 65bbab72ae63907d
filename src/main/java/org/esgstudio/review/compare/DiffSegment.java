package org.esgstudio.review.compare;

import java.util.Objects;

/** A run of a text diff: text both states share, text only the earlier one had, or text only the later one has. */
public record DiffSegment(Kind kind, String text) {
    /** What the run is. */
    public enum Kind {
        SAME, DELETED, INSERTED
    }

    public DiffSegment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
