package org.esgstudio.office.evidence;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.esgstudio.data.FigureFormat;
import org.esgstudio.office.template.TextWidth;

/**
 * One sheet of the evidence list: a header row, then rows whose cells are text, whole numbers, {@link Amount figures}
 * or dates; the header stays in view, every column has a filter, and each column is as wide as its content (within
 * bounds).
 */
final class EvidenceSheet {
    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 48;
    /** A spreadsheet number holds 15 significant digits; a longer figure is kept exact as text. */
    private static final int MAX_DIGITS = 15;
    private final XSSFSheet sheet;
    private final EvidenceStyles styles;
    private final int[] widths;
    private int rows;

    EvidenceSheet(XSSFWorkbook workbook, String name, List<String> headers, EvidenceStyles styles) {
        this.sheet = workbook.createSheet(name);
        this.styles = styles;
        this.widths = new int[headers.size()];
        XSSFRow row = sheet.createRow(rows++);
        for (int c = 0; c < headers.size(); c++) {
            XSSFCell cell = row.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(styles.header());
            widths[c] = TextWidth.of(headers.get(c)) + 2;
        }
    }

    /** Adds a row: a String is text, an Integer or Long a whole number, an {@link Amount} a figure, null empty. */
    void add(List<Object> cells) {
        XSSFRow row = sheet.createRow(rows++);
        for (int c = 0; c < cells.size(); c++) {
            Object value = cells.get(c);
            if (value == null) {
                continue;
            }
            XSSFCell cell = row.createCell(c);
            String shown;
            if (value instanceof Amount amount && amount.value().precision() <= MAX_DIGITS) {
                cell.setCellValue(amount.value().doubleValue());
                cell.setCellStyle(styles.figure(amount.decimals()));
                shown = FigureFormat.format(amount.value(), amount.decimals());
            } else if (value instanceof Amount amount) {
                shown = amount.value().toPlainString();
                cell.setCellValue(shown);
                cell.setCellStyle(styles.text());
            } else if (value instanceof Number number) {
                cell.setCellValue(number.longValue());
                cell.setCellStyle(styles.whole());
                shown = number.toString();
            } else if (value instanceof LocalDateTime at) {
                cell.setCellValue(at);
                cell.setCellStyle(styles.date());
                shown = EvidenceStyles.DATE_FORMAT;
            } else {
                shown = value.toString();
                cell.setCellValue(shown);
                cell.setCellStyle(styles.text());
            }
            widths[c] = Math.max(widths[c], TextWidth.of(shown) + 2);
        }
    }

    /** Rows added so far, the header not counted. */
    int size() {
        return rows - 1;
    }

    /** Sets the column widths, freezes the header row and the first {@code columns} columns, and turns filters on. */
    void finish(int columns) {
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widths[c])) * 256);
        }
        sheet.createFreezePane(columns, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, widths.length - 1));
    }
}
