package org.esgstudio.data;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.esgstudio.i18n.InputRejectedException;
import org.esgstudio.i18n.Problem;
import org.esgstudio.model.LocalizedText;

/** Reads and writes indicators and values as data.csv (the workbook's columns); reading is all-or-nothing. */
public final class DataCsv {
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[;；]");
    private static final String NOT_APPLICABLE = "不适用";

    private DataCsv() {
    }

    /** Reads the indicators and values of a data.csv; any problem rejects the whole file. */
    public static DataSet read(String fileName, String text, String author, Instant at) {
        List<CsvText.Record> records = CsvText.parse(fileName, text);
        if (records.isEmpty()) {
            throw new InputRejectedException(fileName, List.of(new Problem(fileName, "csv.empty")));
        }
        return new Reader(fileName, records, author, at).read();
    }

    private static final class Reader {
        private final String file;
        private final List<CsvText.Record> records;
        private final String author;
        private final Instant at;
        private final List<Problem> problems = new ArrayList<>();
        private final Map<DataColumn, Integer> columns = new EnumMap<>(DataColumn.class);
        private final Map<Integer, Integer> yearColumns = new TreeMap<>();
        private final Map<Integer, Integer> noteColumns = new HashMap<>();

        Reader(String file, List<CsvText.Record> records, String author, Instant at) {
            this.file = file;
            this.records = records;
            this.author = author;
            this.at = at;
        }

        DataSet read() {
            readHeader(records.get(0));
            if (!problems.isEmpty()) {
                throw new InputRejectedException(file, problems);
            }
            List<Indicator> indicators = new ArrayList<>();
            List<IndicatorValue> values = new ArrayList<>();
            Map<String, Integer> seenCodes = new HashMap<>();
            for (CsvText.Record record : records.subList(1, records.size())) {
                if (!record.isBlank()) {
                    readRow(record, seenCodes, indicators, values);
                }
            }
            if (!problems.isEmpty()) {
                throw new InputRejectedException(file, problems);
            }
            return new DataSet(indicators, values, List.of());
        }

        private void readHeader(CsvText.Record header) {
            for (int k = 0; k < header.fields().size(); k++) {
                String text = header.fields().get(k);
                if (text.isBlank()) {
                    continue;
                }
                String place = place(k, header.line());
                Optional<DataColumn> column = DataColumn.byHeader(text);
                Optional<Integer> year = DataColumn.year(text);
                Optional<Integer> noteYear = DataColumn.noteYear(text);
                if (column.isPresent()) {
                    if (columns.putIfAbsent(column.get(), k) != null) {
                        problems.add(new Problem(place, "data.duplicateColumn", text.strip()));
                    }
                } else if (year.isPresent()) {
                    if (yearColumns.putIfAbsent(year.get(), k) != null) {
                        problems.add(new Problem(place, "data.duplicateYear", year.get()));
                    }
                } else if (noteYear.isPresent()) {
                    if (noteColumns.putIfAbsent(noteYear.get(), k) != null) {
                        problems.add(new Problem(place, "data.duplicateColumn", text.strip()));
                    }
                } else {
                    problems.add(new Problem(place, "data.unknownColumn", text.strip()));
                }
            }
            for (DataColumn required : List.of(DataColumn.CODE, DataColumn.NAME, DataColumn.UNIT)) {
                if (!columns.containsKey(required)) {
                    problems.add(new Problem(file + "!1:1", "data.missingColumn", required.zh(), required.en()));
                }
            }
            if (yearColumns.isEmpty()) {
                problems.add(new Problem(file + "!1:1", "data.noYearColumn"));
            }
        }

        private void readRow(CsvText.Record record, Map<String, Integer> seenCodes, List<Indicator> indicators,
                             List<IndicatorValue> values) {
            int line = record.line();
            int before = problems.size();
            String code = text(record, DataColumn.CODE);
            String name = text(record, DataColumn.NAME);
            String unit = text(record, DataColumn.UNIT);
            if (code.isEmpty()) {
                problems.add(new Problem(place(columns.get(DataColumn.CODE), line), "data.missingCode"));
            } else if (!Indicator.isValidCode(code)) {
                problems.add(new Problem(place(columns.get(DataColumn.CODE), line), "data.badCode", code));
            } else if (seenCodes.containsKey(code)) {
                problems.add(new Problem(place(columns.get(DataColumn.CODE), line), "data.duplicateCode", code,
                        seenCodes.get(code)));
            } else {
                seenCodes.put(code, line);
            }
            if (name.isEmpty()) {
                problems.add(new Problem(place(columns.get(DataColumn.NAME), line), "data.missingName"));
            }
            if (unit.isEmpty()) {
                problems.add(new Problem(place(columns.get(DataColumn.UNIT), line), "data.missingUnit"));
            }
            Map<Integer, IndicatorValue> rowValues = new LinkedHashMap<>();
            int widest = 0;
            for (Map.Entry<Integer, Integer> year : yearColumns.entrySet()) {
                String cellText = record.field(year.getValue()).strip();
                String cell = CellRef.of(year.getValue(), line);
                if (cellText.isEmpty()) {
                    continue;
                }
                Provenance provenance = new Provenance(file, cell, author, at);
                String note = note(record, year.getKey());
                if (NumberText.isNotApplicable(cellText)) {
                    rowValues.put(year.getKey(), IndicatorValue.notApplicable(code, year.getKey(), note, provenance));
                    continue;
                }
                String numberText = "%".equals(unit) && cellText.endsWith("%")
                        ? cellText.substring(0, cellText.length() - 1) : cellText;
                Optional<BigDecimal> amount = NumberText.parse(numberText);
                if (amount.isEmpty()) {
                    problems.add(new Problem(file + "!" + cell, "data.notANumber", cellText));
                    continue;
                }
                widest = Math.max(widest, NumberText.decimals(amount.get()));
                rowValues.put(year.getKey(), IndicatorValue.reported(code, year.getKey(), amount.get(), note, provenance));
            }
            for (int noteYear : notedYears(record)) {
                if (record.field(yearColumns.get(noteYear)).isBlank()) {
                    problems.add(new Problem(place(noteColumn(noteYear), line), "data.noteWithoutValue", noteYear));
                }
            }
            int decimals = decimals(record, widest);
            if (problems.size() > before) {
                return;
            }
            indicators.add(new Indicator(code, new LocalizedText(name, text(record, DataColumn.NAME_EN)),
                    list(text(record, DataColumn.ALIASES)), unit, decimals, text(record, DataColumn.CATEGORY),
                    text(record, DataColumn.DEPARTMENT), text(record, DataColumn.SOURCE),
                    list(text(record, DataColumn.FRAMEWORKS))));
            values.addAll(rowValues.values());
        }

