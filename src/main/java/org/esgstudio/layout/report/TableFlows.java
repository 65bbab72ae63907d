package org.esgstudio.layout.report;

import java.util.ArrayList;
import java.util.List;
import org.esgstudio.data.Indicator;
import org.esgstudio.data.UnitNames;
import org.esgstudio.layout.Rgb;
import org.esgstudio.layout.flow.Flowable;
import org.esgstudio.layout.flow.ParagraphFlow;
import org.esgstudio.layout.flow.TableCell;
import org.esgstudio.layout.flow.TableFlow;
import org.esgstudio.layout.flow.TableRow;
import org.esgstudio.layout.flow.TableStyle;
import org.esgstudio.layout.text.Alignment;
import org.esgstudio.layout.text.LaidLine;
import org.esgstudio.layout.text.Span;
import org.esgstudio.layout.text.TextStyle;
import org.esgstudio.model.DataTable;
import org.esgstudio.model.Footnote;
import org.esgstudio.model.KpiGroup;
import org.esgstudio.model.KpiSection;
import org.esgstudio.model.KpiTable;
import org.esgstudio.model.Language;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.TextRow;
import org.esgstudio.model.TextTable;

/** Data tables, text tables and the KPI table as splittable table flows with repeated header rows. */
public final class TableFlows {
    private static final double PAD_X = 5;
    private static final double PAD_Y = 3.2;

    private TableFlows() {
    }

    static TableStyle style(Column column) {
        return new TableStyle(PAD_X, PAD_Y, column.styles().colors().primary(), column.styles().colors().rule(), 0.5,
                6, 10);
    }

    /** The table's title above it (with its footnote markers), kept with the table. */
    static List<Flowable> title(Column column, LocalizedText title, List<Footnote> notes, String where) {
        if (title.isEmpty()) {
            return List.of();
        }
        List<Flowable> flows = new ArrayList<>();
        boolean first = true;
        for (Language language : column.languages()) {
            if (!column.sets(title, language, where)) {
                continue;
            }
            Role role = first ? Role.H4 : Role.CAPTION;
            List<Span> spans = new ArrayList<>(column.text().plain(title, role, language, where));
            if (first) {
                TextStyle style = column.styles().style(role, language);
                notes.forEach(note -> spans.add(column.text().marker(note.id(), style)));
            }
            double lineHeight = column.styles().lineHeight(role);
            List<LaidLine> lines = column.typesetter().lines(spans, column.width(), 0, Alignment.LEFT, lineHeight);
            flows.add(new ParagraphFlow(lines, lineHeight, first ? lineHeight * 0.6 : 0, 2, 0, true, List.of()));
            first = false;
        }
        return flows;
    }

    /** A table of indicator rows over years: label, unit, one decimal-aligned column per year. */
    public static List<Flowable> dataTable(Column column, DataTable table, String where) {
        List<Flowable> flows = new ArrayList<>(title(column, table.title(), table.notes(), where));
        IndicatorGrid grid = new IndicatorGrid(column, table.years(), where);
        List<TableRow> body = new ArrayList<>();
        int index = 0;
        for (org.esgstudio.model.TableRow row : table.rows()) {
            body.add(grid.row(row, index++ % 2 == 1, 0));
        }
        flows.add(new TableFlow(grid.widths(), List.of(grid.header()), body, style(column), List.of(), 0));
        return flows;
    }

    /** The KPI table: a band per section (环境绩效 …), a bold row per labelled group, then the indicator rows. */
    public static List<Flowable> kpiTable(Column column, KpiTable kpi, String where) {
        IndicatorGrid grid = new IndicatorGrid(column, kpi.years(), where);
        List<TableRow> body = new ArrayList<>();
        for (KpiSection section : kpi.sections()) {
            body.add(grid.band(section.name(), section.notes(), column.styles().colors().tint(), Role.TABLE_BOLD));
            int index = 0;
            for (KpiGroup group : section.groups()) {
                boolean labelled = !group.label().isEmpty();
                if (labelled) {
                    body.add(grid.band(group.label(), group.notes(), null, Role.TABLE_BOLD));
                }
                for (org.esgstudio.model.TableRow row : group.rows()) {
                    body.add(grid.row(row, index++ % 2 == 1, labelled ? 10 : 0));
                }
            }
        }
        return List.of(new TableFlow(grid.widths(), List.of(grid.header()), body, style(column), List.of(), 0));
    }

