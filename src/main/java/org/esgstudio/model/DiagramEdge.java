package org.esgstudio.model;

import java.util.Objects;

/** An arrow between two boxes of a diagram, by node id. */
public record DiagramEdge(String from, String to) {
    public DiagramEdge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
