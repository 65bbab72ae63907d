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
}
