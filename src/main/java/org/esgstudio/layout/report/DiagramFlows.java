package org.esgstudio.layout.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.esgstudio.layout.Box;
import org.esgstudio.layout.LineBox;
import org.esgstudio.layout.PathBox;
import org.esgstudio.layout.RectBox;
import org.esgstudio.layout.Rgb;
import org.esgstudio.layout.flow.FixedFlow;
import org.esgstudio.layout.flow.Flowable;
import org.esgstudio.layout.flow.LineBoxes;
import org.esgstudio.layout.text.Alignment;
import org.esgstudio.layout.text.LaidLine;
import org.esgstudio.layout.text.Span;
import org.esgstudio.model.Diagram;
import org.esgstudio.model.DiagramEdge;
import org.esgstudio.model.DiagramKind;
import org.esgstudio.model.DiagramNode;
import org.esgstudio.model.Language;
import org.esgstudio.model.LocalizedText;

/** Org charts (a tree by levels, elbow connectors) and processes (numbered boxes with arrows, wrapping to rows). */
public final class DiagramFlows {
    private static final double PAD = 6;
    private static final double GAP_X = 14;
    private static final double GAP_Y = 22;

    private DiagramFlows() {
    }

    public static List<Flowable> diagram(Column column, Diagram diagram, String where) {
        List<Flowable> flows = new ArrayList<>(TableFlows.title(column, diagram.title(), List.of(), where));
        List<Box> boxes = new ArrayList<>();
        double height = diagram.kind() == DiagramKind.ORG_CHART ? orgChart(column, diagram, boxes, where)
                : process(column, diagram.nodes(), boxes, where);
        flows.add(new FixedFlow(boxes, height, 4, 12));
        return flows;
    }

    /** A box: the label in bold on a filled head, its details below; returns its height at {@code width}. */
    private static double node(Column column, DiagramNode node, double width, double x, double y, Rgb head,
                               List<Box> out, boolean draw, String where) {
        Language language = column.primary();
        double headLine = column.styles().lineHeight(Role.TABLE_BOLD);
        List<LaidLine> title = column.typesetter().lines(
                column.text().plain(node.label(), Role.TABLE_HEAD, language, where), width - 2 * PAD, 0,
                Alignment.CENTER, headLine);
        double headHeight = title.size() * headLine + 2 * PAD;
        List<LaidLine> details = new ArrayList<>();
        double detailLine = column.styles().lineHeight(Role.CAPTION);
        for (LocalizedText detail : node.details()) {
            List<Span> spans = new ArrayList<>(column.text().plain("· ", Role.CAPTION, language));
            spans.addAll(column.text().plain(detail, Role.CAPTION, language, where));
            details.addAll(column.typesetter().lines(spans, width - 2 * PAD, 0, Alignment.LEFT, detailLine));
        }
        double height = headHeight + (details.isEmpty() ? 0 : details.size() * detailLine + 2 * PAD);
        if (draw) {
            out.add(new RectBox(x, y, width, height, Rgb.WHITE, column.styles().colors().rule(), 0.8, 0));
            out.add(RectBox.filled(x, y, width, headHeight, head));
            double lineY = y + PAD;
            for (LaidLine line : title) {
                LineBoxes.add(line, x + PAD, lineY, headLine, out);
                lineY += headLine;
            }
            lineY = y + headHeight + PAD;
            for (LaidLine line : details) {
                LineBoxes.add(line, x + PAD, lineY, detailLine, out);
                lineY += detailLine;
            }
        }
        return height;
    }

