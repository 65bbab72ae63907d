package org.esgstudio.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.esgstudio.data.DataSet;
import org.esgstudio.data.Indicator;
import org.esgstudio.data.IndicatorValue;
import org.esgstudio.json.NodeRow;
import org.esgstudio.json.ReportNodes;
import org.esgstudio.model.Report;

/**
 * The SHA-256 fingerprints of what a reviewer approves. A value: its amount, status, note and the indicator's unit
 * (not who typed it when). A block: its stored JSON and that of every node inside it (a case study's body), so that any
 * change of its text revokes it. A figure: the figure as written plus the value it agrees with.
 */
public final class ApprovalHashes {
    private final Report report;
    private final DataSet data;
    private Map<String, NodeRow> rows;
    private Map<String, List<String>> children;
    private final Map<String, String> blockHashes = new HashMap<>();

    public ApprovalHashes(Report report, DataSet data) {
        this.report = report;
        this.data = data;
    }

    /** The fingerprint of the value {@code code@year}, empty when the store has no such value. */
    public Optional<String> value(String code, int year) {
        return valueContent(code, year).map(ApprovalHashes::sha256);
    }

    /** The fingerprint of a figure as written agreeing with {@code code@year}, empty when there is no such value. */
    public Optional<String> figure(String figureText, String code, int year) {
        return valueContent(code, year).map(content -> sha256("figure\n" + figureText + "\n" + content));
    }

    /** The fingerprint of a block (or any node of the report) and everything inside it, empty when there is none. */
    public Optional<String> block(String blockId) {
        index();
        if (blockId == null || !rows.containsKey(blockId) || ReportNodes.ROOT_ID.equals(blockId)) {
            return Optional.empty();
        }
        return Optional.of(blockHashes.computeIfAbsent(blockId, id -> {
            StringBuilder content = new StringBuilder();
            subtree(id, content);
            return sha256(content.toString());
        }));
    }

    /** The chain of nodes holding {@code id} (its parent, the parent's parent …), nearest first. */
    public List<String> ancestors(String id) {
        index();
        List<String> chain = new ArrayList<>();
        NodeRow row = rows.get(id);
        while (row != null && row.parentId() != null) {
            chain.add(row.parentId());
            row = rows.get(row.parentId());
        }
        return chain;
    }

    private void subtree(String id, StringBuilder content) {
        NodeRow row = rows.get(id);
        content.append(row.kind()).append('\n').append(row.content()).append('\n');
        for (String child : children.getOrDefault(id, List.of())) {
            content.append(rows.get(child).list()).append('\n');
            subtree(child, content);
        }
    }

    private void index() {
        if (rows != null) {
            return;
        }
        rows = new HashMap<>();
        children = new HashMap<>();
        // split() lists the nodes in tree order, so children come out in their positions.
        for (NodeRow row : ReportNodes.split(report)) {
            rows.put(row.id(), row);
            if (row.parentId() != null) {
                children.computeIfAbsent(row.parentId(), k -> new ArrayList<>()).add(row.id());
            }
        }
    }

    private Optional<String> valueContent(String code, int year) {
        Optional<IndicatorValue> value = data.value(code, year);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        IndicatorValue v = value.get();
        String unit = data.indicator(code).map(Indicator::unit).orElse("");
        return Optional.of("value\n" + code + "\n" + year + "\n" + (v.amount() == null ? "" : v.amount().toPlainString())
                + "\n" + v.status() + "\n" + v.note() + "\n" + unit);
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
