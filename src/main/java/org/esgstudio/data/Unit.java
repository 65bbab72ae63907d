package org.esgstudio.data;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A unit of measure: a dimension (named by its canonical base unit, for example {@code CNY}, {@code count[人]},
 * {@code t}, {@code kWh}, {@code t/person}) and the exact factor that turns an amount in this unit into the base
 * (万元 is {@code CNY} × 10⁴, 千克 is {@code t} × 0.001). Two units are {@linkplain #compatible(Unit) compatible}
 * when they share the dimension; only then can amounts be converted between them.
 *
 * <p>The factor is kept without trailing zeros, so equal units are equal records ({@code new Unit("CNY", 10000)}
 * equals {@code new Unit("CNY", 1E+4)}). {@link Units#parse(String)} reads units from report text; see {@link Units}
 * for the dimensions it knows.
 */
public record Unit(String dimension, BigDecimal factor) {

    public Unit {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(factor, "factor");
        if (dimension.isBlank()) {
            throw new IllegalArgumentException("a unit needs a dimension");
        }
        if (factor.signum() <= 0) {
            throw new IllegalArgumentException("the factor of a unit must be positive, not " + factor);
        }
        factor = factor.stripTrailingZeros();
    }

    /** The base unit of a dimension: factor 1. */
    public static Unit base(String dimension) {
        return new Unit(dimension, BigDecimal.ONE);
    }

    /** The base unit of this unit's dimension. */
    public Unit baseUnit() {
        return base(dimension);
    }

    /** Whether amounts in the two units can be converted into each other (the same dimension). */
    public boolean compatible(Unit other) {
        return other != null && dimension.equals(other.dimension);
    }

    /** An amount in this unit, expressed in the base unit: exact (never rounded), with no negative scale. */
    public BigDecimal toBase(BigDecimal value) {
        return wholeScale(value.multiply(factor));
    }

    /**
     * An amount in the base unit, expressed in this unit: exact, with no negative scale. Every factor
     * {@link Units} makes is a power of ten, so the division always terminates; a hand-made factor whose
     * quotient does not terminate throws {@link ArithmeticException} rather than rounding.
     */
    public BigDecimal fromBase(BigDecimal value) {
        return wholeScale(value.divide(factor));
    }

    static BigDecimal wholeScale(BigDecimal value) {
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /** The dimension, preceded by the factor unless it is 1: {@code CNY}, {@code 1E+8 CNY}, {@code 0.001 t}. */
    @Override
    public String toString() {
        return factor.compareTo(BigDecimal.ONE) == 0 ? dimension : factor + " " + dimension;
    }
}
