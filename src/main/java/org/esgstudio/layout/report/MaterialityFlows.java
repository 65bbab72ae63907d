package org.esgstudio.layout.report;

import java.util.ArrayList;
import java.util.List;
import org.esgstudio.layout.Box;
import org.esgstudio.layout.LineBox;
import org.esgstudio.layout.PathBox;
import org.esgstudio.layout.RectBox;
import org.esgstudio.layout.Rgb;
import org.esgstudio.layout.flow.FixedFlow;
import org.esgstudio.layout.flow.Flowable;
import org.esgstudio.layout.text.TextStyle;
import org.esgstudio.model.DiagramNode;
import org.esgstudio.model.EsgCategory;
import org.esgstudio.model.Language;
import org.esgstudio.model.MaterialTopic;
import org.esgstudio.model.Materiality;
import org.esgstudio.model.MaterialityStep;

/** 重大性议题: the assessment steps as a process, then the matrix as a vector chart with a numbered legend. */
public final class MaterialityFlows {
    private MaterialityFlows() {
    }

    public static List<Flowable> materiality(Column column, Materiality part, String where) {
        List<Flowable> flows = new ArrayList<>(BlockFlows.of(column, part.intro(), where));
        if (!part.steps().isEmpty()) {
            List<DiagramNode> steps = new ArrayList<>();
            for (MaterialityStep step : part.steps()) {
                steps.add(new DiagramNode(step.id(), step.name(), List.of(step.description())));
            }
            List<Box> boxes = new ArrayList<>();
            double height = DiagramFlows.process(column, steps, boxes, where);
            flows.add(new FixedFlow(boxes, height, 8, 14));
        }
        if (!part.topics().isEmpty()) {
            flows.add(matrix(column, part, where));
            flows.addAll(legend(column, part.topics(), where));
        }
        return flows;
    }

    private static Rgb colour(Column column, EsgCategory category) {
        return switch (category) {
            case E -> column.styles().colors().environment();
            case S -> column.styles().colors().social();
            case G -> column.styles().colors().governance();
        };
    }

    private static Flowable matrix(Column column, Materiality part, String where) {
        List<Box> boxes = new ArrayList<>();
        double size = Math.min(column.width() - 70, 300);
        double left = 40 + (column.width() - 40 - size) / 2;
        double top = 10;
        double cell = size / 5;
        Rgb tint = column.styles().colors().tint();
        // Bands: high importance to the top right, low to the bottom left.
        boxes.add(RectBox.filled(left, top, size, size, Rgb.WHITE));
        boxes.add(RectBox.filled(left + 2.5 * cell, top, 2.5 * cell, 2.5 * cell, tint));
        boxes.add(RectBox.filled(left + 3.5 * cell, top, 1.5 * cell, 1.5 * cell,
                column.styles().colors().primary().tint(0.82)));
        for (int k = 0; k <= 5; k++) {
            boxes.add(new LineBox(left + k * cell, top, left + k * cell, top + size, column.styles().colors().rule(), 0.4, 1.5));
            boxes.add(new LineBox(left, top + k * cell, left + size, top + k * cell, column.styles().colors().rule(), 0.4, 1.5));
        }
        boxes.add(LineBox.solid(left, top + size, left + size + 6, top + size, column.styles().colors().text(), 0.9));
        boxes.add(PathBox.arrowHead(left, top + size, left + size + 10, top + size, 6, column.styles().colors().text()));
        boxes.add(LineBox.solid(left, top + size, left, top - 6, column.styles().colors().text(), 0.9));
        boxes.add(PathBox.arrowHead(left, top + size, left, top - 10, 6, column.styles().colors().text()));
        TextStyle axis = column.style(Role.CAPTION);
        Language language = column.primary();
        boxes.addAll(Labels.centred(column.text().pick(part.xAxis(), language, where), axis, left + size / 2, top + size + 14));
        String yAxis = column.text().pick(part.yAxis(), language, where);
        boxes.addAll(Labels.right(Labels.fit(yAxis, axis, left - 4), axis, left - 4, top - 2));
        TextStyle number = column.style(Role.LABEL).withSize(6.5);
        int index = 1;
        for (MaterialTopic topic : part.topics()) {
            double x = left + topic.companyScore() / 5 * size;
            double y = top + size - topic.stakeholderScore() / 5 * size;
            boxes.add(PathBox.circle(x, y, 6.2, colour(column, topic.category()), Rgb.WHITE, 0.8));
            boxes.addAll(Labels.centred(String.valueOf(index++), number, x, Labels.middleBaseline(number, y)));
        }
        double legendY = top + size + 26;
        double x = left;
        String[] names = language == Language.EN ? new String[] {"Environmental", "Social", "Governance"}
                : new String[] {"环境议题", "社会议题", "管治议题"};
        EsgCategory[] categories = EsgCategory.values();
        for (int k = 0; k < 3; k++) {
            boxes.add(PathBox.circle(x + 4, legendY - 3, 4, colour(column, categories[k]), null, 0));
            boxes.addAll(Labels.at(names[k], axis, x + 11, legendY));
            x += Labels.width(names[k], axis) + 30;
        }
        return new FixedFlow(boxes, legendY + 8, 8, 10);
    }

    /** The topics by number, in two columns, each with its category colour; the new ones marked. */
    private static List<Flowable> legend(Column column, List<MaterialTopic> topics, String where) {
        List<Flowable> rows = new ArrayList<>();
        TextStyle style = column.style(Role.TABLE);
        double half = column.width() / 2;
        double lineHeight = column.styles().lineHeight(Role.TABLE) + 1;
        for (int start = 0; start < topics.size(); start += 2) {
            List<Box> boxes = new ArrayList<>();
            for (int k = 0; k < 2 && start + k < topics.size(); k++) {
                MaterialTopic topic = topics.get(start + k);
                double x = k * half;
                boxes.add(PathBox.circle(x + 6, lineHeight / 2, 5.5, colour(column, topic.category()), null, 0));
                TextStyle number = column.style(Role.LABEL).withSize(6.5);
                boxes.addAll(Labels.centred(String.valueOf(start + k + 1), number, x + 6, Labels.middleBaseline(number,
                        lineHeight / 2)));
                String name = column.text().pick(topic.name(), column.primary(), where)
                        + (topic.newThisYear() ? (column.primary() == Language.EN ? " (new)" : "（新增）") : "");
                boxes.addAll(Labels.at(Labels.fit(name, style, half - 20), style, x + 16, Labels.middleBaseline(style,
                        lineHeight / 2)));
            }
            rows.add(new FixedFlow(boxes, lineHeight, 0, start + 2 >= topics.size() ? 10 : 0));
        }
        return rows;
    }
}
