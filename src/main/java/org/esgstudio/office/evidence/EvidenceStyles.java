package org.esgstudio.office.evidence;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.esgstudio.office.template.NumberFormats;

/** The evidence list's cell styles: a bold shaded header, text, whole numbers, dates and figures per decimals. */
final class EvidenceStyles {
    static final String DATE_FORMAT = "yyyy-mm-dd hh:mm";
    private final XSSFWorkbook workbook;
    private final XSSFCellStyle header;
    private final XSSFCellStyle text;
    private final XSSFCellStyle whole;
    private final XSSFCellStyle date;
    private final Map<Integer, XSSFCellStyle> figures = new HashMap<>();

    EvidenceStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        XSSFFont bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xD9, (byte) 0xE1, (byte) 0xF2}, null));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        text = plain();
        whole = plain();
        whole.setDataFormat(workbook.createDataFormat().getFormat("0"));
        date = plain();
        date.setDataFormat(workbook.createDataFormat().getFormat(DATE_FORMAT));
    }

    private XSSFCellStyle plain() {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    XSSFCellStyle header() {
        return header;
    }

    XSSFCellStyle text() {
        return text;
    }

    XSSFCellStyle whole() {
        return whole;
    }

    XSSFCellStyle date() {
        return date;
    }

    /** {@code #,##0.00} for two decimals, as the report prints the indicator. */
    XSSFCellStyle figure(int decimals) {
        return figures.computeIfAbsent(decimals, d -> {
            XSSFCellStyle style = plain();
            style.setDataFormat(workbook.createDataFormat().getFormat(NumberFormats.of(d)));
            return style;
        });
    }
}
