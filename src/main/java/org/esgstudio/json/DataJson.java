package org.esgstudio.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.esgstudio.data.Indicator;
import org.esgstudio.data.IndicatorValue;
import org.esgstudio.data.Rule;

/** Compact JSON for data-store entities: lists kept in columns, and before/after images in the history. */
public final class DataJson {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private DataJson() {
    }

    public static String strings(List<String> list) {
        try {
            return JsonMapping.mapper().writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<String> strings(String json) {
        try {
            return JsonMapping.mapper().readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored list is not a JSON array of strings: " + json, e);
        }
    }

    public static String of(Indicator indicator) {
        ObjectNode node = JsonMapping.mapper().createObjectNode();
        node.put("code", indicator.code());
        node.put("nameZh", indicator.name().zh());
        node.put("nameEn", indicator.name().en());
        node.set("aliases", JsonMapping.mapper().valueToTree(indicator.aliases()));
        node.put("unit", indicator.unit());
        node.put("decimals", indicator.decimals());
        node.put("category", indicator.category());
        node.put("department", indicator.department());
        node.put("source", indicator.source());
        node.set("frameworks", JsonMapping.mapper().valueToTree(indicator.frameworks()));
        node.put("definitionZh", indicator.definition().zh());
        node.put("definitionEn", indicator.definition().en());
        return ReportNodes.compact(node);
    }

    public static String of(IndicatorValue value) {
        ObjectNode node = JsonMapping.mapper().createObjectNode();
        node.put("code", value.code());
        node.put("year", value.year());
        node.put("amount", value.amount() == null ? null : value.amount().toPlainString());
        node.put("status", value.status().name());
        node.put("note", value.note());
        node.put("source", value.provenance().place());
        node.put("by", value.provenance().author());
        node.put("at", value.provenance().at().toString());
        return ReportNodes.compact(node);
    }

    public static String of(Rule rule) {
        ObjectNode node = JsonMapping.mapper().createObjectNode();
        node.put("name", rule.name());
        node.put("expression", rule.expression());
        return ReportNodes.compact(node);
    }
}
