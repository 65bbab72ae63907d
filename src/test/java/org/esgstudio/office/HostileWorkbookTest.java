package org.esgstudio.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.esgstudio.i18n.InputRejectedException;
import org.esgstudio.i18n.Messages;
import org.esgstudio.i18n.UserFacingException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks made to hurt: too many rows or cells for memory, a merged region over the whole grid, a circular formula,
 * a formula into a file that is not linked. Each is refused with the file and the cell, quickly and without POI
 * building it in memory first.
 */
class HostileWorkbookTest {
    @TempDir
    Path dir;

    @BeforeEach
    void chinese() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    private static String refusal(Path file) {
        try {
            DataWorkbook.read(file);
        } catch (UserFacingException e) {
            return e.getMessage();
        }
        throw new AssertionError(file + " was read");
    }

    /** The LibreOffice fixture with {@code extra} inserted at the end of its data sheet's rows. */
    private Path withRows(String name, String extra) {
        return edited(name, "xl/worksheets/sheet1.xml", xml -> xml.replace("</sheetData>", extra + "</sheetData>"));
    }

    /** The LibreOffice fixture with one of its parts edited, written as {@code name}. */
    private Path edited(String name, String part, java.util.function.UnaryOperator<String> edit) {
        return TestWorkbooks.withEntries(TestWorkbooks.fixture("kpi-zh.xlsx"), dir.resolve(name), Map.of(part, edit));
    }

    @Test
    void aSheetOfMoreThanAHundredThousandRowsIsRefusedBeforeItIsLoaded() {
        StringBuilder rows = new StringBuilder();
        for (long r = 20; r < 20 + DataWorkbook.MAX_ROWS; r++) {
            rows.append("<row r=\"").append(r).append("\"/>");
        }
        Path tall = withRows("tall.xlsx", rows.toString());

        assertThat(refusal(tall)).isEqualTo(tall + ": 工作簿过大（超过 100000 行或 200000 个单元格），"
                + "不是指标数据工作簿应有的规模，为免耗尽内存未读取：请只保留指标数据后再导入");
    }

    @Test
    void aSheetOfMoreThanTwoHundredThousandCellsIsRefusedBeforeItIsLoaded() {
        StringBuilder rows = new StringBuilder();
        for (int r = 20; r < 20 + 20_001; r++) {
            rows.append("<row r=\"").append(r).append("\">");
            for (char column = 'A'; column <= 'J'; column++) {
                rows.append("<c r=\"").append(column).append(r).append("\"><v>").append(r % 97).append("</v></c>");
            }
            rows.append("</row>");
        }
        Path wide = withRows("wide.xlsx", rows.toString());

        assertThat(refusal(wide)).startsWith(wide + ": 工作簿过大（超过 100000 行或 200000 个单元格）");
    }

    @Test
    void aWorkbookWithinTheLimitsStillReads() {
        StringBuilder rows = new StringBuilder();
        for (int r = 20; r < 2_020; r++) {
            rows.append("<row r=\"").append(r).append("\"/>");
        }

        assertThat(DataWorkbook.read(withRows("fine.xlsx", rows.toString())).data().rows()).hasSize(13);
    }

    @Test
    void aMergedRegionOverTheWholeGridReadsOnlyTheRowsTheSheetHas() {
        Path merged = edited("merged.xlsx", "xl/worksheets/sheet1.xml", xml -> xml.replaceFirst("<mergeCells count=\"(\\d+)\">",
                "<mergeCells count=\"$1\"><mergeCell ref=\"E20:XFD1048576\"/>"));

        DataWorkbook.Contents book = DataWorkbook.read(merged);

        assertThat(book.data().rows()).as("nothing below the last row").hasSize(13)
                .allSatisfy(row -> assertThat(row.line()).isLessThanOrEqualTo(14));
    }

    @Test
    void aCircularFormulaIsRefusedNamingTheCellAndTheFormula() {
        Path circular = TestWorkbooks.written(dir.resolve("circular.xlsx"), Map.of("指标数据", List.of(
                List.of("指标编码", "指标名称", "单位", "2024"),
                List.of("E.WATER", "用水量", "立方米", "=D2+1"))));

        assertThatThrownBy(() -> DataWorkbook.read(circular)).isInstanceOf(InputRejectedException.class)
                .hasMessage("circular.xlsx › 指标数据!D2: 公式 =D2+1 直接或间接引用了自身（循环引用），无法计算："
                        + "请在 Excel 中修正公式，或把该单元格改为数值后再导入");
    }

    @Test
    void aFormulaIntoAnUnlinkedWorkbookIsRefusedAsAnExternalLinkNamingTheFile() {
        Path unlinked = edited("unlinked.xlsx", "xl/worksheets/sheet1.xml", xml -> xml.replaceFirst("<f[^>]*>[^<]*</f>(<v>[^<]*</v>)?",
                "<f>'C:\\\\共享\\\\[人力台账.xlsx]Sheet1'!A1</f>"));

        assertThatThrownBy(() -> DataWorkbook.read(unlinked)).isInstanceOf(InputRejectedException.class)
                .hasMessageStartingWith("unlinked.xlsx › 指标数据!H2: 公式 ='C:\\共享\\[人力台账.xlsx]Sheet1'!A1 "
                        + "引用了另一个文件（人力台账.xlsx）");
    }

