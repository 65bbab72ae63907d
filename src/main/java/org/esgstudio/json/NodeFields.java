package org.esgstudio.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of one stored report node ({@link NodeRow#content()}), flattened to text leaves, so that two states of
 * a node of any kind can be compared field by field. A field's key names list elements by their id where they have
 * one (table rows), else by position; its steps say the same for people (a field name, or a 1-based position).
 * A list of plain values (a table's years) is one field.
 */
public final class NodeFields {
    private NodeFields() {
    }

    /**
     * One leaf: {@code key} such as {@code rows[#r3].cells[1].zh}; {@code steps} such as
     * {@code [rows, 3, cells, 2, zh]} (names and 1-based positions); its text.
     */
    public record Field(String key, List<String> steps, String value) {
        public Field {
            steps = List.copyOf(steps);
        }

        /** "zh" or "en" for one side of a text, else "". */
        public String language() {
            String last = steps.isEmpty() ? "" : steps.get(steps.size() - 1);
            return "zh".equals(last) || "en".equals(last) ? last : "";
        }
    }

    /**
     * The node's fields in the order they are stored, keyed by {@link Field#key()}; the node's own id and type left
     * out (they are the row's id and kind).
     */
    public static Map<String, Field> of(String content) {
        JsonNode node;
        try {
            node = JsonMapping.mapper().readTree(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report node is not JSON: " + e.getOriginalMessage(), e);
        }
        Map<String, Field> fields = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> entries = node.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            if (!"id".equals(entry.getKey()) && !"type".equals(entry.getKey())) {
                walk(entry.getValue(), entry.getKey(), List.of(entry.getKey()), fields);
            }
        }
        return fields;
    }

    private static void walk(JsonNode node, String key, List<String> steps, Map<String, Field> fields) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> entries = node.fields();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> entry = entries.next();
                walk(entry.getValue(), key + "." + entry.getKey(), with(steps, entry.getKey()), fields);
            }
        } else if (node.isArray()) {
            if (allScalar(node)) {
                List<String> items = new ArrayList<>();
                node.forEach(item -> items.add(item.asText()));
                fields.put(key, new Field(key, steps, String.join(", ", items)));
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                String id = item.isObject() && item.hasNonNull("id") ? item.get("id").asText() : null;
                walk(item, key + (id == null ? "[" + i + "]" : "[#" + id + "]"), with(steps, Integer.toString(i + 1)),
                        fields);
            }
        } else if (!node.isNull() && !(steps.size() > 1 && "id".equals(steps.get(steps.size() - 1)))) {
            fields.put(key, new Field(key, steps, node.asText()));
        }
    }

    private static boolean allScalar(JsonNode array) {
        for (JsonNode item : array) {
            if (item.isContainerNode()) {
                return false;
            }
        }
        return true;
    }

    private static List<String> with(List<String> steps, String step) {
        List<String> longer = new ArrayList<>(steps);
        longer.add(step);
        return longer;
    }
}
