package org.esgstudio.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitTest {

    @Test
    void factorsThatDifferOnlyInTrailingZerosMakeEqualUnits() {
        assertThat(new Unit("CNY", new BigDecimal("10000"))).isEqualTo(new Unit("CNY", new BigDecimal("1E+4")))
                .hasSameHashCodeAs(new Unit("CNY", new BigDecimal("1E+4")));
        assertThat(new Unit("t", new BigDecimal("0.0010"))).isEqualTo(new Unit("t", new BigDecimal("0.001")));
    }

    @ParameterizedTest(name = "dimension “{0}”, factor {1} is rejected")
    @CsvSource(delimiter = '|', textBlock = """
            CNY  | 0
            CNY  | -1
            ' '  | 1
            ''   | 1
            """)
    void rejectsNonPositiveFactorsAndBlankDimensions(String dimension, String factor) {
        assertThatThrownBy(() -> new Unit(dimension, new BigDecimal(factor)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} {1} is {2} in the base unit")
    @CsvSource(delimiter = '|', textBlock = """
            56.92    | 亿元     | 5692000000
            45.40    | 万度     | 454000
            2.30     | 千克     | 0.00230
            0.09     | 件/亿元  | 0.0000000009
            7337.7   | 亿元     | 733770000000
            1        | 万亿元    | 1000000000000
            0.5      | GW      | 500000
            5.70     | 吨/人    | 5.70
            """)
    void convertsToAndFromTheBaseExactly(String value, String unitText, String base) {
        Unit unit = Units.parse(unitText).orElseThrow();

        BigDecimal inBase = unit.toBase(new BigDecimal(value));

        assertThat(inBase.toPlainString()).isEqualTo(base);
        assertThat(unit.fromBase(inBase)).isEqualByComparingTo(value);
    }

    @Test
    void baseAmountsNeverCarryANegativeScale() {
        BigDecimal inBase = Units.parse("亿元").orElseThrow().toBase(new BigDecimal("56.92"));

        assertThat(inBase.scale()).isZero();
        assertThat(inBase.toString()).isEqualTo("5692000000");
    }

    @Test
    void aHandMadeFactorWhoseQuotientDoesNotTerminateThrowsRatherThanRounds() {
        Unit third = new Unit("x", new BigDecimal("3"));

        assertThatThrownBy(() -> third.fromBase(BigDecimal.ONE)).isInstanceOf(ArithmeticException.class);
    }

    @ParameterizedTest(name = "“{0}” prints as “{1}”")
    @CsvSource(delimiter = '|', textBlock = """
            元       | CNY
            亿元      | 1E+8 CNY
            千克      | 0.001 t
            吨/人     | t/person
            万人次     | 1E+4 count[人次]
            """)
    void printsTheFactorBeforeTheDimensionUnlessItIsOne(String text, String printed) {
        assertThat(Units.parse(text).orElseThrow()).hasToString(printed);
    }

    @Test
    void theBaseUnitOfAUnitHasFactorOne() {
        assertThat(Units.parse("万千瓦时").orElseThrow().baseUnit()).isEqualTo(Units.parse("千瓦时").orElseThrow());
    }
}
