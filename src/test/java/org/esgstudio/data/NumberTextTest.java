package org.esgstudio.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberTextTest {

    @ParameterizedTest(name = "“{0}” reads as {1} with {2} decimals")
    @CsvSource(delimiter = '|', textBlock = """
            8214            | 8214         | 0
            10,745          | 10745        | 0
            1,234,567.891   | 1234567.891  | 3
            55.80           | 55.80        | 2
            0.0500          | 0.0500       | 4
            -3.5            | -3.5         | 1
            +12             | 12           | 0
            ' 42 '          | 42           | 0
            １２３．４５      | 123.45       | 2
            １０，７４５      | 10745        | 0
            －５．０         | -5.0         | 1
            1 234           | 1234         | 0
            """)
    void readsNumbersAsWrittenKeepingTheirDecimals(String text, String exact, int decimals) {
        BigDecimal value = NumberText.parse(text).orElseThrow();

        assertThat(value.toPlainString()).isEqualTo(exact);
        assertThat(NumberText.decimals(value)).isEqualTo(decimals);
    }

    @Test
    void fiftyFivePointEightyKeepsScaleTwoAndIsNotTheDoubleFiftyFivePointEight() {
        BigDecimal value = NumberText.parse("55.80").orElseThrow();

        assertThat(value.scale()).isEqualTo(2);
        assertThat(value).isNotEqualTo(new BigDecimal("55.8")).isEqualByComparingTo("55.8");
    }

    @ParameterizedTest(name = "“{0}” is not a number")
    @ValueSource(strings = {"1,23", "12,34.5", "1234,567", "abc", "约100", "1.2.3", ".5", "5.", "1e5", "12a", "",
        "--5", "10%", "1,23,456"})
    void rejectsTextThatIsNotANumber(String text) {
        assertThat(NumberText.parse(text)).isEmpty();
    }

    @ParameterizedTest(name = "“{0}” means not applicable")
    @ValueSource(strings = {"-", "—", "–", "/", "不适用", " 不适用 ", "N/A", "n/a", "NA", "－"})
    void recognisesNotApplicableMarks(String text) {
        assertThat(NumberText.isNotApplicable(text)).isTrue();
        assertThat(NumberText.parse(text)).isEmpty();
    }

    @ParameterizedTest(name = "“{0}” is not a not-applicable mark")
    @ValueSource(strings = {"0", "", "--", "无", "abc", "-1"})
    void otherTextIsNotANotApplicableMark(String text) {
        assertThat(NumberText.isNotApplicable(text)).isFalse();
    }

    @Test
    void decimalsOfAWholeNumberWithANegativeScaleAreZero() {
        assertThat(NumberText.decimals(new BigDecimal("1E+3"))).isZero();
        assertThat(NumberText.decimals(new BigDecimal("717"))).isZero();
    }
}
