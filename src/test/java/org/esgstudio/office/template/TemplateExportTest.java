package org.esgstudio.office.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.esgstudio.data.Indicator;
import org.esgstudio.data.Project;
import org.esgstudio.i18n.Messages;
import org.esgstudio.store.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook export-template writes for a department of the main sample, read back with POI. */
class TemplateExportTest {
    @TempDir
    static Path dir;

    private static Project project;
    private static TemplateExport.Result result;
    private static XSSFWorkbook workbook;
    private static XSSFSheet data;

    @BeforeAll
    static void exportTheHumanResourcesTemplate() throws IOException {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        project = Samples.read(Samples.QINGHE);
        result = TemplateExport.write(project, "人力资源部", 2024, dir.resolve("hr.xlsx"));
        try (InputStream in = Files.newInputStream(result.file())) {
            workbook = new XSSFWorkbook(in);
        }
        data = workbook.getSheet("指标数据");
    }

    private static List<Indicator> owned() {
        return Departments.indicatorsOf(project.data(), "人力资源部");
    }

    private static String text(int row, int column) {
        XSSFCell cell = data.getRow(row).getCell(column);
        return cell == null ? "" : cell.toString();
    }

    @Test
    void theInstructionsComeFirstThenTheDataSheetAndAVeryHiddenMarker() {
        assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
        assertThat(workbook.getSheetName(0)).isEqualTo("填报说明");
        assertThat(workbook.getSheetName(1)).isEqualTo("指标数据");
        assertThat(workbook.getSheetName(2)).isEqualTo("ESG模板信息");
        assertThat(workbook.getSheetVisibility(2)).isEqualTo(SheetVisibility.VERY_HIDDEN);
        assertThat(workbook.getActiveSheetIndex()).isZero();
        assertThat(result.indicators()).isEqualTo(owned().size()).isEqualTo(32);
    }

    @Test
    void theDataSheetHasTheWorkbookColumnsAndOneRowPerIndicatorOfTheDepartment() {
        List<String> header = new ArrayList<>();
        data.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
        assertThat(header).containsExactly("指标编码", "指标名称", "单位", "定义", "2023年", "2024年", "备注", "负责部门");
        assertThat(data.getLastRowNum()).isEqualTo(owned().size());
        for (int i = 0; i < owned().size(); i++) {
            Indicator indicator = owned().get(i);
            assertThat(text(i + 1, 0)).isEqualTo(indicator.code());
            assertThat(text(i + 1, 1)).isEqualTo(indicator.name().zh());
            assertThat(text(i + 1, 2)).isEqualTo(indicator.unit());
            assertThat(text(i + 1, 3)).isEqualTo(indicator.definition().zh()).isNotEmpty();
            assertThat(text(i + 1, 5)).as("this year is left to fill").isEmpty();
            assertThat(text(i + 1, 7)).isEqualTo("人力资源部");
        }
    }

    @Test
    void lastYearIsFilledFromTheStoreLockedAndGreyWithItsDecimals() {
        XSSFRow hours = data.getRow(rowOf("S.TRAIN.HOURS_PER_CAPITA") - 1);
        XSSFCell cell = hours.getCell(4);
        assertThat(cell.getNumericCellValue()).isEqualTo(52.93);
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
        assertThat(cell.getCellStyle().getLocked()).isTrue();
        assertThat(cell.getCellStyle().getFillForegroundColorColor().getARGBHex()).endsWith("E7E6E6");
        assertThat(data.getRow(rowOf("S.EMP.TOTAL") - 1).getCell(4).getNumericCellValue()).isEqualTo(6012);
    }

    @Test
    void thisYearAndTheNoteAreUnlockedPaleYellowAndEverythingElseIsLocked() {
        XSSFRow row = data.getRow(1);
        for (int c = 0; c < 8; c++) {
            boolean fillable = c == 5 || c == 6;
            assertThat(row.getCell(c).getCellStyle().getLocked()).as("column %d locked", c).isEqualTo(!fillable);
        }
        assertThat(row.getCell(5).getCellStyle().getFillForegroundColorColor().getARGBHex()).endsWith("FFF2CC");
        assertThat(row.getCell(6).getCellStyle().getFillForegroundColorColor().getARGBHex()).endsWith("FFF2CC");
        assertThat(data.getRow(0).getCell(0).getCellStyle().getLocked()).isTrue();
    }

