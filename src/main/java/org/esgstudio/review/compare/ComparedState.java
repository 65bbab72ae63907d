package org.esgstudio.review.compare;

import java.time.Instant;
import java.util.Objects;

/**
 * One side of a comparison as a change report names it: a named version (its name, who named it, when) or the
 * current saved state ({@code current} true; the time of its last save and who saved it).
 */
public record ComparedState(String name, String author, Instant at, boolean current) {
    public ComparedState {
        Objects.requireNonNull(name, "name");
        author = Objects.requireNonNullElse(author, "");
    }

    /** A named version. */
    public static ComparedState version(String name, String author, Instant at) {
        return new ComparedState(name, author, at, false);
    }

    /** The current saved state, after revision {@code revision} (named "修订 7"), saved by {@code author}. */
    public static ComparedState current(long revision, String author, Instant at) {
        return new ComparedState(org.esgstudio.i18n.Messages.get("version.revision", revision), author, at, true);
    }
}
