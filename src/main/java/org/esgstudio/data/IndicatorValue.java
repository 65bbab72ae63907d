package org.esgstudio.data;

import java.math.BigDecimal;
import java.util.Objects;

/** The value of an indicator for a year, kept exactly as a decimal (never a double), with its note and origin. */
public record IndicatorValue(String code, int year, BigDecimal amount, ValueStatus status, String note,
                             Provenance provenance) {
    public IndicatorValue {
        Objects.requireNonNull(code, "code");
        status = Objects.requireNonNullElse(status, ValueStatus.REPORTED);
        if (status == ValueStatus.REPORTED) {
            Objects.requireNonNull(amount, "a reported value needs an amount");
        } else if (amount != null) {
            throw new IllegalArgumentException(code + "@" + year + ": a value marked not applicable has no amount");
        }
        note = Objects.requireNonNullElse(note, "");
        Objects.requireNonNull(provenance, "provenance");
    }

    public static IndicatorValue reported(String code, int year, BigDecimal amount, String note, Provenance provenance) {
        return new IndicatorValue(code, year, amount, ValueStatus.REPORTED, note, provenance);
    }

    public static IndicatorValue notApplicable(String code, int year, String note, Provenance provenance) {
        return new IndicatorValue(code, year, null, ValueStatus.NOT_APPLICABLE, note, provenance);
    }

    public boolean isReported() {
        return status == ValueStatus.REPORTED;
    }

    /** Same figure, note and status: what matters for "did this value change?" (not who typed it when). */
    public boolean sameContentAs(IndicatorValue other) {
        return other != null && code.equals(other.code) && year == other.year && status == other.status
                && note.equals(other.note)
                && (amount == null ? other.amount == null : other.amount != null && amount.compareTo(other.amount) == 0
                && amount.scale() == other.amount.scale());
    }
}
