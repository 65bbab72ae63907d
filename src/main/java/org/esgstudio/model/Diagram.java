package org.esgstudio.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** An org chart or a process held as data: boxes and arrows. */
public record Diagram(String id, DiagramKind kind, LocalizedText title, List<DiagramNode> nodes, List<DiagramEdge> edges)
        implements Block {
    public Diagram {
        Objects.requireNonNull(id, "id");
        kind = Objects.requireNonNullElse(kind, DiagramKind.PROCESS);
        title = LocalizedText.orEmpty(title);
        nodes = Lists.copy(nodes);
        edges = Lists.copy(edges);
        Set<String> ids = new HashSet<>();
        nodes.forEach(node -> ids.add(node.id()));
        for (DiagramEdge edge : edges) {
            if (!ids.contains(edge.from()) || !ids.contains(edge.to())) {
                throw new InvalidValueException("diagram " + id + ": arrow " + edge.from() + " → " + edge.to()
                        + " names a box that is not in the diagram", "guard.model.arrow", id, edge.from(), edge.to());
            }
        }
    }
}
