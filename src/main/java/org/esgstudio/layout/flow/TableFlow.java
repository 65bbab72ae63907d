package org.esgstudio.layout.flow;

import java.util.ArrayList;
import java.util.List;
import org.esgstudio.layout.Box;
import org.esgstudio.layout.LineBox;
import org.esgstudio.layout.RectBox;

/**
 * A table that splits between rows and repeats its header rows on every page. A row taller than a page is placed
 * on a page of its own (overflowing, reported by the composer).
 */
public final class TableFlow implements Flowable {
    private final double[] columns;
    private final List<TableRow> header;
    private final List<TableRow> body;
    private final TableStyle style;
    private final boolean continued;
    private final List<Box> caption;
    private final double captionHeight;

    /**
     * @param columns column widths in points (summing to the table width)
     * @param caption boxes above the table (its title), in local coordinates, {@code captionHeight} tall; shown on the
     *                first part only
     */
    public TableFlow(double[] columns, List<TableRow> header, List<TableRow> body, TableStyle style, List<Box> caption,
                     double captionHeight) {
        this(columns, header, body, style, caption, captionHeight, false);
    }

    private TableFlow(double[] columns, List<TableRow> header, List<TableRow> body, TableStyle style, List<Box> caption,
                      double captionHeight, boolean continued) {
        this.columns = columns.clone();
        this.header = List.copyOf(header);
        this.body = List.copyOf(body);
        this.style = style;
        this.caption = List.copyOf(caption);
        this.captionHeight = captionHeight;
        this.continued = continued;
    }

    private double rowHeight(TableRow row) {
        double tallest = 0;
        for (TableCell cell : row.cells()) {
            tallest = Math.max(tallest, cell.textHeight());
        }
        return tallest + 2 * style.padY();
    }

    private double headerHeight() {
        double sum = 0;
        for (TableRow row : header) {
            sum += rowHeight(row);
        }
        return sum;
    }

    private double top(boolean pageEmpty) {
        return (pageEmpty || continued ? 0 : style.spaceBefore()) + (continued ? 0 : captionHeight);
    }

    private boolean isBand(TableRow row) {
        return row.cells().size() == 1 && row.cells().get(0).span() >= columns.length && columns.length > 1;
    }

    @Override
    public Placement place(PageContext page, double available) {
        double top = top(page.pageIsEmpty());
        PageContext.FootnoteBudget budget = page.budget();
        double used = top + headerHeight();
        int fit = 0;
        for (TableRow row : body) {
            double height = rowHeight(row);
            double cost = budget.cost(row.allFootnotes());
            if (used + height + budget.height() + cost > available + 0.01) {
                break;
            }
            budget.take(row.allFootnotes());
            used += height;
            fit++;
        }
        // A band (one cell across the table, naming the rows below it) never ends a page: it goes over with them.
        while (fit > 0 && fit < body.size() && isBand(body.get(fit - 1))) {
            fit--;
        }
        if (fit == 0 && !body.isEmpty()) {
            if (!page.pageIsEmpty()) {
                return Placement.nothing();
            }
            // A row taller than a whole page goes on a page of its own (overflowing); the rest follows.
            budget.take(body.get(0).allFootnotes());
            fit = 1;
        }
        List<Box> boxes = new ArrayList<>();
        if (!continued) {
            caption.forEach(box -> boxes.add(box.moved(0, top - captionHeight)));
        }
        double y = top;
        for (TableRow row : header) {
            y = drawRow(row, y, boxes);
        }
        double tableWidth = width();
        boxes.add(LineBox.solid(0, top, tableWidth, top, style.rule(), style.ruleWidth() * 2));
        if (!header.isEmpty()) {
            boxes.add(LineBox.solid(0, y, tableWidth, y, style.rule(), style.ruleWidth()));
        }
        for (TableRow row : body.subList(0, fit)) {
            y = drawRow(row, y, boxes);
        }
        boxes.add(LineBox.solid(0, y, tableWidth, y, style.rule(), style.ruleWidth() * 2));
        if (fit == body.size()) {
            double after = y + style.spaceAfter() + budget.height() <= available ? style.spaceAfter() : 0;
            return Placement.full(boxes, y + after, budget.ids());
        }
        TableFlow rest = new TableFlow(columns, header, body.subList(fit, body.size()), style, caption, captionHeight,
                true);
        return Placement.partial(boxes, y, rest, budget.ids());
    }

    private double drawRow(TableRow row, double y, List<Box> boxes) {
        double height = rowHeight(row);
        if (row.fill() != null) {
            boxes.add(RectBox.filled(0, y, width(), height, row.fill()));
        }
        int column = 0;
        double x = 0;
        for (TableCell cell : row.cells()) {
            double cellWidth = 0;
            for (int k = 0; k < cell.span() && column + k < columns.length; k++) {
                cellWidth += columns[column + k];
            }
            double lineTop = y + style.padY();
            for (var line : cell.lines()) {
                LineBoxes.add(line, x + style.padX() + cell.offset(), lineTop, cell.lineHeight(), boxes);
                lineTop += cell.lineHeight();
            }
            x += cellWidth;
            column += cell.span();
        }
        return y + height;
    }

    private double width() {
        double sum = 0;
        for (double column : columns) {
            sum += column;
        }
        return sum;
    }

    @Override
    public double minHeight() {
        double first = body.isEmpty() ? 0 : rowHeight(body.get(0));
        return top(false) + headerHeight() + first;
    }

    @Override
    public double height() {
        double sum = top(false) + headerHeight() + style.spaceAfter();
        for (TableRow row : body) {
            sum += rowHeight(row);
        }
        return sum;
    }
}
