package org.esgstudio.review;

import java.time.Instant;
import java.util.Objects;

/**
 * A final export made despite open errors or unapproved figures: who overrode the gate, when, why, what was still
 * open, and the file written. {@code id} is 0 until stored.
 */
public record FinalExport(long id, Instant at, String who, String reason, int errors, int unapproved, String output) {
    public FinalExport {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(output, "output");
    }

    public FinalExport withId(long stored) {
        return new FinalExport(stored, at, who, reason, errors, unapproved, output);
    }
}
