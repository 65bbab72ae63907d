package org.esgstudio.review.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.esgstudio.json.NodeFields;
import org.esgstudio.json.NodeRow;
import org.esgstudio.json.ReportNodes;
import org.esgstudio.model.Report;

/**
 * Compares two reports node by node, matched by id, as the project file stores them (each node's own fields without
 * the nodes inside it): added, removed, changed and moved nodes, in reading order (a removed node where it was).
 * A node moved when it is in another container, or when its order among the siblings kept on both sides changed
 * (the fewest such nodes: a node that only shifted because another came or went did not move).
 */
final class NodeComparison {
    private final Map<String, NodeRow> before = new LinkedHashMap<>();
    private final Map<String, NodeRow> after = new LinkedHashMap<>();
    private final Places placesBefore;
    private final Places placesAfter;

    NodeComparison(Report from, Report to) {
        ReportNodes.split(from).forEach(row -> before.put(row.id(), row));
        ReportNodes.split(to).forEach(row -> after.put(row.id(), row));
        placesBefore = new Places(from);
        placesAfter = new Places(to);
    }

    List<BlockChange> changes() {
        Set<String> moved = moved();
        List<BlockChange> changes = new ArrayList<>();
        for (String id : readingOrder()) {
            NodeRow old = before.get(id);
            NodeRow now = after.get(id);
            if (old == null) {
                changes.add(change(id, now.kind(), ChangeKind.ADDED, false, placesAfter.of(id), null, null, now));
            } else if (now == null) {
                changes.add(change(id, old.kind(), ChangeKind.REMOVED, false, placesBefore.of(id), null, old, null));
            } else if (!old.content().equals(now.content()) || !old.kind().equals(now.kind())) {
                boolean wasMoved = moved.contains(id);
                changes.add(change(id, now.kind(), ChangeKind.CHANGED, wasMoved, placesAfter.of(id),
                        wasMoved ? placesBefore.of(id).path() : null, old, now));
            } else if (moved.contains(id)) {
                changes.add(change(id, now.kind(), ChangeKind.MOVED, true, placesAfter.of(id),
                        placesBefore.of(id).path(), old, now));
            }
        }
        return changes;
    }

    private static BlockChange change(String id, String kind, ChangeKind change, boolean moved, Places.Place place,
                                      String previous, NodeRow old, NodeRow now) {
        return new BlockChange(id, kind, change, moved, place.chapterId(), place.chapterTitle(), place.path(),
                previous, fields(old, now));
    }

    /** The fields that differ: those of the later state in their order, then those only the earlier one had. */
    private static List<FieldChange> fields(NodeRow old, NodeRow now) {
        Map<String, NodeFields.Field> was = old == null ? Map.of() : NodeFields.of(old.content());
        Map<String, NodeFields.Field> is = now == null ? Map.of() : NodeFields.of(now.content());
        List<FieldChange> fields = new ArrayList<>();
        if (old != null && now != null && !old.kind().equals(now.kind())) {
            fields.add(field(new NodeFields.Field("type", List.of("type"), now.kind()), old.kind(), now.kind()));
        }
        for (NodeFields.Field field : is.values()) {
            NodeFields.Field earlier = was.get(field.key());
            String beforeText = earlier == null ? "" : earlier.value();
            if (!beforeText.equals(field.value())) {
                fields.add(field(field, beforeText, field.value()));
            }
        }
        for (NodeFields.Field field : was.values()) {
            if (!is.containsKey(field.key()) && !field.value().isEmpty()) {
                fields.add(field(field, field.value(), ""));
            }
        }
        return fields;
    }

    private static FieldChange field(NodeFields.Field field, String beforeText, String afterText) {
        return new FieldChange(field.key(), FieldLabels.of(field.steps()), field.language(), beforeText, afterText,
                TextDiff.between(beforeText, afterText));
    }

    /** Every id of both states once: the later state's reading order, with removed nodes where they were. */
    private List<String> readingOrder() {
        List<String> from = new ArrayList<>(before.keySet());
        List<String> to = new ArrayList<>(after.keySet());
        List<String> order = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to, true).getDeltas()) {
            if (delta.getType() != DeltaType.INSERT) {
                for (String id : delta.getSource().getLines()) {
                    if (delta.getType() == DeltaType.EQUAL || !after.containsKey(id)) {
                        order.add(id);
                    }
                }
            }
            if (delta.getType() != DeltaType.EQUAL) {
                order.addAll(delta.getTarget().getLines());
            }
        }
        return order;
    }

    private Set<String> moved() {
        Set<String> moved = new HashSet<>();
        Map<String, List<String>> siblingsBefore = new HashMap<>();
        Map<String, List<String>> siblingsAfter = new HashMap<>();
        for (NodeRow old : before.values()) {
            NodeRow now = after.get(old.id());
            if (now == null) {
                continue;
            }
            if (!Objects.equals(old.parentId(), now.parentId()) || !old.list().equals(now.list())) {
                moved.add(old.id());
            } else {
                siblingsBefore.computeIfAbsent(old.parentId() + "/" + old.list(), k -> new ArrayList<>()).add(old.id());
            }
        }
        // split() lists siblings in their order, so these lists are in order too.
        for (NodeRow now : after.values()) {
            NodeRow old = before.get(now.id());
            if (old != null && !moved.contains(now.id())) {
                siblingsAfter.computeIfAbsent(now.parentId() + "/" + now.list(), k -> new ArrayList<>()).add(now.id());
            }
        }
        for (Map.Entry<String, List<String>> siblings : siblingsBefore.entrySet()) {
            List<String> is = siblingsAfter.getOrDefault(siblings.getKey(), List.of());
            for (AbstractDelta<String> delta : DiffUtils.diff(siblings.getValue(), is).getDeltas()) {
                moved.addAll(delta.getSource().getLines());
            }
        }
        return moved;
    }
}
