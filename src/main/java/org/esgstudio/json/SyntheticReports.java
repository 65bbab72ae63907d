package org.esgstudio.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.esgstudio.model.Report;

/** Bigger reports for benchmarks: the chapters repeated {@code factor} times, every copy with its own ids. */
public final class SyntheticReports {
    private static final Pattern NOTE_REF = Pattern.compile("\\[\\^([^\\]]+)]");

    private SyntheticReports() {
    }

    public static Report scaled(Report report, int factor) {
        if (factor < 1) {
            throw new IllegalArgumentException("factor must be at least 1: " + factor);
        }
        ObjectNode tree = JsonMapping.mapper().valueToTree(ReportDocument.of(report));
        ArrayNode chapters = (ArrayNode) tree.get("chapters");
        ArrayNode original = chapters.deepCopy();
        for (int copy = 2; copy <= factor; copy++) {
            for (JsonNode chapter : original) {
                JsonNode renamed = chapter.deepCopy();
                rename(renamed, "-x" + copy);
                chapters.add(renamed);
            }
        }
        try {
            return JsonMapping.mapper().treeToValue(tree, ReportDocument.class).toReport();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Suffixes every id, footnote reference and diagram edge end below the node. */
    private static void rename(JsonNode node, String suffix) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = field.getKey();
                JsonNode value = field.getValue();
                if ((name.equals("id") || name.equals("from") || name.equals("to")) && value.isTextual()) {
                    field.setValue(TextNode.valueOf(value.asText() + suffix));
                } else if ((name.equals("zh") || name.equals("en")) && value.isTextual()) {
                    Matcher refs = NOTE_REF.matcher(value.asText());
                    field.setValue(TextNode.valueOf(refs.replaceAll(match ->
                            Matcher.quoteReplacement("[^" + match.group(1) + suffix + "]"))));
                } else {
                    rename(value, suffix);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> rename(child, suffix));
        }
    }
}
