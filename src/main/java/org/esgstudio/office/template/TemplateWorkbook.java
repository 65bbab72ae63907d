package org.esgstudio.office.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.esgstudio.data.DataSet;
import org.esgstudio.data.Indicator;
import org.esgstudio.data.IndicatorValue;
import org.esgstudio.data.Project;
import org.esgstudio.i18n.Messages;
import org.esgstudio.office.DataWorkbook;

/**
 * Builds the workbook a department fills in: the instructions sheet, the protected data sheet (KPI workbook columns,
 * last year locked and grey, this year and the note unlocked and pale yellow with numeric validation) and the very
 * hidden sheet recording the template's layout ({@link TemplateMarker}).
 */
final class TemplateWorkbook {
    static final String INSTRUCTIONS_SHEET = "填报说明";
    private static final int HEADER_ROW = 1;
    /** Column widths in characters; definitions and notes wrap in theirs. */
    private static final int DEFINITION_WIDTH = 46;
    private static final int NOTE_WIDTH = 34;
    private static final int NAME_MAX_WIDTH = 30;
    /** The points a wrapped line takes at the default 11-point font. */
    private static final float LINE_POINTS = 15f;

    private final Project project;
    private final String department;
    private final int year;
    private final List<Indicator> indicators;
    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final TemplateStyles styles = new TemplateStyles(workbook);

    TemplateWorkbook(Project project, String department, int year) {
        this.project = project;
        this.department = department;
        this.year = year;
        this.indicators = Departments.indicatorsOf(project.data(), department);
        if (indicators.isEmpty()) {
            throw new IllegalArgumentException("department " + department + " owns no indicator");
        }
    }

    int indicatorCount() {
        return indicators.size();
    }

    /** The finished workbook (the caller writes and closes it). */
    XSSFWorkbook build() {
        InstructionsSheet.write(workbook.createSheet(INSTRUCTIONS_SHEET), styles, department, year, indicators.size());
        XSSFSheet data = workbook.createSheet(DataWorkbook.DATA_SHEET);
        Map<Integer, String> codeRows = writeData(data);
        TemplateMarker marker = new TemplateMarker(TemplateMarker.VERSION, TemplateMarker.company(project.report()),
                project.report().settings().year(), department, year, DataWorkbook.DATA_SHEET, HEADER_ROW,
                headers(), codeRows);
        writeMarker(marker);
        workbook.setActiveSheet(0);
        workbook.setFirstVisibleTab(0);
        return workbook;
    }

    private List<String> headers() {
        return TemplateColumn.headers(year);
    }

    private Map<Integer, String> writeData(XSSFSheet sheet) {
        XSSFRow header = sheet.createRow(HEADER_ROW - 1);
        header.setHeightInPoints(2 * LINE_POINTS);
        List<String> headers = headers();
        for (TemplateColumn column : TemplateColumn.values()) {
            XSSFCell cell = header.createCell(column.index());
            cell.setCellValue(headers.get(column.index()));
            cell.setCellStyle(styles.header());
        }
        int nameWidth = Math.min(NAME_MAX_WIDTH, 2 + indicators.stream().mapToInt(i -> TextWidth.of(i.name().zh()))
                .max().orElse(8));
        Map<Integer, String> codeRows = new LinkedHashMap<>();
        DataSet data = project.data();
        int r = HEADER_ROW;
        for (Indicator indicator : indicators) {
            XSSFRow row = sheet.createRow(r);
            text(row, TemplateColumn.CODE, indicator.code(), styles.text());
            text(row, TemplateColumn.NAME, indicator.name().zh(), styles.wrapped());
            text(row, TemplateColumn.UNIT, indicator.unit(), styles.text());
            text(row, TemplateColumn.DEFINITION, indicator.definition().zh(), styles.wrapped());
            lastYear(row, data.value(indicator.code(), year - 1).orElse(null), indicator);
            row.createCell(TemplateColumn.THIS_YEAR.index()).setCellStyle(styles.value());
            row.createCell(TemplateColumn.NOTE.index()).setCellStyle(styles.note());
            text(row, TemplateColumn.DEPARTMENT, indicator.department(), styles.text());
            int lines = Math.max(TextWidth.lines(indicator.definition().zh(), DEFINITION_WIDTH),
                    TextWidth.lines(indicator.name().zh(), nameWidth));
            row.setHeightInPoints(Math.max(1, lines) * LINE_POINTS + 3);
            validate(sheet, r, indicator);
            codeRows.put(r + 1, indicator.code());
            r++;
        }
        int codeWidth = 2 + indicators.stream().mapToInt(i -> i.code().length()).max().orElse(10);
        width(sheet, TemplateColumn.CODE, Math.max(codeWidth, 10));
        width(sheet, TemplateColumn.NAME, Math.max(nameWidth, 10));
        width(sheet, TemplateColumn.UNIT, Math.max(8, 2 + indicators.stream().mapToInt(i -> TextWidth.of(i.unit()))
                .max().orElse(4)));
        width(sheet, TemplateColumn.DEFINITION, DEFINITION_WIDTH);
        width(sheet, TemplateColumn.LAST_YEAR, 14);
        width(sheet, TemplateColumn.THIS_YEAR, 16);
        width(sheet, TemplateColumn.NOTE, NOTE_WIDTH);
        width(sheet, TemplateColumn.DEPARTMENT, Math.max(10, 2 + TextWidth.of(department)));
        sheet.createFreezePane(TemplateColumn.UNIT.index(), HEADER_ROW);
        printSetup(sheet);
        protect(sheet);
        return codeRows;
    }

