package org.esgstudio.office.template;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.esgstudio.data.CellRef;
import org.esgstudio.data.CsvText;
import org.esgstudio.data.DataSet;
import org.esgstudio.data.FilledAmount;
import org.esgstudio.data.Indicator;
import org.esgstudio.data.IndicatorValue;
import org.esgstudio.data.Provenance;
import org.esgstudio.i18n.InputRejectedException;
import org.esgstudio.i18n.Problem;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.office.DataWorkbook;

/**
 * A data-collection template coming back filled in. Recognised by its hidden marker; refused as a whole when its
 * structure changed (a row or column inserted, deleted or moved, a code edited, the sheet renamed, the marker made for
 * another project or department). Only this year's column and the notes are read: a blank value cell is "not filled"
 * (the stored value stays); last year's column is never read, even if someone changed it, since published comparative
 * figures are corrected by the ESG team, not through a department's workbook (the instructions say to use the note).
 */
public final class ReturnedTemplate {
    private final DataWorkbook.Contents book;
    private final TemplateMarker marker;
    private final DataSet existing;
    private final String place;
    private final List<Problem> problems = new ArrayList<>();

    private ReturnedTemplate(DataWorkbook.Contents book, TemplateMarker marker, DataSet existing) {
        this.book = book;
        this.marker = marker;
        this.existing = existing;
        this.place = book.fileName() + " › " + marker.sheet();
    }

    /** How a template names the project it was exported from (with the reporting year). */
    public static String company(org.esgstudio.model.Report report) {
        return TemplateMarker.company(report);
    }

    /** Whether a workbook is a template exported by this application (it has the hidden marker sheet). */
    public static boolean isTemplate(DataWorkbook.Contents book) {
        return book.template().isPresent();
    }

    /**
     * The values a returned template brings (this year's filled cells, with their notes), checked against the store
     * and against the structure the marker records; {@code company} and {@code reportYear} name the project imported
     * into (null company: not checked). Any problem refuses the whole workbook.
     */
    public static DataSet read(DataWorkbook.Contents book, DataSet existing, String company, int reportYear,
                               String author, Instant at) {
        DataWorkbook.Sheet hidden = book.template().orElseThrow(() -> new IllegalArgumentException("not a template"));
        TemplateMarker marker = TemplateMarker.read(hidden)
                .orElseThrow(() -> new UserFacingException("template.markerDamaged", book.fileName()));
        if (marker.version() != TemplateMarker.VERSION) {
            throw new UserFacingException("template.otherVersion", book.fileName(), marker.version());
        }
        if (!marker.headers().equals(TemplateColumn.headers(marker.year()))) {
            // The marker contradicts itself (its year is not the year its columns are headed with): edited by hand.
            throw new UserFacingException("template.markerDamaged", book.fileName());
        }
        if (company != null && (!company.equals(marker.company()) || reportYear != marker.reportYear())) {
            throw new UserFacingException("template.otherProject", book.fileName(), marker.company(),
                    marker.reportYear(), company, reportYear);
        }
        if (!book.data().name().equals(marker.sheet())) {
            throw new UserFacingException("template.sheetMissing", book.fileName(), marker.sheet(),
                    String.join("、", book.sheetNames()));
        }
        return new ReturnedTemplate(book, marker, existing).values(author, at);
    }

    private DataSet values(String author, Instant at) {
        Map<Integer, CsvText.Record> rows = new HashMap<>();
        book.data().rows().forEach(record -> rows.put(record.line(), record));
        checkHeader(rows.get(marker.headerRow()));
        checkRows(rows);
        if (!problems.isEmpty()) {
            throw new InputRejectedException(book.fileName(), problems);
        }
        Set<Indicator> indicators = new LinkedHashSet<>();
        List<IndicatorValue> values = new ArrayList<>();
        for (Map.Entry<Integer, String> codeRow : marker.codeRows().entrySet()) {
            Indicator indicator = existing.indicator(codeRow.getValue()).orElseThrow();
            indicators.add(indicator);
            value(rows.get(codeRow.getKey()), codeRow.getKey(), indicator, author, at).ifPresent(values::add);
        }
        if (!problems.isEmpty()) {
            throw new InputRejectedException(book.fileName(), problems);
        }
        return new DataSet(List.copyOf(indicators), values, List.of());
    }

