package org.esgstudio.data;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An exact amount in a unit: 56.92 亿元, 45.40 万度. Converts exactly between compatible units (56.92 亿元 is
 * 569,200 万元) and compares across them.
 *
 * <p>The record's {@code equals} compares value and unit as written (1.34 亿元 is not <i>equal</i> to 13,400 万元);
 * {@link #compareTo} and {@link #isEquivalentTo} compare amounts, so the natural order is inconsistent with equals,
 * as for {@link BigDecimal}.
 */
public record Quantity(BigDecimal value, Unit unit) implements Comparable<Quantity> {

    public Quantity {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }

    /** An amount in a unit written as text ("亿元", "吨/人"); throws IllegalArgumentException for an unknown unit. */
    public static Quantity of(BigDecimal value, String unitText) {
        return new Quantity(value, unitOf(unitText));
    }

    /** This amount in another unit, exactly; throws IllegalArgumentException when the units are incompatible. */
    public Quantity in(Unit other) {
        requireCompatible(other);
        BigDecimal ratio;
        try {
            ratio = unit.factor().divide(other.factor()); // a power of ten: the value keeps its printed decimals
        } catch (ArithmeticException notTerminating) {
            return new Quantity(other.fromBase(unit.toBase(value)), other);
        }
        return new Quantity(Unit.wholeScale(value.multiply(ratio)), other);
    }

    /** This amount in a unit written as text; throws IllegalArgumentException for an unknown or incompatible unit. */
    public Quantity in(String unitText) {
        return in(unitOf(unitText));
    }

    /** This amount in the base unit of its dimension (亿元 → CNY, 万度 → kWh). */
    public Quantity inBase() {
        return in(unit.baseUnit());
    }

    /** Whether this amount can be compared with another (the units share a dimension). */
    public boolean isCompatibleWith(Quantity other) {
        return unit.compatible(other.unit);
    }

    /** Whether the two amounts are the same: compatible units and equal values in the base unit. */
    public boolean isEquivalentTo(Quantity other) {
        return isCompatibleWith(other) && compareTo(other) == 0;
    }

    /** Compares the amounts in the base unit; throws IllegalArgumentException when the units are incompatible. */
    @Override
    public int compareTo(Quantity other) {
        requireCompatible(other.unit);
        return unit.toBase(value).compareTo(other.unit.toBase(other.value));
    }

    private void requireCompatible(Unit other) {
        if (!unit.compatible(other)) {
            throw new IllegalArgumentException("cannot convert " + unit + " to " + other + ": different dimensions");
        }
    }

    private static Unit unitOf(String unitText) {
        return Units.parse(unitText)
                .orElseThrow(() -> new IllegalArgumentException("unknown unit “" + unitText + "”"));
    }

    @Override
    public String toString() {
        return value.toPlainString() + " " + unit;
    }
}
