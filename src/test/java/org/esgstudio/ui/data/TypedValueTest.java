package org.esgstudio.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.esgstudio.data.DataSet;
import org.esgstudio.data.Indicator;
import org.esgstudio.data.IndicatorValue;
import org.esgstudio.data.Project;
import org.esgstudio.data.Provenance;
import org.esgstudio.data.ValueStatus;
import org.esgstudio.i18n.Messages;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.store.Samples;
import org.esgstudio.ui.workspace.Edit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading what a user types into a value cell, and the edit that stores it. */
class TypedValueTest {
    private static final Instant AT = Instant.parse("2025-03-02T09:30:00Z");
    private static final Indicator STAFF = new Indicator("S.EMP.TOTAL", LocalizedText.of("员工总数", "Total employees"),
            List.of(), "人", 0, "社会", "人力资源部", "HR系统", List.of());
    private static final Provenance IMPORTED = new Provenance("kpi.xlsx", "指标数据!H3", "张敏", Samples.READ_AT);

    private DataSet data;

    @BeforeEach
    void store() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        data = new DataSet(List.of(STAFF), List.of(IndicatorValue.reported("S.EMP.TOTAL", 2024,
                new BigDecimal("6258"), "含劳务派遣", IMPORTED)), List.of());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            10745,      10745
            '10,745',   10745
            '6,258.0',  6258.0
            １２８６,     1286
            55.80,      55.80
            '1,200人',  1200
            -3.5,       -3.5
            """)
    void numbersAreReadExactlyAsWritten(String typed, String expected) {
        TypedValue value = TypedValue.read(typed, "人", 2);

        assertThat(value.kind()).isEqualTo(TypedValue.Kind.REPORTED);
        assertThat(value.amount()).isEqualTo(new BigDecimal(expected));
    }

    @Test
    void emptyIsNotReportedAndDashOrNotApplicableIsNotApplicable() {
        assertThat(TypedValue.read("  ", "人", 0).kind()).isEqualTo(TypedValue.Kind.NOT_REPORTED);
        assertThat(TypedValue.read("-", "人", 0).kind()).isEqualTo(TypedValue.Kind.NOT_APPLICABLE);
        assertThat(TypedValue.read("不适用", "人", 0).kind()).isEqualTo(TypedValue.Kind.NOT_APPLICABLE);
    }

    @Test
    void textThatIsNoNumberIsRefusedSayingWhatToType() {
        TypedValue value = TypedValue.read("约三千", STAFF, null);

        assertThat(value.refused()).isTrue();
        assertThat(value.problem()).contains("“约三千”不是数值", "10,745");
        assertThat(value.edit(STAFF, 2024, data, "测试员", AT)).isEmpty();
    }

    @Test
    void moreDecimalsThanTheIndicatorPrintsAreRefusedUnlessTheStoredValueHasThem() {
        TypedValue staff = TypedValue.read("6258.5", STAFF, data.value("S.EMP.TOTAL", 2024).orElseThrow());
        Indicator rate = new Indicator("S.RATE", LocalizedText.zh("覆盖率"), List.of(), "%", 2, "", "", "", List.of());
        IndicatorValue precise = IndicatorValue.reported("S.RATE", 2024, new BigDecimal("0.4853"), "", IMPORTED);

        assertThat(staff.refused()).isTrue();
        assertThat(staff.problem()).isEqualTo("“6258.5”有 1 位小数，但此指标只印刷 0 位：请按 0 位小数填写，否则报告会把它四舍五入");
        assertThat(TypedValue.read("55.801", rate, null).refused()).isTrue();
        assertThat(TypedValue.read("55.80%", rate, null).refused()).isFalse();
        assertThat(TypedValue.read("0.4853", rate, precise).refused()).isFalse();
    }

    @Test
    void aNewValueIsStoredAsTypedByTheUserKeepingTheValuesNote() {
        Edit edit = TypedValue.read("6,260", STAFF, null).edit(STAFF, 2024, data, "测试员", AT).orElseThrow();
        DataSet after = edit.change().apply(project()).data();

        IndicatorValue stored = after.value("S.EMP.TOTAL", 2024).orElseThrow();
        assertThat(stored.amount()).isEqualTo(new BigDecimal("6260"));
        assertThat(stored.note()).isEqualTo("含劳务派遣");
        assertThat(stored.provenance()).isEqualTo(Provenance.typed("测试员", AT));
        assertThat(edit.label()).isEqualTo("编辑数值 员工总数（2024年）");
        assertThat(edit.scope()).isEqualTo(Edit.Scope.DATA);
    }

    @Test
    void typingTheValueTheStoreHoldsChangesNothing() {
        assertThat(TypedValue.read("6,258", STAFF, null).edit(STAFF, 2024, data, "测试员", AT)).isEmpty();
        assertThat(TypedValue.read("", STAFF, null).edit(STAFF, 2023, data, "测试员", AT)).isEmpty();
    }

    @Test
    void clearingRemovesTheValueAndADashMarksItNotApplicable() {
        DataSet cleared = TypedValue.read("", STAFF, null).edit(STAFF, 2024, data, "测试员", AT).orElseThrow()
                .change().apply(project()).data();
        DataSet dashed = TypedValue.read("—", STAFF, null).edit(STAFF, 2024, data, "测试员", AT).orElseThrow()
                .change().apply(project()).data();

        assertThat(cleared.value("S.EMP.TOTAL", 2024)).isEmpty();
        assertThat(dashed.value("S.EMP.TOTAL", 2024).orElseThrow().status()).isEqualTo(ValueStatus.NOT_APPLICABLE);
    }

    @Test
    void valuesArePrintedWithTheIndicatorsDecimalsAndEditedExactly() {
        Indicator rate = new Indicator("S.RATE", LocalizedText.zh("覆盖率"), List.of(), "%", 2, "", "", "", List.of());
        IndicatorValue value = IndicatorValue.reported("S.RATE", 2024, new BigDecimal("99.5"), "", IMPORTED);
        IndicatorValue precise = IndicatorValue.reported("S.RATE", 2024, new BigDecimal("0.4853"), "", IMPORTED);

        assertThat(ValueText.shown(rate, value)).isEqualTo("99.50");
        assertThat(ValueText.shown(rate, precise)).isEqualTo("0.49");
        assertThat(ValueText.editable(precise)).isEqualTo("0.4853");
        assertThat(ValueText.shown(STAFF, data.value("S.EMP.TOTAL", 2024).orElseThrow())).isEqualTo("6,258");
        assertThat(ValueText.tooltip(value, List.of("规则不成立"))).contains("kpi.xlsx › 指标数据!H3", "张敏", "⚠ 规则不成立");
        Provenance fromFolder = new Provenance("/home/zm/报告/data.csv", "J41", "张敏", Samples.READ_AT);
        assertThat(ValueText.origin(fromFolder)).startsWith("来源：data.csv!J41（张敏 导入，");
    }

    private Project project() {
        return Samples.read(Samples.QINGHE).withData(data);
    }
}
