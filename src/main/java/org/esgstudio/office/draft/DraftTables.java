package org.esgstudio.office.draft;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.esgstudio.data.DataSet;
import org.esgstudio.data.Indicator;
import org.esgstudio.data.IndicatorValue;
import org.esgstudio.data.NumberText;
import org.esgstudio.data.Unit;
import org.esgstudio.data.Units;
import org.esgstudio.i18n.Messages;
import org.esgstudio.model.Block;
import org.esgstudio.model.DataTable;
import org.esgstudio.model.Footnote;
import org.esgstudio.model.Inline;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.TableRow;
import org.esgstudio.model.TextRow;
import org.esgstudio.model.TextTable;

/**
 * A draft's table as a report block. It becomes a {@link DataTable} (its figures then printed from the store) when
 * its header has year columns (2024, 2024年), its other columns are the indicator and perhaps its unit, every row
 * names one indicator of the store (by name, English name or alias; a unit in brackets after the name is read as
 * the row's unit) and every figure agrees with the store (at the decimals written, in the unit written). Otherwise it
 * stays a {@link TextTable} with the cells as written, so that nothing the department wrote is replaced unseen: a
 * figure that disagrees with the store is then found by validation, and a note says which cell and why.
 */
final class DraftTables {
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d\\d)\\s*(?:年度?|年末)?");
    private static final Pattern UNIT_HEADER = Pattern.compile("单位|计量单位|units?", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_WITH_UNIT = Pattern.compile("(.+?)\\s*[（(]([^（()）]+)[)）]");
    private static final Pattern NUMBER_WITH_UNIT = Pattern.compile("([-+]?[0-9０-９][0-9０-９,，.．]*)\\s*(\\S*)");
    private final DataSet data;
    private final DraftMarkup markup;
    private final List<String> notes;

    DraftTables(DataSet data, DraftMarkup markup, List<String> notes) {
        this.data = data;
        this.markup = markup;
        this.notes = notes;
    }

    Block convert(DraftElement.Table table, String title, List<Footnote> titleNotes) {
        List<List<List<Inline>>> rows = table.rows().stream().filter(row -> !blank(row)).toList();
        String id = markup.freshId("table");
        String where = title.isBlank() ? Messages.get("docx.import.tableAt", table.place().describe())
                : Messages.get("docx.import.tableNamed", title);
        if (rows.isEmpty()) {
            return new TextTable(id, LocalizedText.zh(title), List.of(), List.of(), titleNotes);
        }
        Optional<DataTable> data = asDataTable(id, rows, title, titleNotes, where);
        return data.isPresent() ? data.get() : asTextTable(id, rows, title, titleNotes);
    }

    private Optional<DataTable> asDataTable(String id, List<List<List<Inline>>> rows, String title,
                                            List<Footnote> titleNotes, String where) {
        List<String> header = rows.get(0).stream().map(DraftMarkup::plain).toList();
        List<Integer> years = new ArrayList<>();
        List<Integer> yearColumns = new ArrayList<>();
        int unitColumn = -1;
        int nameColumn = -1;
        for (int c = 0; c < header.size(); c++) {
            Matcher year = YEAR.matcher(normalised(header.get(c)));
            if (year.matches()) {
                years.add(Integer.parseInt(year.group(1)));
                yearColumns.add(c);
            } else if (UNIT_HEADER.matcher(header.get(c).strip()).matches()) {
                unitColumn = c;
            } else if (nameColumn < 0) {
                nameColumn = c;
            } else if (!header.get(c).isBlank() || hasContent(rows, c)) {
                return Optional.empty();
            }
        }
        if (years.isEmpty() || nameColumn < 0 || rows.size() < 2) {
            return Optional.empty();
        }
        List<TableRow> tableRows = new ArrayList<>();
        List<Footnote> notesOfTable = new ArrayList<>(titleNotes);
        rows.get(0).forEach(cell -> notesOfTable.addAll(markup.notesOf(cell)));
        List<String> disagreements = new ArrayList<>();
        for (List<List<Inline>> row : rows.subList(1, rows.size())) {
            String label = DraftMarkup.plain(cell(row, nameColumn));
            String name = label;
            String unit = unitColumn >= 0 ? DraftMarkup.plain(cell(row, unitColumn)) : "";
            Matcher withUnit = NAME_WITH_UNIT.matcher(label);
            if (withUnit.matches() && Units.isKnown(withUnit.group(2))) {
                name = withUnit.group(1);
                unit = unit.isBlank() ? withUnit.group(2) : unit;
            }
            Optional<Indicator> indicator = indicator(name);
            if (indicator.isEmpty()) {
                notes.add(Messages.get("docx.import.tableRowUnknown", where, label));
                return Optional.empty();
            }
            for (int k = 0; k < years.size(); k++) {
                int year = years.get(k);
                String written = DraftMarkup.plain(cell(row, yearColumns.get(k)));
                disagreement(indicator.get(), year, written, unit).ifPresent(stored -> disagreements.add(
                        Messages.get("docx.import.tableCellDisagrees", where, label, year, written, stored)));
            }
            List<Footnote> rowNotes = new ArrayList<>();
            row.forEach(cell -> rowNotes.addAll(markup.notesOf(cell)));
            String indicatorName = indicator.get().name().zh();
            tableRows.add(new TableRow(markup.freshId("r"), indicator.get().code(),
                    name.equals(indicatorName) ? LocalizedText.EMPTY : LocalizedText.zh(name), rowNotes));
        }
        if (!disagreements.isEmpty()) {
            notes.addAll(disagreements);
            notes.add(Messages.get("docx.import.tableKeptAsText", where));
            return Optional.empty();
        }
        return Optional.of(new DataTable(id, LocalizedText.zh(title), notesOfTable, years, tableRows));
    }

    private TextTable asTextTable(String id, List<List<List<Inline>>> rows, String title, List<Footnote> titleNotes) {
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        List<Footnote> tableNotes = new ArrayList<>(titleNotes);
        List<LocalizedText> columns = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            List<Inline> head = cell(rows.get(0), c);
            tableNotes.addAll(markup.notesOf(head));
            columns.add(LocalizedText.zh(DraftMarkup.plain(head)));
        }
        List<TextRow> textRows = new ArrayList<>();
        for (List<List<Inline>> row : rows.subList(1, rows.size())) {
            List<LocalizedText> cells = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                cells.add(LocalizedText.zh(markup.markup(cell(row, c), tableNotes)));
            }
            textRows.add(new TextRow(markup.freshId("r"), cells));
        }
        return new TextTable(id, LocalizedText.zh(title), columns, textRows, tableNotes);
    }

    /**
     * What the store says when the written figure disagrees with it (empty when it agrees): a blank cell agrees with
     * anything, "—" or "不适用" with a value not reported, a number with the stored value rounded to the decimals
     * written, converted to the unit written.
     */
    private Optional<String> disagreement(Indicator indicator, int year, String written, String unitText) {
        Optional<IndicatorValue> value = data.value(indicator.code(), year);
        String stored = value.filter(IndicatorValue::isReported)
                .map(v -> v.amount().toPlainString() + " " + indicator.unit()).orElse(Messages.get("docx.import.noValue"));
        String text = written.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (NumberText.isNotApplicable(text)) {
            return value.isPresent() && value.get().isReported() ? Optional.of(stored) : Optional.empty();
        }
        Matcher m = NUMBER_WITH_UNIT.matcher(text);
        Optional<BigDecimal> number = m.matches() ? NumberText.parse(m.group(1)) : Optional.empty();
        if (number.isEmpty() || value.isEmpty() || !value.get().isReported()) {
            return Optional.of(stored);
        }
        String unit = !m.group(2).isBlank() ? m.group(2) : unitText.strip();
        BigDecimal expected = value.get().amount();
        if (!unit.isEmpty() && !unit.equals(indicator.unit())) {
            Optional<Unit> from = Units.parse(indicator.unit());
            Optional<Unit> to = Units.parse(unit);
            if (from.isEmpty() || to.isEmpty() || !from.get().compatible(to.get())) {
                return Optional.of(stored);
            }
            expected = to.get().fromBase(from.get().toBase(expected));
        }
        int decimals = NumberText.decimals(number.get());
        return expected.setScale(decimals, RoundingMode.HALF_UP).compareTo(number.get()) == 0 ? Optional.empty()
                : Optional.of(stored);
    }

    /** The one indicator of this name, English name or alias (ignoring spaces and case); empty when none or several. */
    private Optional<Indicator> indicator(String name) {
        String wanted = key(name);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        List<Indicator> found = new ArrayList<>();
        for (Indicator indicator : data.indicators()) {
            boolean named = key(indicator.name().zh()).equals(wanted) || key(indicator.name().en()).equals(wanted)
                    || indicator.aliases().stream().anyMatch(alias -> key(alias).equals(wanted));
            if (named) {
                found.add(indicator);
            }
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private static String key(String name) {
        return normalised(name).replaceAll("\\s+", "").replace('（', '(').replace('）', ')').toLowerCase(Locale.ROOT);
    }

    private static String normalised(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.strip().toCharArray()) {
            out.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c == '\u3000' ? ' ' : c);
        }
        return out.toString();
    }

    private static List<Inline> cell(List<List<Inline>> row, int column) {
        return column < row.size() ? row.get(column) : List.of();
    }

    private static boolean blank(List<List<Inline>> row) {
        return row.stream().allMatch(cell -> DraftMarkup.plain(cell).isBlank() && cell.stream()
                .noneMatch(run -> run instanceof Inline.FootnoteRef));
    }

    private static boolean hasContent(List<List<List<Inline>>> rows, int column) {
        return rows.stream().skip(1).anyMatch(row -> !DraftMarkup.plain(cell(row, column)).isBlank());
    }
}
