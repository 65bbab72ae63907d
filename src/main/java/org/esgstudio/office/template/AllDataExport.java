package org.esgstudio.office.template;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.esgstudio.data.DataColumn;
import org.esgstudio.data.DataCsv;
import org.esgstudio.data.DataSet;
import org.esgstudio.data.NumberText;
import org.esgstudio.data.Rule;
import org.esgstudio.office.DataWorkbook;

/**
 * Exports the whole data store as a KPI data workbook (DESIGN.md): the sheet 指标数据 with the columns of data.csv
 * (every indicator, every year's value, notes, source, department, definitions) and the sheet 校验规则. Values are
 * numbers shown with exactly their decimals, so that {@code import-data} reads back the same figures (a value of
 * more than 15 digits, beyond what a spreadsheet number holds, is written as text).
 */
public final class AllDataExport {
    private static final int MAX_WIDTH = 40;

    private AllDataExport() {
    }

    /** What was written. */
    public record Result(Path file, int indicators, int values, int rules) {
    }

    /** Writes every indicator, value and rule of {@code data} to {@code target}, atomically. */
    public static Result write(DataSet data, Path target) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Styles styles = new Styles(workbook);
        XSSFSheet sheet = workbook.createSheet(DataWorkbook.DATA_SHEET);
        List<List<String>> table = DataCsv.table(data);
        table(sheet, table, styles, yearColumns(table.get(0)));
        List<List<String>> rules = new ArrayList<>();
        rules.add(List.of("规则名称", "表达式"));
        for (Rule rule : data.rules()) {
            rules.add(List.of(rule.name(), rule.expression()));
        }
        table(workbook.createSheet(DataWorkbook.RULES_SHEET), rules, styles, List.of());
        WorkbookFile.write(workbook, target);
        return new Result(target, data.indicators().size(), data.values().size(), data.rules().size());
    }

    private static List<Integer> yearColumns(List<String> header) {
        List<Integer> columns = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            if (DataColumn.year(header.get(c)).isPresent() || DataColumn.DECIMALS.zh().equals(header.get(c))) {
                columns.add(c);
            }
        }
        return columns;
    }

    private static void table(XSSFSheet sheet, List<List<String>> rows, Styles styles, List<Integer> numberColumns) {
        int[] widths = new int[rows.get(0).size()];
        for (int r = 0; r < rows.size(); r++) {
            XSSFRow row = sheet.createRow(r);
            List<String> fields = rows.get(r);
            for (int c = 0; c < fields.size(); c++) {
                String text = fields.get(c);
                XSSFCell cell = row.createCell(c);
                Optional<BigDecimal> number = r > 0 && numberColumns.contains(c) ? NumberText.parse(text)
                        : Optional.empty();
                if (r == 0) {
                    cell.setCellValue(text);
                    cell.setCellStyle(styles.header);
                } else if (number.isPresent() && number.get().precision() <= 15) {
                    cell.setCellValue(number.get().doubleValue());
                    cell.setCellStyle(styles.number(Math.max(0, number.get().scale())));
                } else {
                    cell.setCellValue(text);
                    cell.setCellStyle(styles.text);
                }
                widths[c] = Math.max(widths[c], Math.min(MAX_WIDTH, TextWidth.of(text) + 2));
            }
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, Math.max(8, widths[c]) * 256);
        }
        sheet.createFreezePane(Math.min(2, widths.length), 1);
        if (rows.size() > 1) {
            sheet.setAutoFilter(new CellRangeAddress(0, rows.size() - 1, 0, widths.length - 1));
        }
    }

    /** A bold shaded header, plain text, and numbers with their decimals. */
    private static final class Styles {
        private final XSSFWorkbook workbook;
        private final XSSFCellStyle header;
        private final XSSFCellStyle text;
        private final java.util.Map<Integer, XSSFCellStyle> numbers = new java.util.HashMap<>();

        Styles(XSSFWorkbook workbook) {
            this.workbook = workbook;
            XSSFFont bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xD9, (byte) 0xE1, (byte) 0xF2}, null));
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            text = workbook.createCellStyle();
            text.setVerticalAlignment(VerticalAlignment.TOP);
        }

        XSSFCellStyle number(int decimals) {
            return numbers.computeIfAbsent(decimals, d -> {
                XSSFCellStyle style = workbook.createCellStyle();
                style.setVerticalAlignment(VerticalAlignment.TOP);
                style.setDataFormat(workbook.createDataFormat().getFormat(NumberFormats.of(d)));
                return style;
            });
        }
    }
}
