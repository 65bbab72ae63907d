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
    private static final String NOT_APPLICABLE = "不适用";

    private DataCsv() {
    }

    /** Reads the indicators and values of a data.csv; any problem rejects the whole file. */
    public static DataSet read(String fileName, String text, String author, Instant at) {
        List<CsvText.Record> records = CsvText.parse(fileName, text);
        if (records.isEmpty()) {
            throw new InputRejectedException(fileName, List.of(new Problem(fileName, "csv.empty")));
        }
        return DataSheet.read(new DataSheet.Source(fileName, fileName, ""), records, author, at);
    }

    /** Writes the indicators and values canonically: fixed columns, years newest first, exact decimals. */
    public static String format(DataSet data) {
        return "\uFEFF" + CsvText.format(table(data));
    }

    /**
     * The canonical table (header row first) that data.csv and the all-data workbook hold: fixed columns, years
     * newest first with exact decimals (不适用 for not applicable), then notes, and frameworks and definitions when some
     * indicator has them.
     */
    public static List<List<String>> table(DataSet data) {
        List<Integer> years = data.years();
        List<Integer> noteYears = new ArrayList<>();
        for (int k = 1; k < years.size(); k++) {
            int year = years.get(k);
            if (data.values().stream().anyMatch(v -> v.year() == year && !v.note().isEmpty())) {
                noteYears.add(year);
            }
        }
        boolean frameworks = data.indicators().stream().anyMatch(i -> !i.frameworks().isEmpty());
        boolean definitions = data.indicators().stream().anyMatch(i -> !i.definition().isEmpty());
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
        if (definitions) {
            header.add(DataColumn.DEFINITION.zh());
            header.add(DataColumn.DEFINITION_EN.zh());
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
            if (definitions) {
                row.add(indicator.definition().zh());
                row.add(indicator.definition().en());
            }
            rows.add(row);
        }
        return rows;
    }

    private static String cell(IndicatorValue value) {
        return value.isReported() ? value.amount().toPlainString() : NOT_APPLICABLE;
    }
}