    @Test
    void everyValueCellHasANumericWarningValidationWhosePromptStatesTheUnit() {
        List<XSSFDataValidation> validations = data.getDataValidations();
        assertThat(validations).hasSize(owned().size());
        XSSFDataValidation staff = validations.stream()
                .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstRow() == rowOf("S.TRAIN.INVESTMENT") - 1)
                .findFirst().orElseThrow();
        assertThat(staff.getRegions().getCellRangeAddress(0).formatAsString()).isEqualTo("F" + rowOf("S.TRAIN.INVESTMENT"));
        assertThat(staff.getValidationConstraint().getValidationType())
                .isEqualTo(org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType.DECIMAL);
        assertThat(staff.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);
        assertThat(staff.getShowPromptBox()).isTrue();
        assertThat(staff.getPromptBoxTitle()).isEqualTo("2024年数值（万元）");
        assertThat(staff.getPromptBoxText()).startsWith("单位：万元。").contains("不适用");
        assertThat(staff.getEmptyCellAllowed()).isTrue();
    }

    @Test
    void theDataSheetIsProtectedButAllowsFormattingResizingAndSelecting() {
        assertThat(data.getProtect()).isTrue();
        assertThat(data.isFormatColumnsLocked()).isFalse();
        assertThat(data.isFormatCellsLocked()).isFalse();
        assertThat(data.isFormatRowsLocked()).isFalse();
        assertThat(data.isSelectUnlockedCellsLocked()).isFalse();
        assertThat(data.isSelectLockedCellsLocked()).isFalse();
        assertThat(data.isInsertRowsLocked()).isTrue();
        assertThat(data.isDeleteRowsLocked()).isTrue();
        assertThat(data.isInsertColumnsLocked()).isTrue();
        assertThat(data.isDeleteColumnsLocked()).isTrue();
        assertThat(data.getCTWorksheet().getSheetProtection().isSetPassword()).as("no password to lose").isFalse();
    }

    @Test
    void theHeaderIsFrozenAndRepeatedOnEveryPrintedLandscapePageFittedToTheWidth() {
        PaneInformation pane = data.getPaneInformation();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 2);
        assertThat(data.getRepeatingRows().formatAsString()).isEqualTo("1:1");
        assertThat(data.getPrintSetup().getLandscape()).isTrue();
        assertThat(data.getFitToPage()).isTrue();
        assertThat(data.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        assertThat(data.getPrintSetup().getFitHeight()).isZero();
    }

    @Test
    void columnsAreWideEnoughForTheChineseTextTheyHold() {
        int longestName = owned().stream().mapToInt(i -> i.name().zh().length()).max().orElseThrow();
        assertThat(data.getColumnWidth(1) / 256).as("指标名称: two widths per Chinese character")
                .isGreaterThanOrEqualTo(Math.min(30, 2 * longestName));
        assertThat(data.getColumnWidth(0) / 256).isGreaterThan("S.EMP.NEW_HIRES.CAMPUS".length());
        assertThat(data.getColumnWidth(3) / 256).isGreaterThanOrEqualTo(40);
        assertThat(data.getRow(rowOf("S.EMP.TURNOVER_RATE") - 1).getHeightInPoints())
                .as("a definition wrapping to two lines gets a taller row").isGreaterThan(30f);
    }

    @Test
    void theInstructionsSayWhatToFillUnitsNotApplicableChangesWhereToAndByWhen() {
        XSSFSheet instructions = workbook.getSheet("填报说明");
        StringBuilder all = new StringBuilder();
        for (Row row : instructions) {
            all.append(row.getCell(0).getStringCellValue()).append('\n');
        }
        assertThat(all.toString())
                .startsWith("人力资源部 2024年度 ESG 指标数据填报说明")
                .contains("“2024年”列填写本年数值", "单位", "不适用", "变化较大", "备注", "发送给", "报送截止日期",
                        "“2023年”列是已披露的上年数据", "共 32 项指标");
        assertThat(instructions.getProtect()).as("the ESG team writes the deadline in").isFalse();
    }

    @Test
    void theMarkerRecordsVersionProjectDepartmentYearLayoutAndTheRowOfEveryCode() {
        XSSFSheet marker = workbook.getSheet("ESG模板信息");
        List<String> lines = new ArrayList<>();
        for (Row row : marker) {
            List<String> cells = new ArrayList<>();
            row.forEach(cell -> cells.add(cell.getStringCellValue()));
            lines.add(String.join("|", cells));
        }
        assertThat(lines.subList(0, 6)).containsExactly("ESG Report Studio template|1",
                "project|" + project.report().settings().company().zh() + "|2024", "department|人力资源部", "year|2024",
                "sheet|指标数据|1", "columns|指标编码|指标名称|单位|定义|2023年|2024年|备注|负责部门");
        assertThat(lines.subList(6, lines.size())).hasSize(32).first().isEqualTo("row|2|S.EMP.TOTAL");
        assertThat(lines).contains("row|" + rowOf("S.SAFETY.LOST_DAYS") + "|S.SAFETY.LOST_DAYS");
    }

    @Test
    void anotherYearShiftsBothYearColumns() throws IOException {
        Path file = TemplateExport.write(project, "行政部", 2025, dir.resolve("admin-2025.xlsx")).file();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFRow header = book.getSheet("指标数据").getRow(0);
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("2024年");
            assertThat(header.getCell(5).getStringCellValue()).isEqualTo("2025年");
            assertThat(book.getSheet("指标数据").getRow(1).getCell(4).getNumericCellValue())
                    .as("2024 is now last year").isEqualTo(1358.64);
        }
    }

    @Test
    void aDepartmentWithoutIndicatorsIsAProgrammingError() {
        assertThatThrownBy(() -> TemplateExport.write(project, "后勤部", 2024, dir.resolve("none.xlsx")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(dir.resolve("none.xlsx")).doesNotExist();
    }

    private static int rowOf(String code) {
        for (Row row : data) {
            if (code.equals(row.getCell(0).getStringCellValue())) {
                return row.getRowNum() + 1;
            }
        }
        throw new IllegalArgumentException(code);
    }
}
