package org.esgstudio.layout.report;

import java.util.ArrayList;
import java.util.List;
import org.esgstudio.layout.Box;
import org.esgstudio.layout.ImageBox;
import org.esgstudio.layout.ImageSize;
import org.esgstudio.layout.LayoutWarning;
import org.esgstudio.layout.RectBox;
import org.esgstudio.layout.flow.FixedFlow;
import org.esgstudio.layout.flow.Flowable;
import org.esgstudio.layout.flow.LineBoxes;
import org.esgstudio.layout.text.Alignment;
import org.esgstudio.layout.text.LaidLine;
import org.esgstudio.layout.text.Span;
import org.esgstudio.layout.text.TextStyle;
import org.esgstudio.model.Asset;
import org.esgstudio.model.Figure;
import org.esgstudio.model.Image;
import org.esgstudio.model.Language;
import org.esgstudio.model.LocalizedText;

/** Big-figure tiles, callouts and images as fixed (unsplittable) flows. */
public final class FigureFlows {
    private static final double GAP = 10;

    private FigureFlows() {
    }

    /** Tiles in rows of up to {@code perRow}; each row is one flow, so a long grid splits between rows. */
    public static List<Flowable> tiles(Column column, List<Figure> tiles, int perRow, String where) {
        return tiles(column, tiles, perRow, where, false);
    }

    /** Tiles; {@code compact} (the highlights page, whose groups should share one page) sets smaller figures. */
    public static List<Flowable> tiles(Column column, List<Figure> tiles, int perRow, String where, boolean compact) {
        List<Flowable> rows = new ArrayList<>();
        double width = (column.width() - GAP * (perRow - 1)) / perRow;
        for (int start = 0; start < tiles.size(); start += perRow) {
            List<Figure> row = tiles.subList(start, Math.min(tiles.size(), start + perRow));
            List<Box> boxes = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            double height = 0;
            List<List<Box>> cells = new ArrayList<>();
            List<Double> heights = new ArrayList<>();
            for (Figure tile : row) {
                List<Box> cell = new ArrayList<>();
                heights.add(tile(column, tile, width, cell, notes, where, compact));
                cells.add(cell);
                height = Math.max(height, heights.get(heights.size() - 1));
            }
            for (int k = 0; k < cells.size(); k++) {
                double x = k * (width + GAP);
                boxes.add(RectBox.filled(x, 0, width, height, column.styles().colors().tint()));
                boxes.add(RectBox.filled(x, 0, width, 2.4, column.styles().colors().primary()));
                for (Box box : cells.get(k)) {
                    boxes.add(box.moved(x, 0));
                }
            }
            rows.add(new FixedFlow(boxes, height, start == 0 ? (compact ? 2 : 6) : GAP,
                    start + perRow >= tiles.size() ? (compact ? 6 : 12) : 0, notes, false));
        }
        return rows;
    }

    /** One tile: value and unit on a line, the label wrapped below (and its English below in the bilingual edition). */
    private static double tile(Column column, Figure tile, double width, List<Box> out, List<String> notes, String where,
                               boolean compact) {
        double pad = compact ? 6 : 8;
        Language language = column.primary();
        TextStyle valueStyle = column.styles().style(Role.FIGURE_VALUE, language);
        if (compact) {
            valueStyle = valueStyle.withSize(valueStyle.size() * 0.82);
        }
        TextStyle unitStyle = column.styles().style(Role.FIGURE_UNIT, language);
        String value = column.text().pick(tile.value(), language, where);
        String unit = tile.unit().in(language).isEmpty() && language == Language.EN ? tile.unit().zh()
                : tile.unit().in(language);
        double baseline = pad + 4 + valueStyle.font().ascent(valueStyle.size());
        double valueWidth = Labels.width(value, valueStyle);
        TextStyle fitted = valueStyle;
        double unitWidth = Labels.width(unit, unitStyle);
        double room = width - 2 * pad - 2;
        if (valueWidth + unitWidth > room) {
            // Value and unit shrink together, so that both stay inside the tile.
            double scale = room / (valueWidth + unitWidth);
            fitted = valueStyle.withSize(valueStyle.size() * scale);
            unitStyle = unitStyle.withSize(unitStyle.size() * scale);
            valueWidth = Labels.width(value, fitted);
        }
        Labels.add(out, Labels.at(value, fitted, pad, baseline));
        Labels.add(out, Labels.at(unit, unitStyle, pad + valueWidth + 2, baseline));
        double y = baseline + fitted.font().descent(fitted.size()) + 4;
        boolean first = true;
        for (Language each : column.languages()) {
            if (!column.sets(tile.label(), each, where)) {
                continue;
            }
            Role role = first ? Role.FIGURE_LABEL : Role.CAPTION;
            List<Span> spans = new ArrayList<>(column.text().plain(tile.label(), role, each, where));
            if (first) {
                TextStyle style = column.styles().style(role, each);
                tile.notes().forEach(note -> {
                    spans.add(column.text().marker(note.id(), style));
                    notes.add(note.id());
                });
            }
            double lineHeight = column.styles().lineHeight(role);
            List<LaidLine> lines = column.typesetter().lines(spans, width - 2 * pad, 0, Alignment.LEFT, lineHeight);
            for (LaidLine line : lines) {
                LineBoxes.add(line, pad, y, lineHeight, out);
                y += lineHeight;
            }
            first = false;
        }
        return y + pad;
    }

