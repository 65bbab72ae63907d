package org.esgstudio.figures;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.esgstudio.data.FigureFormat;
import org.esgstudio.data.Indicator;
import org.esgstudio.data.IndicatorValue;

/** A value that changed by more than the threshold since the year before must carry a note explaining why. */
public final class YearOnYearCheck implements Check {
    @Override
    public List<Finding> check(ValidationInput input) {
        List<Finding> findings = new ArrayList<>();
        for (Indicator indicator : input.data().indicators()) {
            IndicatorValue now = input.data().value(indicator.code(), input.year()).orElse(null);
            IndicatorValue before = input.data().value(indicator.code(), input.year() - 1).orElse(null);
            if (now == null || before == null || !now.isReported() || !before.isReported() || !now.note().isBlank()) {
                continue;
            }
            BigDecimal base = before.amount();
            if (base.signum() == 0) {
                continue;
            }
            BigDecimal change = now.amount().subtract(base).divide(base.abs(), MathContext.DECIMAL64);
            if (change.abs().compareTo(input.options().yoyThreshold()) > 0) {
                String percent = change.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString();
                String then = printed(before.amount(), indicator);
                String current = printed(now.amount(), indicator);
                findings.add(new Finding(Severity.WARNING, FindingKind.YOY, indicator.code(), input.year(),
                        current, then, "check.yoy",
                        new Object[] {indicator.name().zh(), input.year() - 1, then, input.year(), current, percent},
                        "", null));
            }
        }
        return findings;
    }

    /** 214,348.00吨: the value as the store holds it, with separators and the unit. */
    private static String printed(BigDecimal amount, Indicator indicator) {
        return FigureFormat.format(amount, Math.max(0, amount.scale())) + indicator.unit();
    }
}
