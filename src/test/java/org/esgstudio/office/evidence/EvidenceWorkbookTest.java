package org.esgstudio.office.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.esgstudio.data.IndicatorValue;
import org.esgstudio.data.Project;
import org.esgstudio.i18n.Messages;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.review.LineageFixture;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evidence list read back with POI: one row per value of 2024 and 2023 with its source, author, time, note,
 * earlier values, approval and citations; every recorded change on 变更记录; numbers as numbers with the indicator's
 * decimals, times as dates; header frozen and filtered.
 */
class EvidenceWorkbookTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final List<String> VALUE_HEADERS = List.of("指标编码", "指标名称", "年度", "数值", "单位", "状态",
            "来源文件", "单元格", "录入人", "录入时间", "备注", "此前取值数", "上一取值", "批准状态", "批准人", "批准时间",
            "报告中引用位置");
    private static final List<String> CHANGE_HEADERS = List.of("指标编码", "指标名称", "年度", "修订号", "保存时间",
            "保存人", "修订说明", "变更", "原值", "新值", "单位", "来源文件", "单元格", "录入人", "录入时间", "备注");

    @TempDir
    static Path shared;
    @TempDir
    Path dir;
    /** The water value's four hands (read only by every test) and its evidence list for 2024. */
    private static Path esg;
    private static Path xlsx;
    private static EvidenceExport.Result result;

    @BeforeAll
    static void exportTheEvidenceListOnce() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        esg = LineageFixture.waterThroughFourHands(shared);
        xlsx = shared.resolve("证据清单.xlsx");
        result = export(esg, xlsx);
    }

    @BeforeEach
    void chinese() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    private static EvidenceExport.Result export(Path esg, Path target) {
        try (ProjectFile file = ProjectFile.open(esg, OpenMode.READ_ONLY)) {
            return EvidenceExport.write(file.load(), file, 2024, target, BEIJING);
        }
    }

    private static XSSFWorkbook read(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> texts(XSSFRow row) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            texts.add(new DataFormatter().formatCellValue(row.getCell(c)));
        }
        return texts;
    }

    private static XSSFRow row(XSSFSheet sheet, String code, int year) {
        return rows(sheet, code, year).get(0);
    }

    private static List<XSSFRow> rows(XSSFSheet sheet, String code, int year) {
        List<XSSFRow> found = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            if (row.getCell(0).getStringCellValue().equals(code) && (int) row.getCell(2).getNumericCellValue() == year) {
                found.add(row);
            }
        }
        assertThat(found).as(code + "@" + year).isNotEmpty();
        return found;
    }

    private static LocalDateTime date(XSSFCell cell) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
        return cell.getLocalDateTimeCellValue();
    }

    @Test
    void eachValueOfTheReportYearAndTheYearBeforeHasOneRowWithItsWholeLineage() throws IOException {
        long values;
        try (ProjectFile file = ProjectFile.open(esg, OpenMode.READ_ONLY)) {
            values = file.load().data().values().stream().filter(v -> v.year() == 2024 || v.year() == 2023).count();
        }
        assertThat(result.values()).isEqualTo((int) values);
        try (XSSFWorkbook book = read(xlsx)) {
            assertThat(book.getSheetName(0)).isEqualTo("证据清单");
            assertThat(book.getSheetName(1)).isEqualTo("变更记录");
            XSSFSheet sheet = book.getSheet("证据清单");
            assertThat(texts(sheet.getRow(0))).isEqualTo(VALUE_HEADERS);
            assertThat(sheet.getLastRowNum()).isEqualTo((int) values);

            XSSFRow water = row(sheet, LineageFixture.WATER, 2024);
            assertThat(water.getCell(1).getStringCellValue()).isEqualTo("用水量");
            assertThat(water.getCell(3).getNumericCellValue()).isEqualTo(98652.0);
            assertThat(water.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(texts(water).subList(4, 9)).containsExactly("立方米", "已填报", "用水更正.csv", "D2", "赵统计");
            assertThat(date(water.getCell(9))).isEqualTo(LocalDateTime.of(2025, 3, 5, 14, 45));
            assertThat(water.getCell(10)).satisfiesAnyOf(cell -> assertThat(cell).isNull(),
                    cell -> assertThat(cell.getStringCellValue()).isEmpty());
            assertThat(water.getCell(11).getNumericCellValue()).isEqualTo(3.0);
            assertThat(water.getCell(12).getNumericCellValue()).isEqualTo(98690.0);
            assertThat(water.getCell(13).getStringCellValue()).isEqualTo("已撤销（批准后已改动）");
            assertThat(water.getCell(14).getStringCellValue()).isEqualTo("李审核");
            assertThat(date(water.getCell(15))).isEqualTo(LocalDateTime.of(2025, 3, 3, 17, 0));
            assertThat(water.getCell(16).getStringCellValue()).contains("（" + LineageFixture.WATER_PARAGRAPH
                    + "）：98,652立方米，已核实，待批准").contains("（kpi）：数据引用");

            XSSFRow water2023 = row(sheet, LineageFixture.WATER, 2023);
            assertThat(water2023.getCell(7).getStringCellValue()).isEqualTo("K32");
            assertThat(water2023.getCell(11).getNumericCellValue()).isZero();
            assertThat(water2023.getCell(12)).isNull();
            assertThat(water2023.getCell(13).getStringCellValue()).isEqualTo("未批准");
            assertThat(water2023.getCell(14)).isNull();
        }
    }

    @Test
    void figuresKeepTheIndicatorsDecimalsAndAValueNotApplicableIsSaidSo() throws IOException {
        try (XSSFWorkbook book = read(xlsx)) {
            XSSFSheet sheet = book.getSheet("证据清单");
            XSSFRow intensity = row(sheet, "E.WATER.INTENSITY", 2024);
            assertThat(intensity.getCell(3).getNumericCellValue()).isEqualTo(15.76);
            assertThat(new DataFormatter().formatCellValue(intensity.getCell(3))).isEqualTo("15.76");
            XSSFRow premium = row(sheet, "EC.PREMIUM.TOTAL", 2024);
            assertThat(premium.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            XSSFRow solar2023 = row(sheet, "E.ENERGY.SOLAR", 2023);
            assertThat(solar2023.getCell(3).getStringCellValue()).isEqualTo("不适用");
            assertThat(solar2023.getCell(5).getStringCellValue()).isEqualTo("不适用");
            assertThat(row(sheet, "E.ENERGY.SOLAR", 2024).getCell(10).getStringCellValue()).contains("2023年无此项");
        }
    }

    @Test
    void theChangeSheetListsEveryRecordedChangeFromAndToWithWhoWhenAndRevision() throws IOException {
        try (XSSFWorkbook book = read(xlsx)) {
            XSSFSheet sheet = book.getSheet("变更记录");
            assertThat(texts(sheet.getRow(0))).isEqualTo(CHANGE_HEADERS);
            assertThat(sheet.getLastRowNum()).isEqualTo(result.changes()).isEqualTo(result.values() + 3);
            List<XSSFRow> water = rows(sheet, LineageFixture.WATER, 2024);
            assertThat(water).hasSize(4);
            assertThat(water).extracting(row -> texts(row).subList(5, 10)).containsExactly(
                    List.of("测试员", "从示例 qinghe-2024 创建", "新增", "", "98,652"),
                    List.of("王数据", "导入 行政部.xlsx", "修改", "98,652", "98,700"),
                    List.of("李编辑", "修改 用水量（2024年）", "修改", "98,700", "98,690"),
                    List.of("赵统计", "导入 用水更正.csv", "修改", "98,690", "98,652"));
            assertThat(water).extracting(row -> row.getCell(8) == null ? null : row.getCell(8).getCellType())
                    .containsExactly(null, CellType.NUMERIC, CellType.NUMERIC, CellType.NUMERIC);
            assertThat(water).extracting(row -> row.getCell(3).getNumericCellValue()).isSorted();
            assertThat(texts(water.get(1)).subList(11, 14)).containsExactly("行政部.xlsx", "指标数据!D2", "王数据");
            assertThat(water.get(1).getCell(15).getStringCellValue()).isEqualTo(LineageFixture.WORKBOOK_NOTE);
            assertThat(water.get(2).getCell(11).getStringCellValue()).isEqualTo("在应用中录入");
            assertThat(date(water.get(2).getCell(14))).isEqualTo(LocalDateTime.of(2025, 3, 4, 11, 30));
            assertThat(date(water.get(3).getCell(4))).isNotNull();
        }
    }

    @Test
    void theHeaderStaysInViewEveryColumnHasAFilterAndColumnsFitTheirContent() throws IOException {
        try (XSSFWorkbook book = read(xlsx)) {
            for (XSSFSheet sheet : List.of(book.getSheetAt(0), book.getSheetAt(1))) {
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
                String lastColumn = org.apache.poi.ss.util.CellReference.convertNumToColString(
                        sheet.getRow(0).getLastCellNum() - 1);
                assertThat(sheet.getCTWorksheet().getAutoFilter().getRef())
                        .isEqualTo("A1:" + lastColumn + (sheet.getLastRowNum() + 1));
                assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            }
            XSSFSheet values = book.getSheetAt(0);
            // The code column fits the longest code; the citations column is wide but bounded.
            assertThat(values.getColumnWidth(0)).isGreaterThanOrEqualTo("E.DIGITAL.EPOLICY_RATE".length() * 256);
            assertThat(values.getColumnWidth(16)).isBetween(30 * 256, 48 * 256);
            assertThat(values.getColumnWidth(2)).isLessThan(12 * 256);
        }
    }

    @Test
    void aStateNotSavedYetIsWhatTheListReports() throws IOException {
        Path edits = dir.resolve("e.xlsx");
        try (ProjectFile file = ProjectFile.open(esg, OpenMode.READ_ONLY)) {
            Project saved = file.load();
            Project edited = saved.withData(saved.data().withValue(IndicatorValue.reported(LineageFixture.WATER, 2024,
                    new BigDecimal("98660"), "", org.esgstudio.data.Provenance.typed("李编辑",
                            LineageFixture.CSV_AT.plusSeconds(60)))));
            EvidenceExport.write(edited, file, 2024, edits, BEIJING);
        }
        try (XSSFWorkbook book = read(edits)) {
            XSSFRow water = row(book.getSheet("证据清单"), LineageFixture.WATER, 2024);
            assertThat(water.getCell(3).getNumericCellValue()).isEqualTo(98660.0);
            assertThat(water.getCell(11).getNumericCellValue()).isEqualTo(4.0);
            assertThat(water.getCell(12).getNumericCellValue()).isEqualTo(98652.0);
        }
    }

    @Test
    void aYearWithoutValuesIsRefusedAndNothingIsWritten() {
        Path none = dir.resolve("none.xlsx");
        try (ProjectFile file = ProjectFile.open(esg, OpenMode.READ_ONLY)) {
            assertThatThrownBy(() -> EvidenceExport.write(file.load(), file, 1990, none, BEIJING))
                    .isInstanceOf(UserFacingException.class).hasMessageContaining("1990").hasMessageContaining("1989")
                    .hasMessageContaining(esg.getFileName().toString());
        }
        assertThat(none).doesNotExist();
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void aFolderAsTargetIsRefused() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("out.xlsx"));
        assertThatThrownBy(() -> export(esg, folder)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining(folder.toString());
    }
}