    /** Every header where the marker says it was; a header beyond them is a column added. */
    private void checkHeader(CsvText.Record header) {
        List<String> fields = header == null ? List.of() : header.fields();
        for (int c = 0; c < Math.max(marker.headers().size(), fields.size()); c++) {
            String found = c < fields.size() ? fields.get(c).strip() : "";
            String cell = place + "!" + CellRef.of(c, marker.headerRow());
            if (c >= marker.headers().size()) {
                if (!found.isEmpty()) {
                    problems.add(new Problem(cell, "template.columnAdded", found));
                }
            } else if (!found.equals(marker.headers().get(c))) {
                problems.add(new Problem(cell, "template.columnChanged", marker.headers().get(c), found));
            }
        }
    }

    /** Every code on its row, every row for this department and still in the store, and no row added. */
    private void checkRows(Map<Integer, CsvText.Record> rows) {
        int code = TemplateColumn.CODE.index();
        int department = TemplateColumn.DEPARTMENT.index();
        for (Map.Entry<Integer, String> codeRow : marker.codeRows().entrySet()) {
            int line = codeRow.getKey();
            CsvText.Record record = rows.get(line);
            String found = record == null ? "" : record.field(code).strip();
            if (!found.equals(codeRow.getValue())) {
                problems.add(new Problem(place + "!" + CellRef.of(code, line), "template.codeChanged",
                        codeRow.getValue(), found));
                continue;
            }
            String owner = record.field(department).strip();
            if (!owner.equals(marker.department())) {
                problems.add(new Problem(place + "!" + CellRef.of(department, line), "template.otherDepartment",
                        marker.department(), owner));
            }
            if (!existing.hasIndicator(found)) {
                problems.add(new Problem(place + "!" + CellRef.of(code, line), "template.unknownIndicator", found));
            }
        }
        for (CsvText.Record record : rows.values().stream().sorted(java.util.Comparator.comparingInt(
                CsvText.Record::line)).toList()) {
            if (record.line() > marker.headerRow() && !marker.codeRows().containsKey(record.line())) {
                String first = record.fields().stream().map(String::strip).filter(s -> !s.isEmpty()).findFirst()
                        .orElse("");
                problems.add(new Problem(place + "!" + CellRef.of(code, record.line()), "template.rowAdded", first));
            }
        }
    }

    private Optional<IndicatorValue> value(CsvText.Record record, int line, Indicator indicator, String author,
                                           Instant at) {
        int column = TemplateColumn.THIS_YEAR.index();
        String cell = CellRef.of(column, line);
        String text = record.field(column);
        String note = record.field(TemplateColumn.NOTE.index()).strip();
        Provenance provenance = new Provenance(book.fileName(), marker.sheet() + "!" + cell, author, at);
        FilledAmount.Reading reading = FilledAmount.read(text, indicator.unit());
        if (reading instanceof FilledAmount.Blank) {
            if (!note.isEmpty()) {
                problems.add(new Problem(place + "!" + CellRef.of(TemplateColumn.NOTE.index(), line),
                        "data.noteWithoutValue", marker.year()));
            }
            return Optional.empty();
        }
        if (reading instanceof FilledAmount.NotApplicable) {
            return Optional.of(IndicatorValue.notApplicable(indicator.code(), marker.year(), note, provenance));
        }
        if (reading instanceof FilledAmount.Refused refused) {
            problems.add(new Problem(place + "!" + cell, refused.key(), refused.args().toArray()));
            return Optional.empty();
        }
        java.math.BigDecimal amount = ((FilledAmount.Amount) reading).value();
        if (amount.scale() > 6) {
            problems.add(new Problem(place + "!" + cell, "data.tooManyDecimals", text.strip(), amount.scale()));
            return Optional.empty();
        }
        return Optional.of(IndicatorValue.reported(indicator.code(), marker.year(), amount, note, provenance));
    }
}
