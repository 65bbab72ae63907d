package org.esgstudio.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.esgstudio.model.LocalizedText;
import org.junit.jupiter.api.Test;

/** Imported data merged into a store: values replaced per indicator and year, descriptions only where stated. */
class DataMergeTest {
    private static final Provenance EARLIER = new Provenance("kpi.xlsx", "指标数据!F3", "张三",
            Instant.parse("2025-01-10T00:00:00Z"));
    private static final Provenance LATER = new Provenance("kpi-v2.csv", "F3", "李四",
            Instant.parse("2025-02-10T00:00:00Z"));

    private static Indicator staff(String en, List<String> aliases, int decimals, String department) {
        return new Indicator("S.EMP.TOTAL", LocalizedText.of("员工总数", en), aliases, "人", decimals, "社会",
                department, "人力资源系统", List.of("GRI 2-7"));
    }

    private static DataSet store() {
        return new DataSet(List.of(staff("Employees", List.of("在职员工"), 0, "人力资源部")),
                List.of(IndicatorValue.reported("S.EMP.TOTAL", 2023, new BigDecimal("1100"), "", EARLIER),
                        IndicatorValue.reported("S.EMP.TOTAL", 2024, new BigDecimal("1180"), "", EARLIER)),
                List.of(new Rule("员工按性别合计", "S.EMP.TOTAL = S.EMP.MALE + S.EMP.FEMALE")));
    }

    @Test
    void aSheetWithFewerColumnsKeepsWhatItDoesNotState() {
        DataSet sheet = new DataSet(List.of(staff("", List.of(), 0, "综合部")),
                List.of(IndicatorValue.reported("S.EMP.TOTAL", 2024, new BigDecimal("1200"), "", LATER)), List.of());

        DataSet merged = DataMerge.merge(store(), sheet, EnumSet.of(DataColumn.CODE, DataColumn.NAME, DataColumn.UNIT,
                DataColumn.DEPARTMENT));

        Indicator indicator = merged.indicator("S.EMP.TOTAL").orElseThrow();
        assertThat(indicator.name().en()).isEqualTo("Employees");
        assertThat(indicator.aliases()).containsExactly("在职员工");
        assertThat(indicator.department()).isEqualTo("综合部");
        assertThat(indicator.frameworks()).containsExactly("GRI 2-7");
    }

    @Test
    void aDefinitionIsKeptUnlessTheSheetHasItsColumn() {
        LocalizedText stored = LocalizedText.of("期末在册员工人数", "Employees on the payroll at year end");
        DataSet defined = store().withIndicator(store().indicator("S.EMP.TOTAL").orElseThrow().withDefinition(stored));
        DataSet sheet = new DataSet(List.of(staff("Employees", List.of(), 0, "人力资源部")
                .withDefinition(LocalizedText.zh("期末在岗员工人数，不含派遣"))), List.of(), List.of());

        DataSet without = DataMerge.merge(defined, sheet, EnumSet.of(DataColumn.CODE, DataColumn.NAME, DataColumn.UNIT));
        DataSet withChinese = DataMerge.merge(defined, sheet, EnumSet.of(DataColumn.CODE, DataColumn.NAME,
                DataColumn.UNIT, DataColumn.DEFINITION));

        assertThat(without.indicator("S.EMP.TOTAL").orElseThrow().definition()).isEqualTo(stored);
        assertThat(withChinese.indicator("S.EMP.TOTAL").orElseThrow().definition())
                .isEqualTo(LocalizedText.of("期末在岗员工人数，不含派遣", "Employees on the payroll at year end"));
    }

    @Test
    void importedValuesReplaceTheSameYearAndOthersStay() {
        DataSet sheet = new DataSet(List.of(staff("Employees", List.of("在职员工"), 0, "人力资源部")),
                List.of(IndicatorValue.reported("S.EMP.TOTAL", 2024, new BigDecimal("1200"), "", LATER)), List.of());

        DataSet merged = DataMerge.merge(store(), sheet);

        assertThat(merged.value("S.EMP.TOTAL", 2024).orElseThrow().amount()).isEqualByComparingTo("1200");
        assertThat(merged.value("S.EMP.TOTAL", 2024).orElseThrow().provenance()).isEqualTo(LATER);
        assertThat(merged.value("S.EMP.TOTAL", 2023).orElseThrow().provenance()).isEqualTo(EARLIER);
        assertThat(merged.rules()).extracting(Rule::name).containsExactly("员工按性别合计");
        assertThat(DataMerge.changes(store(), merged)).containsExactly(0, 1);
    }

    @Test
    void anUnchangedValueKeepsWhoEnteredItAndFromWhere() {
        DataSet sheet = new DataSet(List.of(staff("Employees", List.of("在职员工"), 0, "人力资源部")), List.of(
                IndicatorValue.reported("S.EMP.TOTAL", 2024, new BigDecimal("1180"), "", LATER)), List.of());

        DataSet merged = DataMerge.merge(store(), sheet);

        assertThat(merged.value("S.EMP.TOTAL", 2024).orElseThrow().provenance()).isEqualTo(EARLIER);
        assertThat(DataMerge.changes(store(), merged)).containsExactly(0, 0);
    }
}