    /** A table of words: column widths follow the content, cells wrap, header repeated. */
    public static List<Flowable> textTable(Column column, TextTable table, String where) {
        List<Flowable> flows = new ArrayList<>(title(column, table.title(), table.notes(), where));
        int columns = table.columns().size();
        if (columns == 0) {
            return flows;
        }
        double[] widths = textWidths(column, table);
        Language primary = column.primary();
        List<TableCell> head = new ArrayList<>();
        for (int k = 0; k < columns; k++) {
            head.add(cell(column, column.text().plain(table.columns().get(k), Role.TABLE_HEAD, primary, where),
                    widths[k], Role.TABLE_HEAD));
        }
        List<TableRow> body = new ArrayList<>();
        int index = 0;
        for (TextRow row : table.rows()) {
            List<TableCell> cells = new ArrayList<>();
            for (int k = 0; k < columns; k++) {
                cells.add(bilingualCell(column, row.cells().get(k), widths[k], k == 0 ? Role.TABLE_BOLD : Role.TABLE, where));
            }
            body.add(new TableRow(cells, index++ % 2 == 1 ? column.styles().colors().zebra() : null, false, List.of()));
        }
        flows.add(new TableFlow(widths, List.of(new TableRow(head, column.styles().colors().primary(), true, List.of())),
                body, style(column), List.of(), 0));
        return flows;
    }

    private static double[] textWidths(Column column, TextTable table) {
        int columns = table.columns().size();
        double[] natural = new double[columns];
        TextStyle style = column.style(Role.TABLE);
        for (int k = 0; k < columns; k++) {
            natural[k] = Labels.width(table.columns().get(k).in(column.primary()), style) + 2 * PAD_X;
            for (TextRow row : table.rows()) {
                String text = row.cells().get(k).in(column.primary());
                natural[k] = Math.max(natural[k], Math.min(Labels.width(text, style) + 2 * PAD_X, column.width() * 0.7));
            }
        }
        double sum = 0;
        for (double w : natural) {
            sum += w;
        }
        double[] widths = new double[columns];
        double minimum = Math.min(60, column.width() / columns);
        double flexible = 0;
        for (int k = 0; k < columns; k++) {
            widths[k] = Math.max(minimum, natural[k] / sum * column.width());
            flexible += widths[k];
        }
        for (int k = 0; k < columns; k++) {
            widths[k] = widths[k] / flexible * column.width();
        }
        return widths;
    }

    static TableCell cell(Column column, List<Span> spans, double width, Role role) {
        double lineHeight = column.styles().lineHeight(role);
        List<LaidLine> lines = column.typesetter().lines(spans, Math.max(8, width - 2 * PAD_X), 0, Alignment.LEFT,
                lineHeight);
        return new TableCell(lines, lineHeight, 1, 0);
    }

    /** A cell in each language of the edition: Chinese, then English below it in the bilingual edition. */
    static TableCell bilingualCell(Column column, LocalizedText text, double width, Role role, String where) {
        List<LaidLine> lines = new ArrayList<>();
        double lineHeight = column.styles().lineHeight(role);
        for (Language language : column.languages()) {
            if (!column.sets(text, language, where)) {
                continue;
            }
            Role actual = column.secondaryRole(role, language);
            lines.addAll(column.typesetter().lines(column.text().marked(text, actual, language, where),
                    Math.max(8, width - 2 * PAD_X), 0, Alignment.LEFT, lineHeight));
        }
        return new TableCell(lines, lineHeight, 1, 0);
    }

    /** Rows of indicators over years, sharing column widths and the decimal alignment of each year column. */
    private static final class IndicatorGrid {
        private final Column column;
        private final List<Integer> years;
        private final String where;
        private final double[] widths;
        private final TextStyle numbers;

        IndicatorGrid(Column column, List<Integer> years, String where) {
            this.column = column;
            this.years = years;
            this.where = where;
            this.numbers = column.style(Role.TABLE);
            double yearWidth = Math.max(52, column.width() * 0.13);
            double unitWidth = Math.max(54, column.width() * 0.14);
            widths = new double[2 + years.size()];
            widths[0] = column.width() - unitWidth - yearWidth * years.size();
            widths[1] = unitWidth;
            for (int k = 0; k < years.size(); k++) {
                widths[2 + k] = yearWidth;
            }
        }

        double[] widths() {
            return widths.clone();
        }

