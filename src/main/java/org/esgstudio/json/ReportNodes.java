package org.esgstudio.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.esgstudio.i18n.Messages;
import org.esgstudio.i18n.Problem;
import org.esgstudio.model.Report;

/**
 * Splits a report into one row per node (report, part, chapter, section, block) and joins rows back into a report,
 * so that the project file stores, updates and records history block by block.
 */
public final class ReportNodes {
    /** The id of the report's own row; '#' cannot occur in a user id, so it never clashes. */
    public static final String ROOT_ID = "#report";
    public static final String ROOT_KIND = "report";
    private static final Map<String, List<String>> CHILD_LISTS = Map.of(
            ROOT_KIND, List.of("front", "chapters", "back"),
            "chapter", List.of("sections"),
            "section", List.of("blocks"),
            "letter", List.of("body"),
            "profile", List.of("body"),
            "appendix", List.of("body"),
            "caseStudy", List.of("body"),
            "materiality", List.of("intro"),
            "stakeholders", List.of("intro"));
    private static final Map<String, String> KIND_BY_LIST = Map.of("chapters", "chapter", "sections", "section");

    private ReportNodes() {
    }

    /** The rows of a report, worked out from scratch; {@link NodeSplitter} gives the same rows for a series of edits. */
    public static List<NodeRow> split(Report report) {
        ObjectNode root = JsonMapping.mapper().valueToTree(ReportDocument.of(report));
        List<NodeRow> rows = new ArrayList<>();
        split(root, ROOT_ID, null, "", 0, ROOT_KIND, rows);
        return rows;
    }

    /** Splits a node's JSON tree (taken apart in place) into its row and its descendants' rows, in pre-order. */
    static void split(ObjectNode node, String id, String parentId, String list, int position, String kind,
                      List<NodeRow> rows) {
        Map<String, ArrayNode> children = new LinkedHashMap<>();
        for (String childList : CHILD_LISTS.getOrDefault(kind, List.of())) {
            JsonNode removed = node.remove(childList);
            if (removed instanceof ArrayNode array) {
                children.put(childList, array);
            }
        }
        rows.add(new NodeRow(id, parentId, list, position, kind, compact(node)));
        for (Map.Entry<String, ArrayNode> entry : children.entrySet()) {
            int index = 0;
            for (JsonNode child : entry.getValue()) {
                ObjectNode object = (ObjectNode) child;
                String childKind = object.has("type") ? object.get("type").asText()
                        : KIND_BY_LIST.getOrDefault(entry.getKey(), entry.getKey());
                split(object, object.get("id").asText(), id, entry.getKey(), index++, childKind, rows);
            }
        }
    }

    /** Rebuilds the report from its rows (in any order); fails if the rows do not form one tree. */
    public static Report join(List<NodeRow> rows) {
        Map<String, List<NodeRow>> byParent = new HashMap<>();
        NodeRow root = null;
        for (NodeRow row : rows) {
            if (row.parentId() == null) {
                if (root != null) {
                    throw new IllegalStateException("two root rows: " + root.id() + " and " + row.id());
                }
                root = row;
            } else {
                byParent.computeIfAbsent(row.parentId(), k -> new ArrayList<>()).add(row);
            }
        }
        if (root == null) {
            throw new IllegalStateException("the project holds no report");
        }
        int[] joined = {0};
        ObjectNode tree = join(root, byParent, joined);
        if (joined[0] != rows.size()) {
            throw new IllegalStateException((rows.size() - joined[0]) + " report nodes are not attached to the report");
        }
        try {
            return JsonMapping.mapper().treeToValue(tree, ReportDocument.class).toReport();
        } catch (JsonProcessingException e) {
            // Said the way report.json problems are (path and what is wrong), without a place in a file.
            Problem problem = JsonProblems.describe("", e);
            throw new IllegalStateException(Messages.get(problem.key(), problem.args()), e);
        }
    }

    private static ObjectNode join(NodeRow row, Map<String, List<NodeRow>> byParent, int[] joined) {
        joined[0]++;
        ObjectNode node = parse(row.content());
        List<NodeRow> children = new ArrayList<>(byParent.getOrDefault(row.id(), List.of()));
        children.sort(Comparator.comparing(NodeRow::list).thenComparingInt(NodeRow::position));
        for (NodeRow child : children) {
            ArrayNode list = node.has(child.list()) ? (ArrayNode) node.get(child.list()) : node.putArray(child.list());
            list.add(join(child, byParent, joined));
        }
        return node;
    }

    /** The node's content for storage: compact JSON. */
    static String compact(JsonNode node) {
        try {
            return JsonMapping.mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode parse(String content) {
        try {
            return (ObjectNode) JsonMapping.mapper().readTree(content);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalStateException("a stored report node is not a JSON object: " + content, e);
        }
    }
}
