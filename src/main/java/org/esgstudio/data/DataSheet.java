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

/**
 * The KPI data table of a workbook sheet or a data.csv: one header row with columns found by their Chinese or English
 * headers, then one row per indicator. Reading is all-or-nothing: every problem is reported with its cell.
 */
public final class DataSheet {
    /**
     * Where rows come from: {@code place} prefixes cell names in messages ("data.csv", "BOOK.xlsx › 指标数据"),
     * {@code file} and {@code sheet} make the provenance ("BOOK.xlsx", "指标数据!F12").
     */
    public record Source(String place, String file, String sheet) {
    }

    /** Finds the code of an indicator named in a row without a code (by name or alias), or makes a stable new one. */
    public interface CodeResolver {
        /** Codes are required (the folder format): a row without one is a problem. */
        CodeResolver REQUIRED = null;

        String codeFor(String name, List<String> aliases);
    }

    private final Source source;
    private final String file;
    private final List<CsvText.Record> records;
    private final String author;
    private final Instant at;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<DataColumn, Integer> columns = new EnumMap<>(DataColumn.class);
    private final Map<Integer, Integer> yearColumns = new TreeMap<>();
    private final Map<Integer, Integer> noteColumns = new HashMap<>();

    private DataSheet(Source source, List<CsvText.Record> records, String author, Instant at) {
        this.source = source;
        this.file = source.place();
        this.records = records;
        this.author = author;
        this.at = at;
    }

    /** Reads a sheet's rows (the first is the header); any problem rejects the whole sheet with every problem. */
    public static DataSet read(Source source, List<CsvText.Record> records, String author, Instant at) {
        return read(source, records, author, at, CodeResolver.REQUIRED);
    }

    /** As {@link #read(Source, List, String, Instant)}; rows without a code get one from {@code codes}. */
    public static DataSet read(Source source, List<CsvText.Record> records, String author, Instant at,
                               CodeResolver codes) {
        if (records.isEmpty()) {
            throw new InputRejectedException(source.place(), List.of(new Problem(source.place(), "csv.empty")));
        }
        DataSheet sheet = new DataSheet(source, records, author, at);
        sheet.codes = codes;
        return sheet.read();
    }

    private CodeResolver codes;

    /** The named columns a header row has (so that an import changes only what the sheet states). */
    public static java.util.Set<DataColumn> columns(CsvText.Record header) {
        java.util.Set<DataColumn> present = java.util.EnumSet.noneOf(DataColumn.class);
        for (String text : header.fields()) {
            DataColumn.byHeader(text).ifPresent(present::add);
        }
        return present;
    }

    private DataSet read() {
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
        List<DataColumn> requiredColumns = codes == null ? List.of(DataColumn.CODE, DataColumn.NAME, DataColumn.UNIT)
                : List.of(DataColumn.NAME, DataColumn.UNIT);
        for (DataColumn required : requiredColumns) {
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
        String name = text(record, DataColumn.NAME);
        String code = text(record, DataColumn.CODE);
        if (code.isEmpty() && codes != null && !name.isEmpty()) {
            code = codes.codeFor(name, list(text(record, DataColumn.ALIASES)));
        }
        String unit = text(record, DataColumn.UNIT);
        if (code.isEmpty()) {
            problems.add(new Problem(place(columns.getOrDefault(DataColumn.CODE, columns.get(DataColumn.NAME)), line),
                    "data.missingCode"));
        } else if (!Indicator.isValidCode(code)) {
            problems.add(new Problem(place(columns.getOrDefault(DataColumn.CODE, columns.get(DataColumn.NAME)), line),
                    "data.badCode", code));
        } else if (seenCodes.containsKey(code)) {
            problems.add(new Problem(place(columns.getOrDefault(DataColumn.CODE, columns.get(DataColumn.NAME)), line),
                    "data.duplicateCode", code, seenCodes.get(code)));
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
            Provenance provenance = new Provenance(source.file(), source.sheet().isEmpty() ? cell
                    : source.sheet() + "!" + cell, author, at);
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
            int places = NumberText.decimals(amount.get());
            if (places > 6 && text(record, DataColumn.DECIMALS).isEmpty()) {
                // An indicator prints at most 6 decimals (Indicator); an unformatted spreadsheet ratio has 15.
                problems.add(new Problem(file + "!" + cell, "data.tooManyDecimals", cellText, places));
                continue;
            }
            widest = Math.max(widest, places);
            rowValues.put(year.getKey(), IndicatorValue.reported(code, year.getKey(), amount.get(), note, provenance));
        }
        for (int noteYear : notedYears(record)) {
            if (record.field(yearColumns.get(noteYear)).isBlank()) {
                problems.add(new Problem(place(noteColumn(noteYear), line), "data.noteWithoutValue", noteYear));
            }
        }
        int decimals = decimals(record, widest);
        if (!unit.isEmpty() && !Units.isKnown(unit)) {
            problems.add(new Problem(place(columns.get(DataColumn.UNIT), line), "data.unknownUnit", unit));
        }
        if (problems.size() > before) {
            return;
        }
        indicators.add(new Indicator(code, new LocalizedText(name, text(record, DataColumn.NAME_EN)),
                list(text(record, DataColumn.ALIASES)), unit, decimals, text(record, DataColumn.CATEGORY),
                text(record, DataColumn.DEPARTMENT), text(record, DataColumn.SOURCE),
                list(text(record, DataColumn.FRAMEWORKS)),
                new LocalizedText(text(record, DataColumn.DEFINITION), text(record, DataColumn.DEFINITION_EN))));
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

    private static final Pattern LIST_SEPARATOR = Pattern.compile("[;；]");

    private static List<String> list(String text) {
        List<String> items = new ArrayList<>();
        for (String item : LIST_SEPARATOR.split(text)) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }
}
