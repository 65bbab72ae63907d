package org.esgstudio.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.esgstudio.data.CsvText;
import org.esgstudio.i18n.InputRejectedException;
import org.esgstudio.i18n.Messages;
import org.esgstudio.i18n.UserFacingException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading KPI workbooks into cell text: what each kind of cell reads as, and every file that is refused. */
class DataWorkbookTest {
    @TempDir
    Path dir;

    @BeforeEach
    void chinese() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    private static List<String> row(DataWorkbook.Sheet sheet, int line) {
        return sheet.rows().stream().filter(r -> r.line() == line).findFirst().map(CsvText.Record::fields)
                .orElseThrow(() -> new AssertionError("no row " + line + " in " + sheet.rows()));
    }

    // ---- the LibreOffice fixture ----

    @Test
    void theLibreOfficeWorkbookReadsAsItsReaderSeesIt() {
        DataWorkbook.Contents book = DataWorkbook.read(TestWorkbooks.fixture("kpi-zh.xlsx"));

        assertThat(book.fileName()).isEqualTo("kpi-zh.xlsx");
        assertThat(book.data().name()).isEqualTo("指标数据");
        assertThat(row(book.data(), 1)).containsExactly("指标编码", "指标名称", "别名", "单位", "类别", "负责部门", "来源",
                "2024年", "2023年", "备注");
        assertThat(row(book.data(), 2).subList(7, 9)).as("a formula, evaluated").containsExactly("6258", "6012");
        assertThat(row(book.data(), 4).get(4)).as("a category merged over rows 3–4").isEqualTo("社会");
        assertThat(row(book.data(), 6).subList(7, 9)).as("format 0.00 keeps decimals").containsExactly("55.80", "52.93");
        assertThat(row(book.data(), 7).get(7)).isEqualTo("1486.30");
        assertThat(row(book.data(), 8).get(7)).as("text as typed").isEqualTo("10,745");
        assertThat(row(book.data(), 9).get(7)).isEqualTo("１２８６");
        assertThat(book.data().rows()).extracting(CsvText.Record::line).as("the empty row 10 is left out, rows keep their numbers")
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14);
        assertThat(row(book.data(), 12).subList(7, 9)).as("format 0.00%").containsExactly("99.86%", "99.52%");
        assertThat(row(book.data(), 13).get(8)).isEqualTo("—");
        assertThat(book.rules()).isPresent();
        assertThat(book.rules().orElseThrow().name()).isEqualTo("校验规则");
        assertThat(book.rules().orElseThrow().rows()).extracting(CsvText.Record::fields).containsExactly(
                List.of("规则名称", "表达式"), List.of("员工按性别合计", "S.EMP.TOTAL = S.EMP.MALE + S.EMP.FEMALE"),
                List.of("女性员工占比", "S.EMP.FEMALE_RATIO = S.EMP.FEMALE / S.EMP.TOTAL * 100"));
    }

    @Test
    void theEnglishWorkbookUsesItsFirstSheetAndARulesSheet() {
        DataWorkbook.Contents book = DataWorkbook.read(TestWorkbooks.fixture("kpi-en.xlsx"));

        assertThat(book.data().name()).isEqualTo("Data");
        assertThat(row(book.data(), 1).get(0)).isEqualTo("code");
        assertThat(book.rules().orElseThrow().name()).isEqualTo("Rules");
    }

    @Test
    void aFormulaErrorReadsAsItsErrorText() {
        DataWorkbook.Contents book = DataWorkbook.read(TestWorkbooks.fixture("bad-div0.xlsx"));

        assertThat(row(book.data(), 4).get(7)).isEqualTo("#DIV/0!");
        assertThat(book.rules()).isEmpty();
    }

    // ---- a workbook written by POI ----

    @Test
    void aPoiWrittenWorkbookReadsNumbersExactlyAndFormulasEvaluated() throws IOException {
        Path file = dir.resolve("poi.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("说明").createRow(0).createCell(0).setCellValue("填报说明：请勿修改表头");
            Sheet sheet = workbook.createSheet("指标数据");
            CellStyle twoDecimals = workbook.createCellStyle();
            twoDecimals.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            CellStyle yuan = workbook.createCellStyle();
            yuan.setDataFormat(workbook.createDataFormat().getFormat("\"¥\"#,##0.00"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = sheet.createRow(1);
            String[] titles = {"指标名称", "单位", "2024", "2023", "备注"};
            for (int k = 0; k < titles.length; k++) {
                header.createCell(k).setCellValue(titles[k]);
            }
            header.createCell(20).setCellStyle(twoDecimals);
            Row a = sheet.createRow(2);
            a.createCell(0).setCellValue("一");
            a.createCell(2).setCellFormula("0.1+0.2");
            a.createCell(3).setCellValue(55.8);
            a.getCell(3).setCellStyle(twoDecimals);
            a.createCell(4).setCellValue(true);
            Row b = sheet.createRow(3);
            b.createCell(2).setCellFormula("C3*3");
            b.getCell(2).setCellStyle(twoDecimals);
            b.createCell(3).setCellValue(10745);
            b.getCell(3).setCellStyle(yuan);
            b.createCell(4).setCellValue(LocalDate.of(2024, 12, 31));
            b.getCell(4).setCellStyle(date);
            Row c = sheet.createRow(4);
            c.createCell(2).setCellFormula("1/0");
            c.createCell(3).setCellFormula("\"约\"&\"三千\"");
            sheet.addMergedRegion(CellRangeAddress.valueOf("A3:B4"));
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }

        DataWorkbook.Contents book = DataWorkbook.read(file);

        assertThat(book.data().name()).as("指标数据 is chosen over the first sheet").isEqualTo("指标数据");
        assertThat(book.data().rows().get(0).line()).as("the blank first row is left out").isEqualTo(2);
        assertThat(row(book.data(), 3)).containsExactly("一", "", "0.3", "55.80", "TRUE");
        assertThat(row(book.data(), 4)).as("merged A3:B4 fills A4 only").containsExactly("一", "", "0.90", "10745.00",
                "2024-12-31");
        assertThat(row(book.data(), 5)).containsExactly("", "", "#DIV/0!", "约三千");
        assertThat(row(book.data(), 2)).as("trailing blank cells are left out").containsExactly("指标名称", "单位", "2024", "2023",
                "备注");
    }

    @Test
    void withoutADataSheetTheFirstSheetIsRead() throws IOException {
        Path file = dir.resolve("first.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("人力资源").createRow(0).createCell(0).setCellValue("指标名称");
            workbook.createSheet("其他").createRow(0).createCell(0).setCellValue("别的");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }

        DataWorkbook.Contents book = DataWorkbook.read(file);

        assertThat(book.data().name()).isEqualTo("人力资源");
        assertThat(book.data().rows()).extracting(CsvText.Record::fields).containsExactly(List.of("指标名称"));
    }

    @ParameterizedTest(name = "{0} as \"{1}\" reads {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "55.8               | 0.00                                  | 55.80",
        "0.30000000000000004| General                               | 0.3",
        "0.7999999999999999 | General                               | 0.8",
        "39624.8            | General                               | 39624.8",
        "150000000000       | General                               | 150000000000",
        "10745              | #,##0                                 | 10745",
        "10745.4            | #,##0                                 | 10745",
        "2.675              | 0.00                                  | 2.68",
        "0.9986             | 0.00%                                 | 99.86%",
        "0.125              | 0%                                    | 13%",
        "1486.3             | '\"¥\"#,##0.00'                       | 1486.30",
        "826                | '0\"人\"'                             | 826",
        "-3.5               | 0.00;[Red]-0.00                       | -3.50",
        "0                  | '_-* #,##0.00_-;-* #,##0.00_-;_-* \"-\"??_-;_-@_-' | 0.00",
        "12345678.9         | '#,##0.0,'                            | 12345.7",
        "1234.5             | 0.0#                                  | 1234.5",
        "1234.567           | 0.0#                                  | 1234.57",
        "42                 | @                                     | 42",
        "0.000123           | 0.00E+00                              | 0.000123"})
    void aNumberReadsWithTheDecimalsItsFormatShows(double value, String format, String text) {
        assertThat(SheetNumbers.text(value, format)).isEqualTo(text);
    }

    // ---- refused files ----

    private static String refusal(Path file) {
        try {
            DataWorkbook.read(file);
        } catch (UserFacingException e) {
            return e.getMessage();
        }
        throw new AssertionError(file + " was read");
    }

    @Test
    void anOldXlsWorkbookIsRefusedWithSaveAsXlsx() {
        Path xls = TestWorkbooks.fixture("kpi-zh.xls");

        assertThat(refusal(xls)).isEqualTo(xls + ": 是旧版 Excel 97-2003 工作簿（.xls），无法导入："
                + "请在 Excel 或 WPS 中“另存为” Excel 工作簿（.xlsx）后再导入");
    }

    @Test
    void anXlsRenamedToXlsxIsStillRecognised() throws IOException {
        Path renamed = Files.copy(TestWorkbooks.fixture("kpi-zh.xls"), dir.resolve("renamed.xlsx"));

        assertThat(refusal(renamed)).startsWith(renamed + ": 是旧版 Excel 97-2003 工作簿（.xls）");
    }

    @Test
    void anOpenDocumentSpreadsheetIsRefusedWithSaveAsXlsx() {
        Path ods = TestWorkbooks.fixture("kpi-zh.ods");

        assertThat(refusal(ods)).isEqualTo(ods + ": 是 OpenDocument 表格（.ods），不能直接导入："
                + "请在 WPS、LibreOffice 或 Excel 中另存为 Excel 工作簿（.xlsx）后再导入");
    }

    @Test
    void aWordDocumentIsNotAWorkbook() throws IOException {
        Path docx = dir.resolve("draft.xlsx");
        try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument();
             OutputStream out = Files.newOutputStream(docx)) {
            document.createParagraph().createRun().setText("不是工作簿");
            document.write(out);
        }

        assertThat(refusal(docx)).isEqualTo(docx + ": 不是 Excel 工作簿（.xlsx）：只能导入 .xlsx 工作簿或 UTF-8 编码的 .csv 文件");
    }

    @Test
    void anEncryptedWorkbookIsRefused() {
        Path locked = TestWorkbooks.encrypted(TestWorkbooks.fixture("kpi-zh.xlsx"), dir.resolve("locked.xlsx"), "密码123");

        assertThat(refusal(locked)).isEqualTo(locked + ": 工作簿设有打开密码（已加密），无法读取：请在 Excel 中删除密码"
                + "（文件 › 信息 › 保护工作簿 › 用密码进行加密）并保存后再导入");
    }

    @Test
    void aTruncatedWorkbookIsRefusedAsDamaged() throws IOException {
        byte[] bytes = Files.readAllBytes(TestWorkbooks.fixture("kpi-zh.xlsx"));
        Path cut = Files.write(dir.resolve("cut.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThat(refusal(cut)).startsWith(cut + ": 工作簿已损坏或不完整，可能在复制或下载时被截断（")
                .endsWith("）：请重新获取文件").doesNotContain("Exception");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws IOException {
        Path huge = dir.resolve("huge.xlsx");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.write(Files.readAllBytes(TestWorkbooks.fixture("kpi-zh.xlsx")));
            file.setLength(DataWorkbook.MAX_BYTES + 1);
        }

        assertThat(refusal(huge)).isEqualTo(huge + ": 文件过大（上限 20 MB）");
    }

    @Test
    void anEmptyFileAndAFileOfAnotherKindAreRefused() throws IOException {
        Path empty = Files.write(dir.resolve("empty.xlsx"), new byte[0]);
        Path text = Files.writeString(dir.resolve("notes.xlsx"), "这不是工作簿\n");

        assertThat(refusal(empty)).isEqualTo(empty + ": 文件是空的（0 字节），不是工作簿");
        assertThat(refusal(text)).isEqualTo(text + ": 不是 Excel 工作簿（.xlsx）：只能导入 .xlsx 工作簿或 UTF-8 编码的 .csv 文件");
        assertThat(refusal(dir.resolve("missing.xlsx"))).isEqualTo(dir.resolve("missing.xlsx") + ": 文件不存在");
    }

    @Test
    void aFormulaLinkedToAnotherFileIsRefusedNamingTheCell() {
        Path linked = TestWorkbooks.fixture("external-link.xlsx");

        assertThatThrownBy(() -> DataWorkbook.read(linked)).isInstanceOf(InputRejectedException.class)
                .hasMessage("external-link.xlsx › 指标数据!H4: 公式 =[1]Sheet1!B2 引用了另一个文件（hr-ledger.ods）："
                        + "导入时无法核实外部链接的数值，请在 Excel 中把该单元格改为数值（复制后“选择性粘贴 › 数值”）或断开链接后再导入");
    }

    @Test
    void aFormulaThatCannotBeCalculatedIsRefusedNamingTheCellAndTheFunction() throws IOException {
        Path file = dir.resolve("web.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("指标数据");
            sheet.createRow(0).createCell(0).setCellValue("2024");
            sheet.createRow(1).createCell(0).setCellFormula("WEBSERVICE(\"http://example.com/kpi\")");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }

        assertThatThrownBy(() -> DataWorkbook.read(file)).isInstanceOf(InputRejectedException.class)
                .hasMessage("web.xlsx › 指标数据!A2: 公式 =WEBSERVICE(\"http://example.com/kpi\") 用到了无法计算的函数 WEBSERVICE："
                        + "请把该单元格改为数值后再导入");
    }

    @Test
    void aZipBombIsRefusedByPoisDefaultProtection() {
        String padding = " ".repeat(4 * 1024 * 1024);
        Path bomb = TestWorkbooks.withEntries(TestWorkbooks.fixture("kpi-zh.xlsx"), dir.resolve("bomb.xlsx"),
                Map.of("xl/worksheets/sheet1.xml", xml -> xml.replaceFirst("<sheetData>", "<sheetData>" + padding)));

        assertThat(refusal(bomb)).isEqualTo(bomb + ": 工作簿解压后的内容异常庞大（疑似“压缩炸弹”），为安全起见未读取");
    }

    @Test
    void anXmlExternalEntityIsNeverResolved() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "绝密内容");
        Path xxe = TestWorkbooks.withEntries(TestWorkbooks.fixture("kpi-zh.xlsx"), dir.resolve("xxe.xlsx"),
                Map.of("xl/sharedStrings.xml", xml -> xml.replaceFirst("\\?>", "?><!DOCTYPE sst [<!ENTITY xxe SYSTEM \""
                        + secret.toUri() + "\">]>").replaceFirst("<t xml:space=\"preserve\">指标编码</t>", "<t>&xxe;</t>")
                        .replaceFirst("<t>指标编码</t>", "<t>&xxe;</t>")));

        String message = refusal(xxe);

        assertThat(message).as("the DOCTYPE is refused").isEqualTo(xxe + ": 工作簿的 XML 中含有 DOCTYPE 声明（可能引用外部实体或本机文件），"
                + "为安全起见未读取：请在 Excel 或 WPS 中另存为新的 .xlsx 后再导入");
        assertThat(message).doesNotContain("绝密内容");
    }
}
