package org.esgstudio.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What people type into a template's value cell, read against the row's unit. */
class FilledAmountTest {

    @ParameterizedTest(name = "“{0}” in a {1} row is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            12345          | 吨       | 12345
            12,345         | 吨       | 12345
            １２３４５        | 吨       | 12345
            ' 12345 '      | 吨       | 12345
            '１２，３４５．５０'  | 吨       | 12345.50
            55.80          | 小时/人   | 55.80
            12345吨         | 吨       | 12345
            12345 吨        | 吨       | 12345
            1.2万           | 吨       | 12000
            1.2 万          | 小时     | 12000
            1.2万           | 万元     | 1.2
            3.5亿           | 亿元     | 3.5
            1.2万           | 万千瓦时  | 1.2
            1.2万吨         | 吨       | 12000
            1,200千克       | 吨       | 1.2
            99.86%         | %       | 99.86
            99.86％         | %       | 99.86
            826人           | 人       | 826
            826名           | 人       | 826
            -3.5           | %       | -3.5
            """)
    void readsTheAmountInTheRowsUnit(String typed, String unit, String exact) {
        FilledAmount.Reading reading = FilledAmount.read(typed, unit);

        assertThat(reading).isInstanceOf(FilledAmount.Amount.class);
        assertThat(((FilledAmount.Amount) reading).value().toPlainString()).isEqualTo(exact);
    }

    @ParameterizedTest
    @ValueSource(strings = {"不适用", "-", "—", "/", "N/A", " 不适用 "})
    void marksOfNotApplicable(String typed) {
        assertThat(FilledAmount.read(typed, "吨")).isInstanceOf(FilledAmount.NotApplicable.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u3000"})
    void anEmptyCellIsBlank(String typed) {
        assertThat(FilledAmount.read(typed, "吨")).isInstanceOf(FilledAmount.Blank.class);
    }

    @Test
    void aUnitOfAnotherKindIsRefusedNamingTheRowsUnit() {
        assertThat(FilledAmount.read("12345千瓦时", "吨"))
                .isEqualTo(new FilledAmount.Refused("template.unitMismatch", List.of("12345千瓦时", "吨")));
        assertThat(FilledAmount.read("50%", "人"))
                .isEqualTo(new FilledAmount.Refused("template.unitMismatch", List.of("50%", "人")));
    }

    @Test
    void aScaleWordOtherThanTheUnitsOwnIsRefusedRatherThanGuessed() {
        assertThat(FilledAmount.read("1.2亿", "万元"))
                .isEqualTo(new FilledAmount.Refused("template.scaleMismatch", List.of("1.2亿", "万元")));
        assertThat(FilledAmount.read("1.2万", "亿元"))
                .isEqualTo(new FilledAmount.Refused("template.scaleMismatch", List.of("1.2万", "亿元")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"很多", "约1.2万", "12345（估算）", "12,34", "1.2.3", "12345 tons of it"})
    void anythingElseIsNotANumber(String typed) {
        assertThat(FilledAmount.read(typed, "吨"))
                .isEqualTo(new FilledAmount.Refused("data.notANumber", List.of(typed.strip())));
    }
}