    private void lastYear(XSSFRow row, IndicatorValue value, Indicator indicator) {
        XSSFCell cell = row.createCell(TemplateColumn.LAST_YEAR.index());
        if (value == null) {
            cell.setCellStyle(styles.lastYear(indicator.decimals()));
        } else if (!value.isReported()) {
            cell.setCellValue(Messages.get("template.notApplicable"));
            cell.setCellStyle(styles.lastYear(indicator.decimals()));
        } else if (value.amount().precision() > 15) {
            cell.setCellValue(value.amount().toPlainString()); // beyond a spreadsheet number's 15 digits: kept as text
            cell.setCellStyle(styles.lastYear(indicator.decimals()));
        } else {
            cell.setCellValue(value.amount().doubleValue());
            cell.setCellStyle(styles.lastYear(Math.max(0, value.amount().scale())));
        }
    }

    private static void text(XSSFRow row, TemplateColumn column, String text, org.apache.poi.ss.usermodel.CellStyle style) {
        XSSFCell cell = row.createCell(column.index());
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    private static void width(XSSFSheet sheet, TemplateColumn column, int characters) {
        sheet.setColumnWidth(column.index(), Math.min(255, characters + 1) * 256);
    }

    /**
     * Numeric validation with an input prompt naming the unit. The error style is WARNING, not STOP: a person may
     * keep 不适用, 1.2万 or 12,345吨 after the warning (the import reads them), whereas STOP would forbid the very
     * entries the instructions allow; whatever is kept is checked on import anyway.
     */
    private void validate(XSSFSheet sheet, int rowIndex, Indicator indicator) {
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        DataValidationConstraint constraint = helper.createDecimalConstraint(
                DataValidationConstraint.OperatorType.BETWEEN, "-1E+15", "1E+15");
        int column = TemplateColumn.THIS_YEAR.index();
        DataValidation validation = helper.createValidation(constraint,
                new CellRangeAddressList(rowIndex, rowIndex, column, column));
        validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        validation.setShowErrorBox(true);
        validation.createErrorBox(limit(Messages.get("template.validation.errorTitle"), 32),
                limit(Messages.get("template.validation.error", indicator.unit()), 255));
        validation.setShowPromptBox(true);
        validation.createPromptBox(limit(Messages.get("template.validation.promptTitle", year, indicator.unit()), 32),
                limit(Messages.get("template.validation.prompt", indicator.unit()), 255));
        validation.setEmptyCellAllowed(true);
        sheet.addValidationData(validation);
    }

    /** Excel refuses prompt titles over 32 and texts over 255 characters. */
    private static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private void printSetup(XSSFSheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW - 1, HEADER_ROW - 1, -1, -1));
        sheet.getHeader().setCenter(Messages.get("template.printHeader", department, year));
        sheet.getFooter().setCenter(Messages.get("template.printFooter", "&P", "&N"));
    }

    /**
     * Protected without a password: it keeps a person from overwriting a locked cell by accident, while the import's
     * structure check is the real guard (a password would only be one more thing to lose). Formatting and resizing
     * stay allowed, as does selecting any cell (to copy a definition); inserting or deleting rows and columns does not.
     */
    private static void protect(XSSFSheet sheet) {
        sheet.enableLocking();
        sheet.lockFormatCells(false);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
        sheet.lockInsertColumns(true);
        sheet.lockInsertRows(true);
        sheet.lockDeleteColumns(true);
        sheet.lockDeleteRows(true);
        sheet.lockSort(true);
        sheet.lockAutoFilter(true);
        sheet.lockInsertHyperlinks(true);
        sheet.lockObjects(true);
        sheet.lockScenarios(true);
        sheet.lockPivotTables(true);
    }

    private void writeMarker(TemplateMarker marker) {
        XSSFSheet sheet = workbook.createSheet(DataWorkbook.TEMPLATE_SHEET);
        int r = 0;
        for (List<String> fields : marker.rows()) {
            XSSFRow row = sheet.createRow(r++);
            for (int c = 0; c < fields.size(); c++) {
                row.createCell(c).setCellValue(fields.get(c));
            }
        }
        sheet.enableLocking();
        workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }
}
