package org.esgstudio.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.esgstudio.data.IndicatorValue;
import org.esgstudio.data.Provenance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** A value's image in the history reads back as the value it was: amount, status, note and where it came from. */
class DataJsonValueTest {
    private static final Instant AT = Instant.parse("2025-03-01T08:00:00Z");

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(nullValues = "null", textBlock = """
            data.csv,                           J32
            /home/王/报告/data.csv,              J32
            行政部.xlsx,                         指标数据!D2
            /tmp/a!b/行政部.xlsx,                指标数据!$D$2
            C:\\报告\\kpi.xlsx,                  指标数据!AB120
            kpi.xlsx,                           null
            null,                               null
            """)
    void aValueWrittenToTheHistoryReadsBackWithItsFileAndCell(String file, String cell) {
        IndicatorValue value = IndicatorValue.reported("E.WATER.TOTAL", 2024, new BigDecimal("98652.50"), "含食堂",
                new Provenance(file, cell, "王数据", AT));

        assertThat(DataJson.value(DataJson.of(value))).isEqualTo(value);
    }

    @Test
    void aValueNotApplicableReadsBackWithoutAmount() {
        IndicatorValue value = IndicatorValue.notApplicable("S.EMP.TOTAL", 2023, "", Provenance.typed("李编辑", AT));

        assertThat(DataJson.value(DataJson.of(value))).isEqualTo(value);
    }

    @Test
    void anImageThatIsNotAValueIsRefused() {
        assertThatThrownBy(() -> DataJson.value("{\"code\":\"X\"}")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("{\"code\":\"X\"}");
    }
}
