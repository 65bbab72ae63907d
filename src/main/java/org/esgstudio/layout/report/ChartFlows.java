package org.esgstudio.layout.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.esgstudio.data.FigureFormat;
import org.esgstudio.data.Indicator;
import org.esgstudio.data.IndicatorValue;
import org.esgstudio.data.UnitNames;
import org.esgstudio.layout.Box;
import org.esgstudio.layout.LineBox;
import org.esgstudio.layout.PathBox;
import org.esgstudio.layout.PathOp;
import org.esgstudio.layout.RectBox;
import org.esgstudio.layout.Rgb;
import org.esgstudio.layout.flow.FixedFlow;
import org.esgstudio.layout.flow.Flowable;
import org.esgstudio.layout.text.TextStyle;
import org.esgstudio.model.Chart;
import org.esgstudio.model.Language;

/** Bar, line and pie charts of indicator values, drawn as vectors from the data store. */
public final class ChartFlows {
    private static final double PLOT_HEIGHT = 150;

    private ChartFlows() {
    }

    public static List<Flowable> chart(Column column, Chart chart, String where) {
        List<Flowable> flows = new ArrayList<>(TableFlows.title(column, chart.title(), List.of(), where));
        List<Box> boxes = new ArrayList<>();
        double height = switch (chart.kind()) {
            case BAR -> bars(column, chart, boxes);
            case LINE -> lines(column, chart, boxes);
            case PIE -> pie(column, chart, boxes);
        };
        flows.add(new FixedFlow(boxes, height, 4, 12));
        return flows;
    }

    private static String name(Column column, String code) {
        Indicator indicator = column.text().data().indicator(code).orElse(null);
        return indicator == null ? code : indicator.name().in(column.primary()).isEmpty()
                ? indicator.name().zh() : indicator.name().in(column.primary());
    }

    private static String unit(Column column, String code) {
        Indicator indicator = column.text().data().indicator(code).orElse(null);
        if (indicator == null) {
            return "";
        }
        return column.primary() == Language.EN ? UnitNames.english(indicator.unit()) : indicator.unit();
    }

    private static double value(Column column, String code, int year) {
        return column.text().data().value(code, year).filter(IndicatorValue::isReported).map(IndicatorValue::amount)
                .map(BigDecimal::doubleValue).orElse(0.0);
    }

    private static String printed(Column column, String code, int year) {
        return column.text().value(code, year, column.primary());
    }

    private static Rgb colour(Column column, int index) {
        List<Rgb> palette = column.styles().colors().chart();
        return palette.get(index % palette.size());
    }

