package org.esgstudio.office.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.esgstudio.data.CsvText;
import org.esgstudio.model.Report;
import org.esgstudio.office.DataWorkbook;

/**
 * What a template records about itself in its hidden sheet ({@link DataWorkbook#TEMPLATE_SHEET}), so that the returned
 * workbook is recognised and its structure checked: the template version, the project it was made from (company and
 * reporting year), the department and year it asks for, the data sheet's name, header row and column headers, and
 * the row of every indicator code.
 */
record TemplateMarker(int version, String company, int reportYear, String department, int year, String sheet,
                      int headerRow, List<String> headers, Map<Integer, String> codeRows) {
    /** The layout this build writes and reads. */
    static final int VERSION = 1;
    private static final String TITLE = "ESG Report Studio template";

    TemplateMarker {
        headers = List.copyOf(headers);
        codeRows = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(codeRows));
    }

    /** The project a template belongs to: the report's company and reporting year (a copy of the file is the same). */
    static String company(Report report) {
        return report.settings().company().zh();
    }

    /** The rows of the hidden sheet, as text. */
    List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(TITLE, String.valueOf(version)));
        rows.add(List.of("project", company, String.valueOf(reportYear)));
        rows.add(List.of("department", department));
        rows.add(List.of("year", String.valueOf(year)));
        rows.add(List.of("sheet", sheet, String.valueOf(headerRow)));
        List<String> columns = new ArrayList<>();
        columns.add("columns");
        columns.addAll(headers);
        rows.add(columns);
        codeRows.forEach((row, code) -> rows.add(List.of("row", String.valueOf(row), code)));
        return rows;
    }

    /** Reads the hidden sheet back; empty when it is not one this build understands (damaged or of another version). */
    static Optional<TemplateMarker> read(DataWorkbook.Sheet hidden) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        Map<Integer, String> codeRows = new LinkedHashMap<>();
        for (CsvText.Record record : hidden.rows()) {
            List<String> cells = record.fields();
            if (cells.isEmpty()) {
                continue;
            }
            if (cells.get(0).equals("row") && cells.size() >= 3) {
                Optional<Integer> row = number(cells.get(1));
                if (row.isEmpty() || codeRows.put(row.get(), cells.get(2).strip()) != null) {
                    return Optional.empty();
                }
            } else {
                fields.put(cells.get(0), cells.subList(1, cells.size()));
            }
        }
        try {
            List<String> title = fields.get(TITLE);
            List<String> project = fields.get("project");
            List<String> sheet = fields.get("sheet");
            List<String> columns = fields.get("columns");
            if (title == null || project == null || project.size() < 2 || sheet == null || sheet.size() < 2
                    || columns == null || !fields.containsKey("department") || !fields.containsKey("year")) {
                return Optional.empty();
            }
            return Optional.of(new TemplateMarker(Integer.parseInt(title.get(0).strip()), project.get(0),
                    Integer.parseInt(project.get(1).strip()), first(fields.get("department")),
                    Integer.parseInt(first(fields.get("year")).strip()), sheet.get(0),
                    Integer.parseInt(sheet.get(1).strip()), columns, codeRows));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? "" : values.get(0);
    }

    private static Optional<Integer> number(String text) {
        try {
            return Optional.of(Integer.valueOf(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
