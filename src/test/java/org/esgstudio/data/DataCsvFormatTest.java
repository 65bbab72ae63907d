package org.esgstudio.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.esgstudio.model.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DataCsvFormatTest {
    private static final Instant AT = Instant.parse("2025-03-01T08:00:00Z");
    private static final Provenance TYPED = Provenance.typed("李四", AT);

    private static IndicatorValue value(String code, int year, String amount, String note) {
        return IndicatorValue.reported(code, year, new BigDecimal(amount), note, TYPED);
    }

    private static DataSet handMade() {
        List<Indicator> indicators = List.of(
                new Indicator("S.EMP.TOTAL", LocalizedText.of("员工总数", "Total employees"), List.of("员工人数", "在职员工数"),
                        "人", 0, "社会", "人力资源部", "HR系统", List.of()),
                new Indicator("E.WATER.INTENSITY", LocalizedText.zh("人均用水量"), List.of(), "吨/人", 2, "环境", "行政部",
                        "水费台账", List.of()),
                new Indicator("E.FUEL.DIESEL", LocalizedText.of("柴油消耗量", "Diesel"), null, "升", 0, "环境", "行政部",
                        "油卡台账, 月度汇总", null));
        List<IndicatorValue> values = List.of(
                value("S.EMP.TOTAL", 2023, "7961", ""),
                value("E.WATER.INTENSITY", 2023, "56.10", "口径调整"),
                value("S.EMP.TOTAL", 2024, "8214", "新设两家分公司"),
                value("E.WATER.INTENSITY", 2024, "55.80", ""),
                IndicatorValue.notApplicable("E.FUEL.DIESEL", 2024, "", TYPED),
                value("E.FUEL.DIESEL", 2022, "1200", ""),
                value("S.EMP.TOTAL", 2022, "7702", ""));
        return new DataSet(indicators, values, List.of());
    }

    private static String sample(String name) throws IOException {
        return Files.readString(Path.of("sample-reports", name, "data.csv"), StandardCharsets.UTF_8);
    }

    @Test
    void writesCanonicalCsvWithBomYearsNewestFirstExactDecimalsAndNotApplicable() {
        assertThat(DataCsv.format(handMade())).isEqualTo("\uFEFF"
                + "指标编码,指标名称,英文名称,别名,单位,小数位,类别,负责部门,来源,2024,2023,2022,备注,2023年备注\n"
                + "S.EMP.TOTAL,员工总数,Total employees,员工人数;在职员工数,人,0,社会,人力资源部,HR系统,8214,7961,7702,新设两家分公司,\n"
                + "E.WATER.INTENSITY,人均用水量,,,吨/人,2,环境,行政部,水费台账,55.80,56.10,,,口径调整\n"
                + "E.FUEL.DIESEL,柴油消耗量,Diesel,,升,0,环境,行政部,\"油卡台账, 月度汇总\",不适用,,1200,,\n");
    }

    @Test
    void writesAFrameworksColumnOnlyWhenSomeIndicatorHasFrameworks() {
        DataSet data = new DataSet(List.of(new Indicator("S.EMP.TOTAL", LocalizedText.zh("员工总数"), null, "人", 0, null,
                null, null, List.of("GRI 2-7", "HKEX B1.1"))), List.of(value("S.EMP.TOTAL", 2024, "8214", "")), List.of());

        String text = DataCsv.format(data);

        assertThat(text.lines().toList()).containsExactly(
                "\uFEFF指标编码,指标名称,英文名称,别名,单位,小数位,类别,负责部门,来源,2024,备注,框架",
                "S.EMP.TOTAL,员工总数,,,人,0,,,,8214,,GRI 2-7;HKEX B1.1");
        assertThat(DataCsv.read("data.csv", text, "李四", AT).indicators().get(0).frameworks())
                .containsExactly("GRI 2-7", "HKEX B1.1");
    }

    @Test
    void writesDefinitionColumnsOnlyWhenSomeIndicatorHasADefinitionAndReadsThemBack() {
        Indicator staff = new Indicator("S.EMP.TOTAL", LocalizedText.zh("员工总数"), null, "人", 0, null, null, null,
                null, LocalizedText.of("期末在岗员工人数，不含派遣人员", "Employees at year end, agency staff excluded"));
        Indicator water = new Indicator("E.WATER.TOTAL", LocalizedText.zh("用水量"), null, "立方米", 0, null, null,
                null, null);
        DataSet data = new DataSet(List.of(staff, water), List.of(value("S.EMP.TOTAL", 2024, "8214", "")), List.of());

        String text = DataCsv.format(data);

        assertThat(text.lines().toList()).containsExactly(
                "\uFEFF指标编码,指标名称,英文名称,别名,单位,小数位,类别,负责部门,来源,2024,备注,定义,英文定义",
                "S.EMP.TOTAL,员工总数,,,人,0,,,,8214,,期末在岗员工人数，不含派遣人员,"
                        + "\"Employees at year end, agency staff excluded\"",
                "E.WATER.TOTAL,用水量,,,立方米,0,,,,,,,");
        assertThat(DataCsv.read("data.csv", text, "李四", AT).indicators()).containsExactly(staff, water);
        assertThat(DataCsv.format(new DataSet(List.of(water), List.of(), List.of())))
                .doesNotContain("定义");
    }

    @ParameterizedTest
    @ValueSource(strings = {"definition,definition (en)", "Definition,definition_en", "定义,英文定义"})
    void definitionHeadersAreReadInChineseOrEnglish(String headers) {
        String text = "指标编码,指标名称,单位,2024," + headers + "\nS.EMP.TOTAL,员工总数,人,8214,期末在岗人数,Headcount\n";

        assertThat(DataCsv.read("data.csv", text, "李四", AT).indicators().get(0).definition())
                .isEqualTo(LocalizedText.of("期末在岗人数", "Headcount"));
    }

    @Test
    void anEmptyStoreIsJustTheHeader() {
        assertThat(DataCsv.format(DataSet.empty()))
                .isEqualTo("\uFEFF指标编码,指标名称,英文名称,别名,单位,小数位,类别,负责部门,来源,备注\n");
    }

    @Test
    void readingTheWrittenTextGivesBackTheSameContent() {
        DataSet original = handMade();
        String text = DataCsv.format(original);

        DataSet again = DataCsv.read("data.csv", text, "李四", AT);

        assertThat(again.indicators()).isEqualTo(original.indicators());
        assertThat(again.values()).hasSameSizeAs(original.values());
        for (IndicatorValue value : original.values()) {
            assertThat(again.value(value.code(), value.year()).orElseThrow().sameContentAs(value))
                    .as(value.code() + "@" + value.year()).isTrue();
        }
        assertThat(DataCsv.format(again)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"qinghe-2024", "hengchuan-2024"})
    void theSamplesDataCsvIsCanonical(String name) throws IOException {
        String text = sample(name);

        assertThat(DataCsv.format(DataCsv.read("data.csv", text, "李四", AT))).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"qinghe-2024", "hengchuan-2024"})
    void readOfFormatEqualsTheSamplesData(String name) throws IOException {
        DataSet data = DataCsv.read("data.csv", sample(name), "李四", AT);

        DataSet again = DataCsv.read("data.csv", DataCsv.format(data), "李四", AT);

        assertThat(again).isEqualTo(data);
        assertThat(again.values()).isEqualTo(data.values());
        assertThat(data.indicators()).isNotEmpty();
    }
}