    /** A callout: a big figure on the left of a tinted band, its label beside it. */
    public static List<Flowable> callout(Column column, Figure figure, String where) {
        List<Box> boxes = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        double left = Math.min(170, column.width() * 0.36);
        List<Box> valueBoxes = new ArrayList<>();
        double valueHeight = tile(column, new Figure(figure.id(), figure.value(), figure.unit(), LocalizedText.EMPTY,
                figure.qualifier(), figure.indicator(), figure.year(), List.of()), left, valueBoxes, notes, where, false);
        double textX = left + 12;
        double y = 10;
        List<Box> textBoxes = new ArrayList<>();
        boolean first = true;
        for (Language language : column.languages()) {
            if (!column.sets(figure.label(), language, where)) {
                continue;
            }
            Role role = first ? Role.BODY : Role.SECONDARY;
            List<Span> spans = new ArrayList<>(column.text().plain(figure.label(), role, language, where));
            if (first) {
                TextStyle style = column.styles().style(role, language);
                figure.notes().forEach(note -> {
                    spans.add(column.text().marker(note.id(), style));
                    notes.add(note.id());
                });
            }
            double lineHeight = column.styles().lineHeight(role);
            for (LaidLine line : column.typesetter().lines(spans, column.width() - textX - 12, 0, Alignment.LEFT,
                    lineHeight)) {
                LineBoxes.add(line, textX, y, lineHeight, textBoxes);
                y += lineHeight;
            }
            first = false;
        }
        double height = Math.max(valueHeight, y + 10);
        boxes.add(RectBox.filled(0, 0, column.width(), height, column.styles().colors().tint()));
        boxes.add(RectBox.filled(0, 0, 3, height, column.styles().colors().accent()));
        double valueTop = (height - valueHeight) / 2;
        valueBoxes.forEach(box -> boxes.add(box.moved(4, valueTop)));
        double textTop = (height - y - 10) / 2;
        textBoxes.forEach(box -> boxes.add(box.moved(0, Math.max(0, textTop))));
        return List.of(new FixedFlow(boxes, height, 8, 12, notes, false));
    }

    /** A picture scaled to its width share of the column (at most 45% of the page's height), caption below. */
    public static List<Flowable> image(Column column, String assetName, LocalizedText caption, int widthPercent,
                                       double maxHeight, String where) {
        List<Box> boxes = new ArrayList<>();
        double width = column.width() * widthPercent / 100.0;
        Asset asset = column.assets().get(assetName);
        ImageSize size = asset == null ? null : ImageSize.of(asset.bytes()).orElse(null);
        double height;
        double x = (column.width() - width) / 2;
        if (size == null) {
            height = width * 0.5;
            column.warnings().accept(new LayoutWarning(LayoutWarning.Kind.IMAGE, where, "layout.imageUnreadable",
                    assetName, asset == null ? "missing" : "not a PNG or JPEG"));
            boxes.add(new RectBox(x, 0, width, height, column.styles().colors().tint(), column.styles().colors().rule(),
                    0.8, 0));
            TextStyle style = column.style(Role.CAPTION);
            boxes.addAll(Labels.centred("[" + assetName + "]", style, x + width / 2, height / 2));
        } else {
            height = width * size.height() / size.width();
            if (height > maxHeight) {
                width = width * maxHeight / height;
                height = maxHeight;
                x = (column.width() - width) / 2;
            }
            boxes.add(new ImageBox(x, 0, width, height, assetName));
        }
        double y = height + 4;
        for (Language language : column.languages()) {
            if (caption.isEmpty() || !column.sets(caption, language, where)) {
                continue;
            }
            List<Span> spans = column.text().plain(caption, Role.CAPTION, language, where);
            double lineHeight = column.styles().lineHeight(Role.CAPTION);
            for (LaidLine line : column.typesetter().lines(spans, column.width(), 0, Alignment.CENTER, lineHeight)) {
                LineBoxes.add(line, 0, y, lineHeight, boxes);
                y += lineHeight;
            }
        }
        return List.of(new FixedFlow(boxes, y, 8, 10));
    }
}
