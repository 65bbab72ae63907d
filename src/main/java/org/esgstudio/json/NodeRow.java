package org.esgstudio.json;

import java.util.Objects;

/**
 * One node of the report tree as the project file stores it: its own fields as compact JSON (without its children),
 * its parent, the parent's list it sits in ("chapters", "blocks", "body" …) and its position there.
 */
public record NodeRow(String id, String parentId, String list, int position, String kind, String content) {
    public NodeRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
    }

    /** Same place in the tree (parent, list, position). */
    public boolean samePlaceAs(NodeRow other) {
        return Objects.equals(parentId, other.parentId) && list.equals(other.list) && position == other.position;
    }
}
