package org.esgstudio.figures;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.esgstudio.data.DataSet;
import org.esgstudio.data.Indicator;
import org.esgstudio.data.IndicatorValue;

/**
 * A stated change (同比增长 12.3%, 下降 5 个百分点, 较 2023 年提升 …) must agree with the two years' stored values at
 * the printed precision: a relative change in %, or a difference of two percentages in 个百分点. For an indicator
 * kept in %, a change written in % may be either (reports use both).
 */
public final class GrowthCheck implements Check {
    @Override
    public List<Finding> check(ValidationInput input) {
        List<Finding> findings = new ArrayList<>();
        for (Quote quote : input.quotes()) {
            evaluate(quote, input.data()).flatMap(Evaluation::finding).ifPresent(findings::add);
        }
        return findings;
    }

    /** A change statement checked: whether the two years' values were there, and the finding if it disagrees. */
    record Evaluation(Optional<Finding> finding) {
    }

    /** The check of one change statement; empty when it is not one or the store lacks a year's value. */
    static Optional<Evaluation> evaluate(Quote quote, DataSet data) {
        if (!Quotes.isChange(quote)) {
            return Optional.empty();
        }
        FigureMention mention = quote.mention();
        Indicator indicator = data.indicator(quote.indicator()).orElse(null);
        int base = mention.baseYear() != null ? mention.baseYear() : quote.year() - 1;
        IndicatorValue now = data.value(quote.indicator(), quote.year()).orElse(null);
        IndicatorValue before = data.value(quote.indicator(), base).orElse(null);
        if (indicator == null || now == null || before == null || !now.isReported() || !before.isReported()) {
            return Optional.empty();
        }
        BigDecimal written = mention.direction() == Direction.DECREASE ? mention.value().negate() : mention.value();
        BigDecimal points = now.amount().subtract(before.amount());
        boolean percentIndicator = "%".equals(indicator.unit().strip()) || "％".equals(indicator.unit().strip());
        boolean inPoints = mention.kind() == MentionKind.PERCENT_POINTS || mention.unit().contains("百分点");
        boolean absolute = !inPoints && !mention.unit().strip().equals("%") && !mention.unit().strip().equals("％");
        List<BigDecimal> acceptable = new ArrayList<>();
        if (absolute) {
            // 较上年增加 6 项, 缩短 1.9 天: a difference in the figure's own unit.
            acceptable.add(inWrittenUnit(points, mention, indicator));
        } else if (inPoints) {
            acceptable.add(points);
        } else {
            if (before.amount().signum() != 0) {
                acceptable.add(points.divide(before.amount().abs(), MathContext.DECIMAL64).movePointRight(2));
            }
            if (percentIndicator) {
                acceptable.add(points);
            }
        }
        if (acceptable.isEmpty()) {
            return Optional.empty();
        }
        boolean agrees = acceptable.stream().anyMatch(actual -> matches(written, mention, actual));
        if (!agrees) {
            BigDecimal shown = acceptable.get(0).setScale(Math.max(1, mention.decimals()), RoundingMode.HALF_UP);
            String expected = shown.toPlainString() + (absolute ? mention.unit() : inPoints ? "个百分点" : "%");
            return Optional.of(new Evaluation(Optional.of(new Finding(Severity.ERROR, FindingKind.GROWTH,
                    quote.indicator(), quote.year(), mention.raw(), expected, "check.growth",
                    new Object[] {indicator.name().zh(), mention.raw(), base, before.amount().toPlainString(),
                        quote.year(), now.amount().toPlainString(), expected},
                    quote.location(), quote.blockId()))));
        }
        return Optional.of(new Evaluation(Optional.empty()));
    }

    /** A difference of stored values in the written figure's unit (the same number when the units do not convert). */
    private static BigDecimal inWrittenUnit(BigDecimal difference, FigureMention mention, Indicator indicator) {
        var stored = org.esgstudio.data.Units.parse(indicator.unit());
        var written = org.esgstudio.data.Units.parse(mention.unit());
        if (stored.isPresent() && written.isPresent() && stored.get().compatible(written.get())) {
            return written.get().fromBase(stored.get().toBase(difference));
        }
        return difference;
    }

    /** Equal at the written precision (the change's sign must agree with 增长/下降). */
    private static boolean matches(BigDecimal written, FigureMention mention, BigDecimal actual) {
        int decimals = mention.decimals();
        BigDecimal rounded = actual.setScale(decimals, RoundingMode.HALF_UP);
        if (mention.qualifier() == Qualifier.NONE) {
            return rounded.compareTo(written.setScale(decimals, RoundingMode.HALF_UP)) == 0;
        }
        return FigureComparison.agrees(new FigureMention(0, 0, "", written.abs(), decimals, "", mention.qualifier(),
                MentionKind.FIGURE, Direction.NONE, null, null), actual.abs()) && actual.signum() == written.signum();
    }
}
