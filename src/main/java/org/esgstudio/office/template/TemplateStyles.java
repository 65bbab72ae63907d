package org.esgstudio.office.template;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of a template: a header; locked text; locked grey figures of last year (formatted with their
 * decimals); unlocked pale-yellow cells to fill in (this year's value and the note). Yellow means "fill me in".
 */
final class TemplateStyles {
    private static final byte[] HEADER_FILL = {(byte) 0xD9, (byte) 0xE1, (byte) 0xF2};
    private static final byte[] LOCKED_FIGURE_FILL = {(byte) 0xE7, (byte) 0xE6, (byte) 0xE6};
    private static final byte[] TO_FILL = {(byte) 0xFF, (byte) 0xF2, (byte) 0xCC};

    private final XSSFWorkbook workbook;
    private final XSSFCellStyle header;
    private final XSSFCellStyle text;
    private final XSSFCellStyle wrapped;
    private final XSSFCellStyle value;
    private final XSSFCellStyle note;
    private final XSSFCellStyle title;
    private final XSSFCellStyle paragraph;
    private final Map<Integer, XSSFCellStyle> lastYear = new HashMap<>();

    TemplateStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        XSSFFont bold = workbook.createFont();
        bold.setBold(true);
        header = bordered(true);
        header.setFont(bold);
        header.setFillForegroundColor(new XSSFColor(HEADER_FILL, null));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setWrapText(true);
        text = bordered(true);
        wrapped = bordered(true);
        wrapped.setWrapText(true);
        value = bordered(false);
        value.setFillForegroundColor(new XSSFColor(TO_FILL, null));
        value.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        value.setAlignment(HorizontalAlignment.RIGHT);
        note = bordered(false);
        note.setFillForegroundColor(new XSSFColor(TO_FILL, null));
        note.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        note.setWrapText(true);
        XSSFFont large = workbook.createFont();
        large.setBold(true);
        large.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(large);
        paragraph = workbook.createCellStyle();
        paragraph.setWrapText(true);
        paragraph.setVerticalAlignment(VerticalAlignment.TOP);
    }

    private XSSFCellStyle bordered(boolean locked) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setLocked(locked);
        return style;
    }

    XSSFCellStyle header() {
        return header;
    }

    XSSFCellStyle text() {
        return text;
    }

    XSSFCellStyle wrapped() {
        return wrapped;
    }

    /** This year's value: unlocked, pale yellow, General (what is typed is what is read). */
    XSSFCellStyle value() {
        return value;
    }

    XSSFCellStyle note() {
        return note;
    }

    XSSFCellStyle title() {
        return title;
    }

    XSSFCellStyle paragraph() {
        return paragraph;
    }

    /** Last year's figure: locked, grey, shown with its own decimals and thousands separators. */
    XSSFCellStyle lastYear(int decimals) {
        return lastYear.computeIfAbsent(decimals, d -> {
            XSSFCellStyle style = bordered(true);
            style.setFillForegroundColor(new XSSFColor(LOCKED_FIGURE_FILL, null));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            style.setAlignment(HorizontalAlignment.RIGHT);
            style.setDataFormat(workbook.createDataFormat().getFormat(NumberFormats.of(d)));
            return style;
        });
    }
}