        TableRow header() {
            boolean english = column.primary() == Language.EN;
            List<TableCell> cells = new ArrayList<>();
            cells.add(head(english ? "Indicator" : "指标", widths[0], false));
            cells.add(head(english ? "Unit" : "单位", widths[1], false));
            for (int k = 0; k < years.size(); k++) {
                cells.add(head(years.get(k) + (english ? "" : "年"), widths[2 + k], true));
            }
            return new TableRow(cells, column.styles().colors().primary(), true, List.of());
        }

        private TableCell head(String text, double width, boolean right) {
            TextStyle style = column.style(Role.TABLE_HEAD);
            TableCell cell = cell(column, column.text().plain(text, Role.TABLE_HEAD, column.primary()), width,
                    Role.TABLE_HEAD);
            double offset = right ? width - 2 * PAD_X - Labels.width(text, style) : 0;
            return new TableCell(cell.lines(), cell.lineHeight(), 1, Math.max(0, offset));
        }

        TableRow band(LocalizedText label, List<Footnote> notes, Rgb fill, Role role) {
            List<LaidLine> lines = new ArrayList<>();
            double lineHeight = column.styles().lineHeight(role);
            boolean first = true;
            for (Language language : column.languages()) {
                if (!column.sets(label, language, where)) {
                    continue;
                }
                Role actual = first ? role : Role.CAPTION;
                List<Span> spans = new ArrayList<>(column.text().plain(label, actual, language, where));
                if (first) {
                    TextStyle style = column.styles().style(actual, language);
                    notes.forEach(note -> spans.add(column.text().marker(note.id(), style)));
                }
                lines.addAll(column.typesetter().lines(spans, column.width() - 2 * PAD_X, 0, Alignment.LEFT, lineHeight));
                first = false;
            }
            return new TableRow(List.of(new TableCell(lines, lineHeight, widths.length, 0)), fill, true, List.of());
        }

        TableRow row(org.esgstudio.model.TableRow row, boolean zebra, double indent) {
            Indicator indicator = column.text().data().indicator(row.indicator()).orElse(null);
            LocalizedText label = !row.label().isEmpty() ? row.label()
                    : indicator != null ? indicator.name() : LocalizedText.zh(row.indicator());
            List<TableCell> cells = new ArrayList<>();
            List<LaidLine> labelLines = new ArrayList<>();
            double lineHeight = column.styles().lineHeight(Role.TABLE);
            boolean first = true;
            for (Language language : column.languages()) {
                if (!column.sets(label, language, where)) {
                    continue;
                }
                Role role = first ? Role.TABLE : Role.CAPTION;
                List<Span> spans = new ArrayList<>(column.text().plain(label, role, language, where));
                if (first) {
                    TextStyle style = column.styles().style(role, language);
                    row.notes().forEach(note -> spans.add(column.text().marker(note.id(), style)));
                }
                labelLines.addAll(column.typesetter().lines(spans, widths[0] - 2 * PAD_X - indent, 0, Alignment.LEFT,
                        lineHeight));
                first = false;
            }
            cells.add(new TableCell(labelLines, lineHeight, 1, indent));
            String unit = indicator == null ? "" : column.primary() == Language.EN ? UnitNames.english(indicator.unit())
                    : indicator.unit();
            cells.add(cell(column, column.text().plain(unit, Role.TABLE, column.primary()), widths[1], Role.TABLE));
            for (int k = 0; k < years.size(); k++) {
                cells.add(number(column.text().value(row.indicator(), years.get(k), column.primary()), widths[2 + k]));
            }
            return new TableRow(cells, zebra ? column.styles().colors().zebra() : null, false, List.of());
        }

        /** A number right-aligned so that its decimal point sits where the column's longest fraction needs it. */
        private TableCell number(String value, double width) {
            double inner = width - 2 * PAD_X;
            int point = value.indexOf('.');
            double fraction = point < 0 ? 0 : Labels.width(value.substring(point), numbers);
            double reserve = Labels.width(".00", numbers);
            double offset = value.matches("[-\\d,.]+")
                    ? inner - reserve - (Labels.width(value, numbers) - fraction)
                    : inner - Labels.width(value, numbers);
            TableCell cell = cell(column, column.text().plain(value, Role.TABLE, column.primary()), width, Role.TABLE);
            return new TableCell(cell.lines(), cell.lineHeight(), 1, Math.max(0, offset));
        }
    }
}