    @Test
    void aBracketInsideATextInAFormulaIsNotTakenForAnotherFile() {
        Path quoted = TestWorkbooks.written(dir.resolve("quoted.xlsx"), Map.of("指标数据", List.of(
                List.of("指标编码", "指标名称", "单位", "2024", "备注"),
                List.of("E.WATER", "用水量", "立方米", 12345, "=\"[见附表]说明!\"&\"\""))));

        assertThat(DataWorkbook.read(quoted).data().rows().get(1).fields()).contains("[见附表]说明!");
    }

    @Test
    void aDoctypeInAWorkbookIsNamedAsSuchAndNeverResolved() {
        Path xxe = edited("xxe.xlsx", "xl/worksheets/sheet1.xml", xml -> xml.replaceFirst("\\?>",
                "?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>"));

        assertThat(refusal(xxe)).isEqualTo(xxe + ": 工作簿的 XML 中含有 DOCTYPE 声明（可能引用外部实体或本机文件），"
                + "为安全起见未读取：请在 Excel 或 WPS 中另存为新的 .xlsx 后再导入");
    }

    @Test
    void aCellOfATypeNoSpreadsheetWritesIsRefusedNamingTheCell() {
        Path odd = withRows("odd-type.xlsx", "<row r=\"30\"><c r=\"A30\" t=\"Ks\"><v>1</v></c></row>");

        assertThat(refusal(odd)).contains("odd-type.xlsx › 指标数据!A30", "单元格存储的内容无法读取", "Ks");
    }

    @Test
    void aNumberCellHoldingNoNumberIsRefusedNamingTheCell() {
        Path odd = withRows("odd-number.xlsx", "<row r=\"30\"><c r=\"C30\"><v>一百</v></c></row>");

        assertThat(refusal(odd)).contains("odd-number.xlsx › 指标数据!C30", "单元格存储的内容无法读取");
    }

    @Test
    void aSheetWithoutANameIsRefusedAsDamaged() {
        Path nameless = edited("nameless.xlsx", "xl/workbook.xml", xml -> xml.replaceFirst("<sheet name=", "<sheet dame="));

        assertThat(refusal(nameless)).startsWith(nameless + ": ").contains("第 1 个工作表没有名称");
    }

    @Test
    void aTextCellWhoseSharedStringHoldsNoTextIsRefusedNamingTheCell() {
        Path hollow = edited("hollow.xlsx", "xl/sharedStrings.xml", xml -> xml.replaceFirst("<si><t[^>]*>指标编码</t></si>", "<si/>"));

        assertThat(refusal(hollow)).contains("hollow.xlsx › 指标数据!A1", "单元格存储的内容无法读取（单元格中没有存储文字）");
    }

    @Test
    void aRichTextCellWhoseFontHasNoNameIsRefusedNamingTheCell() {
        // Found by WorkbookFuzzTest: POI threw NullPointerException reading the run's font name.
        Path nameless = edited("fontless.xlsx", "xl/sharedStrings.xml", xml -> xml.replaceFirst("<si><t[^>]*>指标编码</t></si>",
                "<si><r><rPr><rFont/><sz val=\"10\"/></rPr><t>指标编码</t></r></si>"));

        assertThat(refusal(nameless)).contains("fontless.xlsx › 指标数据!A1", "单元格存储的内容无法读取（格式文字无法读取：其中一段文字的字体没有名称）");
    }

    @Test
    void aMergedRangeWithoutAReferenceIsRefusedAsDamaged() {
        // Found by WorkbookFuzzTest: POI threw NullPointerException reading a <mergeCell> without its ref.
        Path broken = edited("merge.xlsx", "xl/worksheets/sheet1.xml", xml -> xml.replace("<mergeCell ref=\"E3:E4\"/>", "<mergeCell/>"));

        assertThat(refusal(broken)).startsWith(broken + ": ").contains("工作表“指标数据”中有一个合并单元格区域没有注明范围");
    }

    @Test
    void aSheetCompressedWithZstandardIsRefusedAsDamaged() throws java.io.IOException {
        // Found when the fuzz findings went into the bad-input corpus: the size check read the sheet first, and the
        // zip layer's request for a Zstandard decoder (not shipped) escaped it as a NoClassDefFoundError.
        Path zstd = dir.resolve("zstd.xlsx");
        java.nio.file.Files.write(zstd, TestWorkbooks.withCompressionMethod(
                java.nio.file.Files.readAllBytes(TestWorkbooks.fixture("kpi-zh.xlsx")), "xl/worksheets/sheet1.xml", 93));

        assertThat(refusal(zstd)).startsWith(zstd + ": 工作簿已损坏或不完整").contains("采用了 Office 程序不使用的压缩方式（ZstdInputStream）");
    }

    @Test
    void aMergedRangeThatRunsBackwardsIsRefusedAsDamaged() {
        // Found by WorkbookFuzzTest: POI's getMergedRegions threw IllegalArgumentException for a range like E4:E3.
        Path broken = edited("backwards.xlsx", "xl/worksheets/sheet1.xml", xml -> xml.replace("<mergeCell ref=\"E3:E4\"/>", "<mergeCell ref=\"E4:E3\"/>"));

        assertThat(refusal(broken)).startsWith(broken + ": 工作簿已损坏或不完整")
                .contains("工作表“指标数据”中有一个合并单元格区域的范围无效（终点在起点之前）");
    }
}
