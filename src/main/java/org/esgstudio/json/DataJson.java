package org.esgstudio.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.esgstudio.data.Indicator;
import org.esgstudio.data.IndicatorValue;
import org.esgstudio.data.Provenance;
import org.esgstudio.data.Rule;
import org.esgstudio.data.ValueStatus;

/** Compact JSON for data-store entities: lists kept in columns, and before/after images in the history. */
public final class DataJson {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    /**
     * A value's place as {@link #of(IndicatorValue)} writes it: the file, then "!" and the cell ({@code F12} or
     * {@code 指标数据!F12}). The file is cut at the first "!" after which a cell follows (a sheet name has no slash or
     * backslash), so a path with a "!" in it still reads back.
     */
    private static final Pattern PLACE = Pattern.compile("(.*?)!((?:[^!/\\\\]*!)?\\$?[A-Z]{1,3}\\$?[0-9]+)");

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

    /**
     * A value as {@link #of(IndicatorValue)} wrote it into the history (its before or after image). The place is split
     * back into file and cell; an empty place is a value typed in the app.
     */
    public static IndicatorValue value(String json) {
        try {
            JsonNode node = JsonMapping.mapper().readTree(json);
            String code = node.path("code").asText();
            int year = node.path("year").asInt();
            String amount = node.path("amount").isNull() || node.path("amount").isMissingNode() ? null
                    : node.path("amount").asText();
            ValueStatus status = ValueStatus.valueOf(node.path("status").asText(ValueStatus.REPORTED.name()));
            String place = node.path("source").asText("");
            String file = null;
            String cell = null;
            if (!place.isEmpty()) {
                Matcher split = PLACE.matcher(place);
                if (split.matches()) {
                    file = split.group(1);
                    cell = split.group(2);
                } else {
                    file = place;
                }
            }
            Provenance provenance = new Provenance(file, cell, node.path("by").asText(""),
                    Instant.parse(node.path("at").asText()));
            return new IndicatorValue(code, year, amount == null ? null : new BigDecimal(amount), status,
                    node.path("note").asText(""), provenance);
        } catch (JsonProcessingException | DateTimeParseException | IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("a value recorded in the history cannot be read: " + json, e);
        }
    }
}
