package org.esgstudio.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.esgstudio.i18n.InputRejectedException;
import org.esgstudio.i18n.Problem;
import org.esgstudio.model.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataCsvReadTest {
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Instant AT = Instant.parse("2025-03-01T08:00:00Z");

    private static DataSet read(String text) {
        return DataCsv.read("data.csv", text, "张三", AT);
    }

    private static InputRejectedException rejected(String text) {
        try {
            read(text);
        } catch (InputRejectedException e) {
            return e;
        }
        throw new AssertionError("data.csv was accepted:\n" + text);
    }

    private static List<String> messages(InputRejectedException e) {
        return e.problems().stream().map(p -> p.message(ZH)).toList();
    }

    @Test
    void readsEveryColumnUnderEnglishHeaders() {
        DataSet data = read("""
                code,indicator,indicator_en,aliases,unit,decimals,category,department,source,2024,2023,note
                S.EMP.TOTAL,员工总数,Total employees,在职员工数；员工人数;人数,人,0,社会,人力资源部,HR系统,"8,214",7961,含劳务派遣
                """);

        assertThat(data.indicators()).containsExactly(new Indicator("S.EMP.TOTAL",
                LocalizedText.of("员工总数", "Total employees"), List.of("在职员工数", "员工人数", "人数"), "人", 0, "社会",
                "人力资源部", "HR系统", List.of()));
        assertThat(data.value("S.EMP.TOTAL", 2024)).contains(IndicatorValue.reported("S.EMP.TOTAL", 2024,
                new BigDecimal("8214"), "含劳务派遣", new Provenance("data.csv", "J2", "张三", AT)));
        assertThat(data.value("S.EMP.TOTAL", 2023)).contains(IndicatorValue.reported("S.EMP.TOTAL", 2023,
                new BigDecimal("7961"), "", new Provenance("data.csv", "K2", "张三", AT)));
        assertThat(data.years()).containsExactly(2024, 2023);
    }

    @Test
    void englishHeadersMayBeWrittenInAnyCaseAndWithSpaces() {
        DataSet data = read("CODE,Indicator,Indicator EN,UNIT,2024\nE.GHG.TOTAL,温室气体排放总量,GHG emissions,吨,12\n");

        assertThat(data.indicator("E.GHG.TOTAL").orElseThrow().name().en()).isEqualTo("GHG emissions");
    }

    @Test
    void readsYearColumnsHeadedWithNian() {
        DataSet data = read("""
                指标编码,指标名称,单位,2024年,2023年度, 2022 年
                E.GHG.TOTAL,温室气体排放总量,吨二氧化碳当量,1250.6,1302.4,1399.0
                """);

        assertThat(data.years()).containsExactly(2024, 2023, 2022);
        assertThat(data.value("E.GHG.TOTAL", 2022).orElseThrow().amount()).isEqualTo(new BigDecimal("1399.0"));
        assertThat(data.value("E.GHG.TOTAL", 2023).orElseThrow().provenance().place()).isEqualTo("data.csv!E2");
    }

    @Test
    void noteColumnsAttachToTheirYearAndThePlainNoteToTheNewestYear() {
        DataSet data = read("""
                指标编码,指标名称,单位,2024,2023,2022,备注,2023年备注,note 2022
                S.EMP.TOTAL,员工总数,人,8214,7961,7702,新设两家分公司,口径调整,首次披露
                """);

        assertThat(data.value("S.EMP.TOTAL", 2024).orElseThrow().note()).isEqualTo("新设两家分公司");
        assertThat(data.value("S.EMP.TOTAL", 2023).orElseThrow().note()).isEqualTo("口径调整");
        assertThat(data.value("S.EMP.TOTAL", 2022).orElseThrow().note()).isEqualTo("首次披露");
    }

    @Test
    void decimalsAreTheMostWrittenInTheYearColumnsUnlessGivenExplicitly() {
        DataSet data = read("""
                指标编码,指标名称,单位,小数位,2024,2023
                E.WATER.TOTAL,用水总量,吨,,12.5,13.25
                S.EMP.TOTAL,员工总数,人,,8214,7961
                G.ECO.REVENUE,营业收入,亿元,1,56.92,52.3
                S.TRAIN.AVG,人均培训时长,小时/人,3,48,
                """);

        assertThat(data.indicators()).extracting(Indicator::decimals).containsExactly(2, 0, 1, 3);
        assertThat(data.value("G.ECO.REVENUE", 2024).orElseThrow().amount().toPlainString()).isEqualTo("56.92");
        assertThat(data.value("E.WATER.TOTAL", 2024).orElseThrow().amount().toPlainString()).isEqualTo("12.5");
    }

    @Test
    void notApplicableMarksAreKeptWithoutAnAmountAndBlankCellsAreNotReported() {
        DataSet data = read("""
                指标编码,指标名称,单位,2024,2023,2022,2021
                E.FUEL.DIESEL,柴油消耗量,升,-,不适用,/,
                """);

        assertThat(data.valuesOf("E.FUEL.DIESEL")).hasSize(3).allSatisfy(value -> {
            assertThat(value.status()).isEqualTo(ValueStatus.NOT_APPLICABLE);
            assertThat(value.amount()).isNull();
        });
        assertThat(data.value("E.FUEL.DIESEL", 2021)).isEmpty();
    }

    @Test
    void percentValuesMayCarryAPercentSignWhenTheUnitIsPercent() {
        DataSet data = read("指标编码,指标名称,单位,2024\nS.EMP.FEMALE_RATIO,女性员工占比,%,52.30%\n");

        assertThat(data.value("S.EMP.FEMALE_RATIO", 2024).orElseThrow().amount().toPlainString()).isEqualTo("52.30");
    }

    @Test
    void fullWidthAndGroupedFiguresAreRead() {
        DataSet data = read("指标编码,指标名称,单位,2024,2023\nS.EMP.TOTAL,员工总数,人,\"10,745\",１０７４０\n");

        assertThat(data.value("S.EMP.TOTAL", 2024).orElseThrow().amount()).isEqualTo(new BigDecimal("10745"));
        assertThat(data.value("S.EMP.TOTAL", 2023).orElseThrow().amount()).isEqualTo(new BigDecimal("10740"));
    }

    @Test
    void blankLinesAreSkipped() {
        DataSet data = read("指标编码,指标名称,单位,2024\n\nA.B,甲,个,1\n,,,\nC.D,乙,个,2\n");

        assertThat(data.indicators()).extracting(Indicator::code).containsExactly("A.B", "C.D");
        assertThat(data.value("C.D", 2024).orElseThrow().provenance().cell()).isEqualTo("D5");
    }

    @ParameterizedTest(name = "header without {1}")
    @CsvSource(delimiter = '|', textBlock = """
            指标名称,单位,2024    | 指标编码 | code
            指标编码,单位,2024    | 指标名称 | indicator
            code,indicator,2024  | 单位     | unit
            """)
    void aMissingRequiredColumnIsReportedForTheHeaderRow(String header, String zh, String en) {
        InputRejectedException e = rejected(header + "\nA.B,甲,1\n");

        assertThat(e.message(ZH)).isEqualTo("data.csv!1:1: 缺少必需的列“" + zh + "”（" + en + "）");
    }

    @Test
    void anUnknownColumnIsReportedWithItsHeaderCell() {
        InputRejectedException e = rejected("指标编码,指标名称,单位,颜色,2024\nA.B,甲,个,红,1\n");

        assertThat(e.message(ZH)).isEqualTo("data.csv!D1: 无法识别的列标题“颜色”（可用的列见 docs/FORMAT.md）");
    }

    @Test
    void aTableWithoutYearColumnsIsRejected() {
        InputRejectedException e = rejected("指标编码,指标名称,单位\nA.B,甲,个\n");

        assertThat(e.message(ZH)).startsWith("data.csv!1:1: 没有年份列");
    }

    @Test
    void aColumnHeadedTwiceIsReportedAtItsSecondHeader() {
        InputRejectedException e = rejected("指标编码,指标名称,单位,2024,2024年,单位\nA.B,甲,个,1,1,个\n");

        assertThat(messages(e)).containsExactly("data.csv!E1: 年份列 2024 出现了两次", "data.csv!F1: 列“单位”出现了两次");
    }

    @Test
    void aDuplicateCodeNamesTheLineWhereItFirstAppeared() {
        InputRejectedException e = rejected("""
                指标编码,指标名称,单位,2024,备注
                S.EMP.TOTAL,员工总数,人,8214,"含两行
                备注"
                S.EMP.MALE,男性员工,人,4100,
                S.EMP.TOTAL,员工人数,人,8214,
                """);

        assertThat(e.message(ZH)).isEqualTo("data.csv!A5: 指标编码“S.EMP.TOTAL”重复（第 2 行已有）");
    }

    /** Header: A 指标编码, B 指标名称, C 单位, D 小数位, E 2024, F 2023. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            s.emp.total,员工总数,人,,8214,7961     | data.csv!A2: 指标编码“s.emp.total”不合规
            S.EMP..TOTAL,员工总数,人,,8214,7961    | data.csv!A2: 指标编码“S.EMP..TOTAL”不合规
            员工.总数,员工总数,人,,8214,7961        | data.csv!A2: 指标编码“员工.总数”不合规
            ,员工总数,人,,8214,7961                | data.csv!A2: 指标编码为空
            S.EMP.TOTAL,,人,,8214,7961            | data.csv!B2: 指标名称为空
            S.EMP.TOTAL,员工总数,,,8214,7961       | data.csv!C2: 单位为空
            S.EMP.TOTAL,员工总数,人,,约8200,7961    | data.csv!E2: “约8200”不是数字
            S.EMP.TOTAL,员工总数,人,,8214,"1,23"  | data.csv!F2: “1,23”不是数字
            S.EMP.TOTAL,员工总数,人,,8214,abc     | data.csv!F2: “abc”不是数字
            S.EMP.TOTAL,员工总数,人,,52.3%,7961   | data.csv!E2: “52.3%”不是数字
            S.EMP.TOTAL,员工总数,人,7,8214,7961    | data.csv!D2: 小数位“7”应为 0 到 6 的整数
            S.EMP.TOTAL,员工总数,人,-1,8214,7961   | data.csv!D2: 小数位“-1”应为 0 到 6 的整数
            S.EMP.TOTAL,员工总数,人,1.5,8214,7961  | data.csv!D2: 小数位“1.5”应为 0 到 6 的整数
            S.EMP.TOTAL,员工总数,人,两位,8214,7961  | data.csv!D2: 小数位“两位”应为 0 到 6 的整数
            """)
    void aBadCellIsReportedWithItsExactCell(String row, String expected) {
        InputRejectedException e = rejected("指标编码,指标名称,单位,小数位,2024,2023\n" + row + "\n");

        assertThat(e.problems()).hasSize(1);
        assertThat(e.message(ZH)).startsWith(expected);
    }

    @Test
    void aNoteOnAYearWithoutAValueIsReportedAtTheNoteCell() {
        InputRejectedException e = rejected("""
                指标编码,指标名称,单位,2024,2023,备注,2023年备注
                S.EMP.TOTAL,员工总数,人,,7961,人数大增,
                S.EMP.NEW,新进员工,人,812,,,校招为主
                """);

        assertThat(messages(e)).containsExactly(
                "data.csv!F2: 此行有 2024 年的备注，但该年没有数值：备注须说明一个数值",
                "data.csv!G3: 此行有 2023 年的备注，但该年没有数值：备注须说明一个数值");
    }

    @Test
    void aNoteBesideAFigureThatIsNotANumberIsNotReportedTwice() {
        InputRejectedException e = rejected("指标编码,指标名称,单位,2024,备注\nS.EMP.TOTAL,员工总数,人,很多,说明\n");

        assertThat(messages(e)).hasSize(1).first().asString().startsWith("data.csv!D2: “很多”不是数字");
    }

    @Test
    void aYearNoteColumnHeadedTwiceIsReported() {
        InputRejectedException e = rejected("指标编码,指标名称,单位,2024,2023,2023年备注,note 2023\nA.B,甲,人,1,2,,\n");

        assertThat(messages(e)).containsExactly("data.csv!G1: 列“note 2023”出现了两次");
    }

    @Test
    void aHugeDecimalsValueIsRejectedNotWrappedAround() {
        InputRejectedException e = rejected("指标编码,指标名称,单位,小数位,2024\nA.B,甲,个,4294967297,1\n");

        assertThat(e.message(ZH)).isEqualTo("data.csv!D2: 小数位“4294967297”应为 0 到 6 的整数");
    }

    @Test
    void aNotANumberMessageExplainsHowToWriteNotApplicable() {
        InputRejectedException e = rejected("指标编码,指标名称,单位,2024\nA.B,甲,个,暂无\n");

        assertThat(e.message(ZH)).isEqualTo("data.csv!D2: “暂无”不是数字（不适用请填 -、—、/ 或 不适用，未报告请留空）");
    }

    @Test
    void everyProblemOfTheFileIsReportedTogetherAndNothingIsRead() {
        InputRejectedException e = rejected("""
                指标编码,指标名称,单位,小数位,2024,2023
                S.EMP.TOTAL,员工总数,人,0,8214,7961
                s.bad,坏编码,人,0,1,2
                S.EMP.MALE,男性员工,人,9,4100,约4000
                S.EMP.TOTAL,重复,人,0,1,2
                S.EMP.FEMALE,女性员工,人,0,4114,3961
                """);

        assertThat(messages(e)).satisfiesExactly(
                m -> assertThat(m).startsWith("data.csv!A3: 指标编码“s.bad”不合规"),
                m -> assertThat(m).startsWith("data.csv!F4: “约4000”不是数字"),
                m -> assertThat(m).startsWith("data.csv!D4: 小数位“9”应为 0 到 6 的整数"),
                m -> assertThat(m).isEqualTo("data.csv!A5: 指标编码“S.EMP.TOTAL”重复（第 2 行已有）"));
        assertThat(e.message(ZH)).startsWith("data.csv: 发现 4 个问题，未导入任何内容：")
                .contains("data.csv!A3", "data.csv!F4", "data.csv!D4", "data.csv!A5");
    }

    @Test
    void anUnclosedQuoteRejectsTheFileNamingTheLine() {
        InputRejectedException e = rejected("指标编码,指标名称,单位,2024\nA.B,甲,个,1\nC.D,\"乙,个,2\n");

        assertThat(e.problems()).extracting(Problem::place).containsExactly("data.csv:3");
        assertThat(e.message(ZH)).isEqualTo("data.csv:3: 以双引号开始的字段没有闭合");
    }

    @Test
    void anEmptyFileIsRejected() {
        assertThat(rejected("").message(ZH)).isEqualTo("data.csv: 文件是空的，没有表头行");
        assertThat(rejected("\uFEFF").message(ZH)).isEqualTo("data.csv: 文件是空的，没有表头行");
    }

    @Test
    void aHeaderOnlyFileHoldsNoIndicators() {
        assertThat(read("\uFEFF指标编码,指标名称,单位,2024\n")).isEqualTo(DataSet.empty());
    }

    @Test
    void theRejectionIsAnInputRejectedExceptionCarryingTheFileName() {
        assertThatThrownBy(() -> DataCsv.read("年报数据.csv", "指标编码,指标名称,单位,2024\nA.B,甲,个,x\n", "张三", AT))
                .isInstanceOf(InputRejectedException.class)
                .satisfies(e -> assertThat(((InputRejectedException) e).message(ZH)).startsWith("年报数据.csv!D2: "));
    }
}
