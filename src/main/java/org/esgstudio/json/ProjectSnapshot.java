package org.esgstudio.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.esgstudio.data.DataSet;
import org.esgstudio.data.Indicator;
import org.esgstudio.data.IndicatorValue;
import org.esgstudio.data.Project;
import org.esgstudio.data.Provenance;
import org.esgstudio.data.Rule;
import org.esgstudio.data.ValueStatus;
import org.esgstudio.model.Asset;
import org.esgstudio.model.LocalizedText;

/**
 * The whole project as one JSON document, for a named version: the report as report.json has it, every field of
 * every indicator, value (with its provenance) and rule, and each asset by name and SHA-256 (the bytes are kept
 * apart, once per content). {@link #read} gives back a project equal to the one {@link #write} was given.
 */
public final class ProjectSnapshot {
    /** The snapshot format this version writes and reads. */
    public static final int FORMAT = 1;

    private ProjectSnapshot() {
    }

    /** The snapshot's JSON text and the assets' bytes by SHA-256 (to be stored beside it). */
    public record Written(String json, Map<String, byte[]> assets) {
    }

    public static Written write(Project project) {
        ObjectNode root = JsonMapping.mapper().createObjectNode();
        root.put("format", FORMAT);
        root.set("report", JsonMapping.mapper().valueToTree(ReportDocument.of(project.report())));
        ArrayNode indicators = root.putArray("indicators");
        for (Indicator indicator : project.data().indicators()) {
            indicators.add(indicator(indicator));
        }
        ArrayNode values = root.putArray("values");
        for (IndicatorValue value : project.data().values()) {
            values.add(value(value));
        }
        ArrayNode rules = root.putArray("rules");
        for (Rule rule : project.data().rules()) {
            rules.addObject().put("name", rule.name()).put("expression", rule.expression());
        }
        ArrayNode assets = root.putArray("assets");
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        for (Asset asset : project.assets()) {
            byte[] content = asset.bytes();
            String sha = sha256(content);
            assets.addObject().put("name", asset.name()).put("sha256", sha);
            bytes.putIfAbsent(sha, content);
        }
        try {
            return new Written(JsonMapping.mapper().writeValueAsString(root), bytes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the project could not be written as a snapshot", e);
        }
    }

    /**
     * The project of a snapshot; {@code assetBytes} gives the bytes of an asset by its SHA-256. Throws
     * {@link IllegalStateException} when the text is not a snapshot this version can read.
     */
    public static Project read(String json, Function<String, byte[]> assetBytes) {
        try {
            JsonNode root = JsonMapping.mapper().readTree(json);
            int format = root.path("format").asInt(0);
            if (format != FORMAT) {
                throw new IllegalStateException("snapshot format " + format + " is not " + FORMAT);
            }
            ReportDocument report = JsonMapping.mapper().treeToValue(root.get("report"), ReportDocument.class);
            List<Indicator> indicators = new ArrayList<>();
            for (JsonNode node : root.path("indicators")) {
                indicators.add(indicator(node));
            }
            List<IndicatorValue> values = new ArrayList<>();
            for (JsonNode node : root.path("values")) {
                values.add(value(node));
            }
            List<Rule> rules = new ArrayList<>();
            for (JsonNode node : root.path("rules")) {
                rules.add(new Rule(node.get("name").asText(), node.get("expression").asText()));
            }
            List<Asset> assets = new ArrayList<>();
            for (JsonNode node : root.path("assets")) {
                String sha = node.get("sha256").asText();
                byte[] content = assetBytes.apply(sha);
                if (content == null || !sha256(content).equals(sha)) {
                    throw new IllegalStateException("the bytes of asset " + node.get("name").asText() + " are missing");
                }
                assets.add(new Asset(node.get("name").asText(), content));
            }
            return new Project(report.toReport(), new DataSet(indicators, values, rules), assets);
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("the snapshot cannot be read: " + e.getMessage(), e);
        }
    }

    private static ObjectNode indicator(Indicator indicator) {
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
        return node;
    }

    private static Indicator indicator(JsonNode node) {
        return new Indicator(node.get("code").asText(), new LocalizedText(text(node, "nameZh"), text(node, "nameEn")),
                strings(node.path("aliases")), text(node, "unit"), node.get("decimals").asInt(),
                text(node, "category"), text(node, "department"), text(node, "source"),
                strings(node.path("frameworks")), new LocalizedText(text(node, "definitionZh"),
                        text(node, "definitionEn")));
    }

    private static ObjectNode value(IndicatorValue value) {
        ObjectNode node = JsonMapping.mapper().createObjectNode();
        node.put("code", value.code());
        node.put("year", value.year());
        // The exact decimal text: 98652 and 98652.0 are different entries.
        node.put("amount", value.amount() == null ? null : value.amount().toPlainString());
        node.put("status", value.status().name());
        node.put("note", value.note());
        node.put("file", value.provenance().file());
        node.put("cell", value.provenance().cell());
        node.put("by", value.provenance().author());
        node.put("at", value.provenance().at().toString());
        return node;
    }

    private static IndicatorValue value(JsonNode node) {
        JsonNode amount = node.get("amount");
        return new IndicatorValue(node.get("code").asText(), node.get("year").asInt(),
                amount == null || amount.isNull() ? null : new BigDecimal(amount.asText()),
                ValueStatus.valueOf(node.get("status").asText()), text(node, "note"),
                new Provenance(nullable(node, "file"), nullable(node, "cell"), node.get("by").asText(),
                        Instant.parse(node.get("at").asText())));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }

    private static String nullable(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(item -> list.add(item.asText()));
        return list;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
