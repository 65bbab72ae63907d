package org.esgstudio.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityTest {

    private static Quantity q(String value, String unit) {
        return Quantity.of(new BigDecimal(value), unit);
    }

    @ParameterizedTest(name = "{0} {1} is {3} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            56.92      | 亿元      | 万元      | 569200
            45.40      | 万度      | kWh     | 454000
            45.40      | 万度      | 千瓦时    | 454000
            1.34       | 亿元      | 万元      | 13400
            13400      | 万元      | 亿元      | 1.3400
            2.30       | 吨       | 千克      | 2300
            726.70     | 千克      | 吨       | 0.72670
            7337.7     | 亿元      | 元       | 733770000000
            1          | 万亿元    | 亿元      | 10000
            28         | 亿 kWh   | 兆瓦时    | 2800000
            3          | GW      | MW      | 3000
            500        | MW      | GW      | 0.500
            9860.92    | 万亩      | 亩       | 98609200
            2.76       | 万平方米   | 平米      | 27600
            1.39       | 万件      | 件       | 13900
            5.70       | 吨/人     | 千克/人    | 5700
            0.09       | 件/亿元    | 件/万元    | 0.000009
            22.0       | 万元      | 元       | 220000
            365.28     | 万户/次    | 户次      | 3652800
            """)
    void convertsExactlyBetweenCompatibleUnits(String value, String from, String to, String expected) {
        Quantity converted = q(value, from).in(to);

        assertThat(converted.value().toPlainString()).isEqualTo(expected);
        assertThat(converted.unit()).isEqualTo(Units.parse(to).orElseThrow());
    }

    @Test
    void fiftySixPointNineTwoYiYuanIsFiveHundredSixtyNineThousandTwoHundredWanYuan() {
        Quantity premium = q("56.92", "亿元");

        assertThat(premium.in("万元").value()).isEqualByComparingTo("569200");
        assertThat(premium).isEqualByComparingTo(q("569200", "万元"));
        assertThat(premium.isEquivalentTo(q("569200", "万元"))).isTrue();
    }

    @Test
    void fortyFivePointFourWanDuIsFourHundredFiftyFourThousandKilowattHours() {
        assertThat(q("45.40", "万度").isEquivalentTo(q("454000", "kWh"))).isTrue();
        assertThat(q("45.40", "万度").inBase()).isEqualTo(new Quantity(new BigDecimal("454000"), Unit.base("kWh")));
    }

    @ParameterizedTest(name = "{0} {1} compared with {2} {3} is {4}")
    @CsvSource(delimiter = '|', textBlock = """
            1.34   | 亿元  | 13400  | 万元  | 0
            1.34   | 亿元  | 13399  | 万元  | 1
            1.34   | 亿元  | 13401  | 万元  | -1
            2.30   | 吨   | 2300   | 千克  | 0
            2.30   | 吨   | 2301   | 千克  | -1
            311248 | 人次  | 31.1248 | 万人次 | 0
            3      | GW  | 2999   | MW   | 1
            """)
    void comparesAmountsAcrossCompatibleUnits(String a, String unitA, String b, String unitB, int sign) {
        assertThat(Integer.signum(q(a, unitA).compareTo(q(b, unitB)))).isEqualTo(sign);
        assertThat(Integer.signum(q(b, unitB).compareTo(q(a, unitA)))).isEqualTo(-sign);
    }

    @Test
    void equalsComparesTheAmountAsWrittenWhileEquivalenceComparesTheAmount() {
        Quantity yi = q("1.34", "亿元");
        Quantity wan = q("13400", "万元");

        assertThat(yi).isNotEqualTo(wan);
        assertThat(yi.isEquivalentTo(wan)).isTrue();
        assertThat(yi).isEqualTo(q("1.34", "亿 元"));
    }

    @Test
    void tonnesAndKilogramsConvertBothWays() {
        assertThat(q("1", "吨").in("千克").value()).isEqualByComparingTo("1000");
        assertThat(q("1", "千克").in("吨").value()).isEqualByComparingTo("0.001");
        assertThat(q("214348.00", "吨").in("千克").in("吨").value()).isEqualByComparingTo("214348.00");
    }

    @ParameterizedTest(name = "{0} cannot be converted to {1}")
    @CsvSource(delimiter = '|', textBlock = """
            人     | 人次
            吨/人   | 吨
            %     | 个百分点
            家     | 户
            吨     | 立方米
            万     | 万人
            亩     | 平方米
            """)
    void refusesToConvertOrCompareIncompatibleUnits(String from, String to) {
        Quantity a = q("1", from);
        Quantity b = q("1", to);

        assertThatThrownBy(() -> a.in(to)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("convert");
        assertThatThrownBy(() -> a.compareTo(b)).isInstanceOf(IllegalArgumentException.class);
        assertThat(a.isCompatibleWith(b)).isFalse();
        assertThat(a.isEquivalentTo(b)).isFalse();
    }

    @Test
    void conversionsKeepEveryDigitWithoutRounding() {
        Quantity huge = q("123456789.123456789", "亿元");

        assertThat(huge.in("元").value().toPlainString()).isEqualTo("12345678912345678.9");
        assertThat(huge.in("元").in("万亿元").value()).isEqualByComparingTo("12345.6789123456789");
        assertThat(q("0.000000001", "亿元").in("元").value()).isEqualByComparingTo("0.1");
    }

    @Test
    void anUnknownUnitIsRejected() {
        assertThatThrownBy(() -> q("1", "furlong")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("furlong");
        assertThatThrownBy(() -> q("1", "吨").in("亿万")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sortsAmountsWrittenInDifferentUnits() {
        List<Quantity> amounts = new ArrayList<>(List.of(q("1.34", "亿元"), q("9000", "万元"), q("200000000", "元"),
                q("0.001", "万亿元")));

        Collections.sort(amounts);

        assertThat(amounts).containsExactly(q("9000", "万元"), q("1.34", "亿元"), q("200000000", "元"),
                q("0.001", "万亿元"));
    }

    @Test
    void printsThePlainValueAndTheUnit() {
        assertThat(q("56.92", "亿元")).hasToString("56.92 1E+8 CNY");
    }
}
