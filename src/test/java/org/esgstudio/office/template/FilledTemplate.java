package org.esgstudio.office.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.esgstudio.office.DataWorkbook;

/**
 * An exported template opened with POI to be filled in the way a person does in Excel (numbers, text numerals, a
 * percentage, notes) or tampered with (rows and columns moved, codes edited, the sheet renamed, the marker edited),
 * then saved under another name. Columns: A code … E last year, F this year, G note, H department.
 */
public final class FilledTemplate implements AutoCloseable {
    public static final int THIS_YEAR = 5;
    public static final int NOTE = 6;

    private final XSSFWorkbook workbook;

    private FilledTemplate(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    public static FilledTemplate open(Path exported) {
        try (InputStream in = Files.newInputStream(exported)) {
            return new FilledTemplate(new XSSFWorkbook(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public XSSFSheet data() {
        return workbook.getSheet(DataWorkbook.DATA_SHEET);
    }

    public XSSFSheet marker() {
        return workbook.getSheet(DataWorkbook.TEMPLATE_SHEET);
    }

    public XSSFWorkbook workbook() {
        return workbook;
    }

    /** The 1-based row of an indicator's code in column A. */
    public int rowOf(String code) {
        for (Row row : data()) {
            Cell cell = row.getCell(0);
            if (cell != null && code.equals(cell.getStringCellValue())) {
                return row.getRowNum() + 1;
            }
        }
        throw new IllegalArgumentException("no row for " + code);
    }

    private Cell cell(String code, int column) {
        Row row = data().getRow(rowOf(code) - 1);
        return row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
    }

    /** A number typed in this year's cell (as Excel stores 12345 or 12,345 typed in a General cell). */
    public FilledTemplate number(String code, double value) {
        cell(code, THIS_YEAR).setCellValue(value);
        return this;
    }

    /** Text typed in this year's cell: "1.2万", full-width digits, "不适用", a number stored as text. */
    public FilledTemplate text(String code, String text) {
        cell(code, THIS_YEAR).setCellValue(text);
        return this;
    }

    /** A percentage as Excel stores "49.38%" typed: the fraction, formatted 0.00% (the cell keeps its fill). */
    public FilledTemplate percent(String code, double fraction) {
        Cell cell = cell(code, THIS_YEAR);
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(cell.getCellStyle());
        style.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
        cell.setCellStyle(style);
        cell.setCellValue(fraction);
        return this;
    }

    public FilledTemplate note(String code, String note) {
        cell(code, NOTE).setCellValue(note);
        return this;
    }

    /** Any cell of the data sheet set to a text ("A9", "E5"). */
    public FilledTemplate set(String cellName, String text) {
        org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(cellName);
        Row row = data().getRow(ref.getRow()) == null ? data().createRow(ref.getRow()) : data().getRow(ref.getRow());
        Cell cell = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
        cell.setCellValue(text);
        return this;
    }

    /** A value of the hidden marker sheet changed: the row whose first cell is {@code key}, column B. */
    public FilledTemplate markerValue(String key, String value) {
        return markerValue(key, 1, value);
    }

    /** A value of the hidden marker sheet changed: the row whose first cell is {@code key}, the given column. */
    public FilledTemplate markerValue(String key, int column, String value) {
        for (Row row : marker()) {
            if (key.equals(row.getCell(0).getStringCellValue())) {
                row.getCell(column).setCellValue(value);
                return this;
            }
        }
        throw new IllegalArgumentException("no marker row " + key);
    }

    /** The marker row whose first cell is {@code key} removed. */
    public FilledTemplate withoutMarkerRow(String key) {
        for (Row row : marker()) {
            if (key.equals(row.getCell(0).getStringCellValue())) {
                marker().removeRow(row);
                return this;
            }
        }
        throw new IllegalArgumentException("no marker row " + key);
    }

    /** Rows inserted (count &gt; 0) or deleted (count &lt; 0) at a 1-based row, as Excel's Insert/Delete Row does. */
    public FilledTemplate shiftRows(int fromRow, int count) {
        if (count < 0) {
            for (int k = 0; k < -count; k++) {
                data().removeRow(data().getRow(fromRow - 1 + k));
            }
            data().shiftRows(fromRow - 1 - count, data().getLastRowNum(), count);
        } else {
            data().shiftRows(fromRow - 1, data().getLastRowNum(), count);
        }
        return this;
    }

    /** Two rows' contents exchanged (a row cut and pasted elsewhere), 1-based. */
    public FilledTemplate swapRows(int a, int b) {
        Row first = data().getRow(a - 1);
        Row second = data().getRow(b - 1);
        for (int c = 0; c < Math.max(first.getLastCellNum(), second.getLastCellNum()); c++) {
            String x = text(first.getCell(c));
            String y = text(second.getCell(c));
            (first.getCell(c) == null ? first.createCell(c) : first.getCell(c)).setCellValue(y);
            (second.getCell(c) == null ? second.createCell(c) : second.getCell(c)).setCellValue(x);
        }
        return this;
    }

    private static String text(Cell cell) {
        return cell == null ? "" : new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(cell);
    }

    /** Columns shifted left over a deleted one (count &lt; 0) or right for inserted ones, 0-based start. */
    public FilledTemplate shiftColumns(int fromColumn, int count) {
        int last = 0;
        for (Row row : data()) {
            last = Math.max(last, row.getLastCellNum() - 1);
        }
        if (count < 0) {
            for (Row row : data()) {
                for (int c = fromColumn + count; c < fromColumn; c++) {
                    if (row.getCell(c) != null) {
                        row.removeCell(row.getCell(c));
                    }
                }
            }
        }
        data().shiftColumns(fromColumn, last, count);
        return this;
    }

    public FilledTemplate renameDataSheet(String name) {
        workbook.setSheetName(workbook.getSheetIndex(data()), name);
        return this;
    }

    public Path saveAs(Path target) {
        try (OutputStream out = Files.newOutputStream(target)) {
            workbook.write(out);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
