package org.esgstudio.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.esgstudio.model.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleEvaluationTest {
    private static final Provenance TYPED = Provenance.typed("test", Instant.EPOCH);

    private static Indicator indicator(String code, int decimals) {
        return new Indicator(code, LocalizedText.zh(code), List.of(), "吨", decimals, "", "", "", List.of());
    }

    private static IndicatorValue value(String code, String amount) {
        return IndicatorValue.reported(code, 2023, new BigDecimal(amount), "", TYPED);
    }

    /** The JD Allianz 2023 figures of reference/kpi_jdallianz_2023.csv: 347.89 t over 717 people printed as 0.49. */
    private static final DataSet GHG = new DataSet(
            List.of(indicator("E.GHG.TOTAL", 2), indicator("E.GHG.INTENSITY", 2), indicator("S.EMP.TOTAL", 0),
                    indicator("E.GHG.S1", 2), indicator("E.GHG.S2", 2), indicator("E.GHG.S3", 2),
                    indicator("E.GHG.EMPTY", 2)),
            List.of(value("E.GHG.TOTAL", "347.89"), value("E.GHG.INTENSITY", "0.49"), value("S.EMP.TOTAL", "717"),
                    value("E.GHG.S1", "0"), value("E.GHG.S2", "0"), value("E.GHG.S3", "347.89"),
                    IndicatorValue.notApplicable("E.GHG.EMPTY", 2023, "", TYPED)),
            List.of());

    private static RuleEvaluation evaluate(String expression) {
        return RuleEvaluation.of(new Rule("r", expression), 2023, GHG).orElseThrow();
    }

    @Test
    void aRatioHoldsWhenItsRightSideRoundsToThePrintedDecimals() {
        RuleEvaluation evaluation = evaluate("E.GHG.INTENSITY = E.GHG.TOTAL / S.EMP.TOTAL");

        assertThat(evaluation.holds()).isTrue();
        assertThat(evaluation.rounded()).isEqualByComparingTo("0.49");
        assertThat(evaluation.right()).isBetween(new BigDecimal("0.4852"), new BigDecimal("0.4853"));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            E.GHG.TOTAL = E.GHG.S1 + E.GHG.S2 + E.GHG.S3,           true
            E.GHG.TOTAL = E.GHG.S1 + E.GHG.S2,                      false
            E.GHG.TOTAL = (E.GHG.S3 + E.GHG.S1) * 1,                true
            E.GHG.INTENSITY = E.GHG.TOTAL / S.EMP.TOTAL * 100 / 100, true
            E.GHG.INTENSITY = E.GHG.TOTAL / (S.EMP.TOTAL - 17),      false
            E.GHG.TOTAL = -E.GHG.S3 + 2 * E.GHG.S3,                 true
            """)
    void evaluatesSumsProductsBracketsAndConstantsExactly(String expression, boolean holds) {
        assertThat(evaluate(expression).holds()).isEqualTo(holds);
    }

    @Test
    void aRuleNeedingAValueThatIsNotReportedHasNothingToCheck() {
        assertThat(RuleEvaluation.of(new Rule("r", "E.GHG.TOTAL = E.GHG.EMPTY + E.GHG.S3"), 2023, GHG)).isEmpty();
        assertThat(RuleEvaluation.of(new Rule("r", "E.GHG.TOTAL = E.GHG.S3"), 2022, GHG)).isEmpty();
    }

    @Test
    void divisionByZeroHasNothingToCheckRatherThanFailing() {
        assertThat(RuleEvaluation.of(new Rule("r", "E.GHG.INTENSITY = E.GHG.TOTAL / E.GHG.S1"), 2023, GHG)).isEmpty();
    }

    @Test
    void theLeftSideMustBeOneIndicator() {
        assertThatThrownBy(() -> evaluate("E.GHG.S1 + E.GHG.S2 = E.GHG.TOTAL"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("left side");
    }
}
