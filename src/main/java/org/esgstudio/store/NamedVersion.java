package org.esgstudio.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A named state of the report (送审版 v1, 定稿版): its name, who named it when, the revision it is the state after,
 * and the hash of the history chain's head then (the seal of that revision), which ties the version to the audit
 * trail. Its snapshot is read with {@link ProjectFile#loadVersion}.
 */
public record NamedVersion(long id, String name, String author, Instant at, long revisionId, String headHash) {
    public NamedVersion {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(headHash, "headHash");
    }
}
