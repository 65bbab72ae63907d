package org.esgstudio.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Locale;
import org.esgstudio.i18n.InputRejectedException;
import org.esgstudio.i18n.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A value with more decimals than an indicator can print is a problem with its cell, not a crash. */
class DataSheetDecimalsTest {
    private static final Instant AT = Instant.parse("2025-03-01T08:00:00Z");

    @BeforeEach
    void chinese() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void moreThanSixDecimalsWithoutADecimalsColumnIsAProblemNamingEveryCell() {
        String csv = "指标编码,指标名称,单位,2024,2023\nE.GHG.INTENSITY,人均温室气体排放量,吨二氧化碳当量/人,0.485202231520223,0.1234567\n";

        assertThatThrownBy(() -> DataCsv.read("data.csv", csv, "测试员", AT))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.message()).as("year columns are checked oldest first").containsExactly(
                                "data.csv!E2: “0.1234567”有 7 位小数，超过可印刷的 6 位：请保留需要印刷的小数位（工作簿中可将单元格格式设为如 0.00）",
                                "data.csv!D2: “0.485202231520223”有 15 位小数，超过可印刷的 6 位：请保留需要印刷的小数位（工作簿中可将单元格格式设为如 0.00）"));
    }

    @Test
    void sixDecimalsOrAWrittenDecimalsColumnAreFine() {
        String csv = "指标编码,指标名称,单位,小数位,2024,2023\nE.GHG.INTENSITY,人均温室气体排放量,吨二氧化碳当量/人,2,0.48520223,0.123456\n";

        DataSet data = DataCsv.read("data.csv", csv, "测试员", AT);

        assertThat(data.indicator("E.GHG.INTENSITY").orElseThrow().decimals()).isEqualTo(2);
        assertThat(data.value("E.GHG.INTENSITY", 2024).orElseThrow().amount().toPlainString()).isEqualTo("0.48520223");
    }
}