        private int decimals(CsvText.Record record, int widest) {
            String written = text(record, DataColumn.DECIMALS);
            if (written.isEmpty()) {
                return widest;
            }
            Optional<BigDecimal> number = NumberText.parse(written);
            if (number.isEmpty() || number.get().stripTrailingZeros().scale() > 0 || number.get().signum() < 0
                    || number.get().compareTo(BigDecimal.valueOf(6)) > 0) {
                problems.add(new Problem(place(columns.get(DataColumn.DECIMALS), record.line()), "data.badDecimals", written));
                return widest;
            }
            return number.get().intValue();
        }

        /** The years whose note cell in this row holds text. */
        private List<Integer> notedYears(CsvText.Record record) {
            List<Integer> years = new ArrayList<>();
            for (int year : yearColumns.keySet()) {
                Integer column = noteColumn(year);
                if (column != null && !record.field(column).isBlank()) {
                    years.add(year);
                }
            }
            return years;
        }

        /** The column holding a year's note: its own note column, or 备注 for the newest year. */
        private Integer noteColumn(int year) {
            Integer own = noteColumns.get(year);
            if (own != null) {
                return own;
            }
            int newest = ((TreeMap<Integer, Integer>) yearColumns).lastKey();
            return year == newest ? columns.get(DataColumn.NOTE) : null;
        }

        private String note(CsvText.Record record, int year) {
            Integer own = noteColumns.get(year);
            if (own != null) {
                return record.field(own).strip();
            }
            int newest = ((TreeMap<Integer, Integer>) yearColumns).lastKey();
            return year == newest ? text(record, DataColumn.NOTE) : "";
        }

        private String text(CsvText.Record record, DataColumn column) {
            Integer index = columns.get(column);
            return index == null ? "" : record.field(index).strip();
        }

        private String place(int column, int line) {
            return file + "!" + CellRef.of(column, line);
        }
    }

    private static List<String> list(String text) {
        List<String> items = new ArrayList<>();
        for (String item : LIST_SEPARATOR.split(text)) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    /** Writes the indicators and values canonically: fixed columns, years newest first, exact decimals. */
    public static String format(DataSet data) {
        List<Integer> years = data.years();
        List<Integer> noteYears = new ArrayList<>();
        for (int k = 1; k < years.size(); k++) {
            int year = years.get(k);
            if (data.values().stream().anyMatch(v -> v.year() == year && !v.note().isEmpty())) {
                noteYears.add(year);
            }
        }
        boolean frameworks = data.indicators().stream().anyMatch(i -> !i.frameworks().isEmpty());
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(DataColumn.CODE.zh(), DataColumn.NAME.zh(), DataColumn.NAME_EN.zh(),
                DataColumn.ALIASES.zh(), DataColumn.UNIT.zh(), DataColumn.DECIMALS.zh(), DataColumn.CATEGORY.zh(),
                DataColumn.DEPARTMENT.zh(), DataColumn.SOURCE.zh()));
        years.forEach(year -> header.add(String.valueOf(year)));
        header.add(DataColumn.NOTE.zh());
        noteYears.forEach(year -> header.add(year + "年备注"));
        if (frameworks) {
            header.add(DataColumn.FRAMEWORKS.zh());
        }
        rows.add(header);
        for (Indicator indicator : data.indicators()) {
            List<String> row = new ArrayList<>(List.of(indicator.code(), indicator.name().zh(), indicator.name().en(),
                    String.join(";", indicator.aliases()), indicator.unit(), String.valueOf(indicator.decimals()),
                    indicator.category(), indicator.department(), indicator.source()));
            for (int year : years) {
                row.add(data.value(indicator.code(), year).map(DataCsv::cell).orElse(""));
            }
            row.add(years.isEmpty() ? "" : data.value(indicator.code(), years.get(0)).map(IndicatorValue::note).orElse(""));
            for (int year : noteYears) {
                row.add(data.value(indicator.code(), year).map(IndicatorValue::note).orElse(""));
            }
            if (frameworks) {
                row.add(String.join(";", indicator.frameworks()));
            }
            rows.add(row);
        }
        return "\uFEFF" + CsvText.format(rows);
    }

    private static String cell(IndicatorValue value) {
        return value.isReported() ? value.amount().toPlainString() : NOT_APPLICABLE;
    }
}