    private static double orgChart(Column column, Diagram diagram, List<Box> boxes, String where) {
        Map<String, DiagramNode> nodes = new LinkedHashMap<>();
        diagram.nodes().forEach(node -> nodes.put(node.id(), node));
        Map<String, List<String>> children = new HashMap<>();
        Map<String, Integer> incoming = new HashMap<>();
        for (DiagramEdge edge : diagram.edges()) {
            children.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge.to());
            incoming.merge(edge.to(), 1, Integer::sum);
        }
        List<List<String>> levels = new ArrayList<>();
        Map<String, Integer> levelOf = new HashMap<>();
        List<String> current = new ArrayList<>();
        nodes.keySet().stream().filter(id -> !incoming.containsKey(id)).forEach(current::add);
        while (!current.isEmpty()) {
            levels.add(current);
            current.forEach(id -> levelOf.put(id, levels.size() - 1));
            List<String> next = new ArrayList<>();
            for (String id : current) {
                for (String child : children.getOrDefault(id, List.of())) {
                    if (!levelOf.containsKey(child) && !next.contains(child)) {
                        next.add(child);
                    }
                }
            }
            current = next;
        }
        Map<String, double[]> frames = new HashMap<>();
        double y = 0;
        for (int level = 0; level < levels.size(); level++) {
            List<String> row = levels.get(level);
            double width = Math.min(170, (column.width() - GAP_X * (row.size() - 1)) / row.size());
            double total = width * row.size() + GAP_X * (row.size() - 1);
            double x = (column.width() - total) / 2;
            double rowHeight = 0;
            Rgb head = level == 0 ? column.styles().colors().primary() : column.styles().colors().secondary();
            for (String id : row) {
                double h = node(column, nodes.get(id), width, x, y, head, boxes, true, where);
                frames.put(id, new double[] {x, y, width, h});
                rowHeight = Math.max(rowHeight, h);
                x += width + GAP_X;
            }
            y += rowHeight + GAP_Y;
        }
        Rgb line = column.styles().colors().muted();
        for (DiagramEdge edge : diagram.edges()) {
            double[] from = frames.get(edge.from());
            double[] to = frames.get(edge.to());
            if (from == null || to == null) {
                continue;
            }
            double x1 = from[0] + from[2] / 2;
            double y1 = from[1] + from[3];
            double x2 = to[0] + to[2] / 2;
            double y2 = to[1];
            double mid = y2 - GAP_Y / 2;
            boxes.add(LineBox.solid(x1, y1, x1, mid, line, 0.8));
            boxes.add(LineBox.solid(x1, mid, x2, mid, line, 0.8));
            boxes.add(LineBox.solid(x2, mid, x2, y2 - 3, line, 0.8));
            boxes.add(PathBox.arrowHead(x2, mid, x2, y2, 5, line));
        }
        return y - GAP_Y;
    }

    /** Steps in boxes joined by arrows, as many per row as fit at a readable width. */
    static double process(Column column, List<DiagramNode> steps, List<Box> boxes, String where) {
        if (steps.isEmpty()) {
            return 0;
        }
        int perRow = (int) Math.max(1, Math.min(steps.size(), Math.floor((column.width() + GAP_X * 1.6) / (96 + GAP_X * 1.6))));
        double arrow = GAP_X * 1.6;
        double width = (column.width() - arrow * (perRow - 1)) / perRow;
        double y = 0;
        Rgb line = column.styles().colors().accent();
        for (int start = 0; start < steps.size(); start += perRow) {
            List<DiagramNode> row = steps.subList(start, Math.min(steps.size(), start + perRow));
            double height = 0;
            for (DiagramNode step : row) {
                height = Math.max(height, node(column, numbered(step, steps.indexOf(step) + 1), width, 0, 0,
                        column.styles().colors().primary(), new ArrayList<>(), false, where));
            }
            for (int k = 0; k < row.size(); k++) {
                double x = k * (width + arrow);
                List<Box> nodeBoxes = new ArrayList<>();
                node(column, numbered(row.get(k), start + k + 1), width, x, y, column.styles().colors().primary(),
                        nodeBoxes, true, where);
                boxes.addAll(nodeBoxes);
                if (k < row.size() - 1) {
                    double ay = y + 14;
                    boxes.add(LineBox.solid(x + width + 3, ay, x + width + arrow - 4, ay, line, 1.4));
                    boxes.add(PathBox.arrowHead(x + width, ay, x + width + arrow - 2, ay, 6, line));
                }
            }
            y += height + GAP_Y;
        }
        return y - GAP_Y;
    }

    private static DiagramNode numbered(DiagramNode node, int number) {
        LocalizedText label = node.label();
        return new DiagramNode(node.id(), new LocalizedText(number + " " + label.zh(),
                label.en().isEmpty() ? "" : number + " " + label.en()), node.details());
    }
}