    /** A round upper bound for an axis: 1, 2, 2.5 or 5 times a power of ten. */
    static double niceCeiling(double max) {
        if (max <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= max) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static double axes(Column column, double top, double left, double right, double max, String unit,
                               List<Box> boxes) {
        TextStyle small = column.style(Role.CAPTION);
        double bottom = top + PLOT_HEIGHT;
        for (int k = 0; k <= 4; k++) {
            double y = bottom - PLOT_HEIGHT * k / 4;
            boxes.add(new LineBox(left, y, right, y, column.styles().colors().rule(), k == 0 ? 0.8 : 0.4, k == 0 ? 0 : 1.5));
            double tick = max * k / 4;
            String label = FigureFormat.format(BigDecimal.valueOf(tick), tick == Math.rint(tick) ? 0 : 1);
            boxes.addAll(Labels.right(label, small, left - 4, Labels.middleBaseline(small, y)));
        }
        if (!unit.isEmpty()) {
            boxes.addAll(Labels.at("(" + unit + ")", small, 0, top - 6));
        }
        return bottom;
    }

    private static double bars(Column column, Chart chart, List<Box> boxes) {
        List<Integer> years = chart.years().stream().sorted().toList();
        double max = 0;
        for (String code : chart.indicators()) {
            for (int year : years) {
                max = Math.max(max, value(column, code, year));
            }
        }
        max = niceCeiling(max * 1.08);
        double left = 46;
        double right = column.width();
        double top = 14;
        double bottom = axes(column, top, left, right, max, chart.indicators().isEmpty() ? ""
                : unit(column, chart.indicators().get(0)), boxes);
        int groups = Math.max(1, chart.indicators().size());
        double slot = (right - left) / groups;
        double barWidth = Math.min(26, slot * 0.7 / Math.max(1, years.size()));
        TextStyle small = column.style(Role.CAPTION);
        for (int g = 0; g < chart.indicators().size(); g++) {
            String code = chart.indicators().get(g);
            double centre = left + slot * (g + 0.5);
            double start = centre - barWidth * years.size() / 2;
            for (int y = 0; y < years.size(); y++) {
                double v = value(column, code, years.get(y));
                double h = PLOT_HEIGHT * v / max;
                double x = start + y * barWidth;
                boxes.add(RectBox.filled(x + 1, bottom - h, barWidth - 2, h, colour(column, y)));
                boxes.addAll(Labels.centred(printed(column, code, years.get(y)), small.withSize(small.size() * 0.9),
                        x + barWidth / 2, bottom - h - 2.5));
            }
            String label = Labels.fit(name(column, code), small, slot - 4);
            boxes.addAll(Labels.centred(label, small, centre, bottom + 11));
        }
        return legend(column, years.stream().map(year -> year + (column.primary() == Language.EN ? "" : "年")).toList(),
                bottom + 20, boxes);
    }

    private static double lines(Column column, Chart chart, List<Box> boxes) {
        List<Integer> years = chart.years().stream().sorted().toList();
        double max = 0;
        for (String code : chart.indicators()) {
            for (int year : years) {
                max = Math.max(max, value(column, code, year));
            }
        }
        max = niceCeiling(max * 1.08);
        double left = 46;
        double right = column.width() - 20;
        double top = 14;
        double bottom = axes(column, top, left, right, max, chart.indicators().isEmpty() ? ""
                : unit(column, chart.indicators().get(0)), boxes);
        TextStyle small = column.style(Role.CAPTION);
        double step = years.size() > 1 ? (right - left - 40) / (years.size() - 1) : 0;
        for (int y = 0; y < years.size(); y++) {
            boxes.addAll(Labels.centred(String.valueOf(years.get(y)), small, left + 20 + step * y, bottom + 11));
        }
        List<String> names = new ArrayList<>();
        for (int s = 0; s < chart.indicators().size(); s++) {
            String code = chart.indicators().get(s);
            names.add(name(column, code));
            List<PathOp> ops = new ArrayList<>();
            for (int y = 0; y < years.size(); y++) {
                double x = left + 20 + step * y;
                double py = bottom - PLOT_HEIGHT * value(column, code, years.get(y)) / max;
                ops.add(y == 0 ? new PathOp.MoveTo(x, py) : new PathOp.LineTo(x, py));
            }
            boxes.add(new PathBox(ops, null, colour(column, s), 1.6));
            for (int y = 0; y < years.size(); y++) {
                double x = left + 20 + step * y;
                double py = bottom - PLOT_HEIGHT * value(column, code, years.get(y)) / max;
                boxes.add(PathBox.circle(x, py, 2.6, Rgb.WHITE, colour(column, s), 1.2));
                boxes.addAll(Labels.centred(printed(column, code, years.get(y)), small.withSize(small.size() * 0.9), x, py - 5));
            }
        }
        return legend(column, names, bottom + 20, boxes);
    }

    private static double pie(Column column, Chart chart, List<Box> boxes) {
        int year = chart.years().isEmpty() ? column.text().reportYear() : chart.years().get(0);
        double total = 0;
        for (String code : chart.indicators()) {
            total += value(column, code, year);
        }
        double radius = 62;
        double cx = radius + 20;
        double cy = radius + 12;
        TextStyle small = column.style(Role.CAPTION);
        TextStyle label = column.style(Role.TABLE);
        double angle = 0;
        double legendX = cx + radius + 36;
        double legendY = cy - chart.indicators().size() * 8;
        for (int s = 0; s < chart.indicators().size(); s++) {
            String code = chart.indicators().get(s);
            double share = total <= 0 ? 0 : value(column, code, year) / total;
            double sweep = share * 2 * Math.PI;
            if (sweep > 0) {
                boxes.add(PathBox.sector(cx, cy, radius, angle, angle + Math.min(sweep, 2 * Math.PI - 1e-6),
                        colour(column, s), Rgb.WHITE));
            }
            angle += sweep;
            double y = legendY + s * 16;
            boxes.add(RectBox.filled(legendX, y - 7, 8, 8, colour(column, s)));
            String text = name(column, code) + "  " + printed(column, code, year) + " " + unit(column, code)
                    + String.format(java.util.Locale.ROOT, "  (%.1f%%)", share * 100);
            boxes.addAll(Labels.at(Labels.fit(text, label, column.width() - legendX - 14), label, legendX + 13, y));
        }
        boxes.addAll(Labels.centred(year + (column.primary() == Language.EN ? "" : "年"), small, cx, cy + radius + 12));
        return cy + radius + 18;
    }

    private static double legend(Column column, List<String> names, double top, List<Box> boxes) {
        TextStyle small = column.style(Role.CAPTION);
        double x = 46;
        for (int k = 0; k < names.size(); k++) {
            boxes.add(RectBox.filled(x, top + 3, 8, 8, colour(column, k)));
            boxes.addAll(Labels.at(names.get(k), small, x + 11, top + 10));
            x += 11 + Labels.width(names.get(k), small) + 16;
        }
        return top + 16;
    }
}
