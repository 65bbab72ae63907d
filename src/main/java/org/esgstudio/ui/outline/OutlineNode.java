package org.esgstudio.ui.outline;

import java.util.List;

/** One node of the report outline as shown: its id in the report, the label, its kind and children. */
public record OutlineNode(String id, String label, OutlineKind kind, List<OutlineNode> children) {
    public OutlineNode {
        children = List.copyOf(children);
    }

    /** All nodes below and including this one, depth first. */
    public int size() {
        int size = 1;
        for (OutlineNode child : children) {
            size += child.size();
        }
        return size;
    }
}
