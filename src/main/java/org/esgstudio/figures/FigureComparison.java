package org.esgstudio.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.esgstudio.data.FigureFormat;
import org.esgstudio.data.Indicator;
import org.esgstudio.data.IndicatorValue;
import org.esgstudio.data.Unit;
import org.esgstudio.data.Units;

/**
 * Compares a figure as written with the store's value, in the written figure's unit and at its printed precision,
 * honouring its qualifier: equal when rounded (plain); 0.9·X ≤ v ≤ X (近); v > X (超, 逾, 突破, X+); v ≥ X (达);
 * X ≤ v < X + one unit of X's last printed place (X余, X多); within ±5 % or equal when rounded (约); v < X (不足);
 * v ≤ X (以内, 不超过).
 */
public final class FigureComparison {
    private static final BigDecimal NEAR_FLOOR = new BigDecimal("0.9");
    private static final BigDecimal APPROX_BAND = new BigDecimal("0.05");

    private FigureComparison() {
    }

    /** The store's value expressed in the written figure's unit, or empty when the units do not convert. */
    public static Optional<BigDecimal> storedInWrittenUnit(FigureMention mention, Indicator indicator,
                                                           IndicatorValue value) {
        Optional<Unit> stored = Units.parse(indicator.unit());
        if (stored.isEmpty() || !value.isReported()) {
            return Optional.empty();
        }
        Optional<Unit> written = mention.unit().isEmpty() ? Optional.of(stored.get().baseUnit())
                : Units.parse(mention.unit());
        if (written.isEmpty() || !written.get().compatible(stored.get())) {
            return Optional.empty();
        }
        return Optional.of(written.get().fromBase(stored.get().toBase(value.amount())));
    }

    /** Whether the written figure agrees with the stored value {@code v} (both in the written unit). */
    public static boolean agrees(FigureMention mention, BigDecimal v) {
        BigDecimal x = mention.value();
        int decimals = mention.decimals();
        boolean equalWhenRounded = v.setScale(decimals, RoundingMode.HALF_UP).compareTo(x.setScale(decimals,
                RoundingMode.HALF_UP)) == 0;
        return switch (mention.qualifier()) {
            case NONE -> equalWhenRounded;
            case NEAR -> equalWhenRounded || (v.compareTo(x.multiply(NEAR_FLOOR)) >= 0 && v.compareTo(x) <= 0);
            case OVER -> v.compareTo(x) > 0;
            case REACH -> equalWhenRounded || v.compareTo(x) >= 0;
            case PLUS -> v.compareTo(x) >= 0 && v.compareTo(x.add(lastPlace(x, decimals))) < 0;
            case APPROX -> equalWhenRounded || v.subtract(x).abs().compareTo(x.abs().multiply(APPROX_BAND)) <= 0;
            case UNDER -> v.compareTo(x) < 0;
            case AT_MOST -> equalWhenRounded || v.compareTo(x) <= 0;
        };
    }

    /** One unit of the last printed place: 600 → 100, 1,760 → 10, 23 → 1, 1.5 → 0.1 (600余 means [600, 700)). */
    static BigDecimal lastPlace(BigDecimal x, int decimals) {
        if (decimals > 0) {
            return BigDecimal.ONE.movePointLeft(decimals);
        }
        BigDecimal integer = x.setScale(0, RoundingMode.DOWN).abs();
        if (integer.signum() == 0) {
            return BigDecimal.ONE;
        }
        int zeros = 0;
        BigDecimal rest = integer;
        while (rest.remainder(BigDecimal.TEN).signum() == 0) {
            rest = rest.divide(BigDecimal.TEN);
            zeros++;
        }
        return BigDecimal.ONE.movePointRight(zeros);
    }

    /** The stored value as the report should print it in the written figure's unit ("917次", "56.92亿元"). */
    public static String expected(FigureMention mention, Indicator indicator, BigDecimal v) {
        String unit = mention.unit().isEmpty() ? indicator.unit() : mention.unit();
        return FigureFormat.format(v, Math.max(0, mention.decimals())) + unit;
    }
}
