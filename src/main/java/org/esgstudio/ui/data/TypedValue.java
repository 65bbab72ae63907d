package org.esgstudio.ui.data;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.esgstudio.data.DataSet;
import org.esgstudio.data.Indicator;
import org.esgstudio.data.IndicatorValue;
import org.esgstudio.data.NumberText;
import org.esgstudio.data.Provenance;
import org.esgstudio.ui.common.I18n;
import org.esgstudio.ui.workspace.Edit;

/**
 * What a user typed into a value cell, read as the data workbooks are: a number ({@code 10,745}, {@code 55.80},
 * full-width digits, the indicator's unit after it), empty for not reported, {@code -} or {@code 不适用} for not
 * applicable; anything else is refused with a message saying what to type. A number with more decimals than the
 * indicator prints is refused too: the report would silently round it (6258.5 人 printed as 6,259).
 */
public record TypedValue(Kind kind, BigDecimal amount, String text, int decimals) {
    /** How the text reads. */
    public enum Kind {
        REPORTED, NOT_APPLICABLE, NOT_REPORTED, REFUSED
    }

    /**
     * Reads text typed for {@code indicator}, whose stored value is {@code current} (may be null): as many decimals
     * as the indicator prints are allowed, or as the stored value has (an imported ratio kept exactly can be
     * confirmed as it is).
     */
    public static TypedValue read(String text, Indicator indicator, IndicatorValue current) {
        int decimals = indicator.decimals();
        if (current != null && current.isReported()) {
            decimals = Math.max(decimals, NumberText.decimals(current.amount().stripTrailingZeros()));
        }
        return read(text, indicator.unit(), decimals);
    }

    /** Reads text typed for a value in {@code unit} printed with at most {@code decimals} decimals. */
    public static TypedValue read(String text, String unit, int decimals) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return new TypedValue(Kind.NOT_REPORTED, null, typed, decimals);
        }
        if (NumberText.isNotApplicable(typed)) {
            return new TypedValue(Kind.NOT_APPLICABLE, null, typed, decimals);
        }
        String number = withoutUnit(typed, unit);
        Optional<BigDecimal> amount = NumberText.parse(number);
        // 6,258.0 is 6,258: only decimals that are not zero count.
        if (amount.isEmpty() || NumberText.decimals(amount.get().stripTrailingZeros()) > decimals) {
            return new TypedValue(Kind.REFUSED, null, typed, decimals);
        }
        return new TypedValue(Kind.REPORTED, amount.get(), typed, decimals);
    }

    /** "1,200人" and "99.5%" are read as the number when the unit is the indicator's. */
    private static String withoutUnit(String typed, String unit) {
        if (unit != null && !unit.isBlank() && typed.endsWith(unit.strip()) && typed.length() > unit.strip().length()) {
            return typed.substring(0, typed.length() - unit.strip().length()).strip();
        }
        return typed;
    }

    public boolean refused() {
        return kind == Kind.REFUSED;
    }

    /** Why the text is refused and what to type instead. */
    public String problem() {
        if (!refused()) {
            return "";
        }
        Optional<BigDecimal> number = NumberText.parse(text);
        if (number.isPresent()) {
            return I18n.text("ui.data.value.tooManyDecimals", text,
                    NumberText.decimals(number.get().stripTrailingZeros()), decimals);
        }
        return I18n.text("ui.data.value.notANumber", text);
    }

    /**
     * The edit that stores this value for the indicator and year (typed by {@code author} at {@code at}, the value's
     * note kept), or empty when the store already holds it. A refused value has no edit.
     */
    public Optional<Edit> edit(Indicator indicator, int year, DataSet data, String author, Instant at) {
        if (refused()) {
            return Optional.empty();
        }
        String code = indicator.code();
        IndicatorValue old = data.value(code, year).orElse(null);
        String label = I18n.text("ui.data.edit.value", indicator.name().zh(), year);
        if (kind == Kind.NOT_REPORTED) {
            return old == null ? Optional.empty()
                    : Optional.of(Edit.data(label, store -> store.withoutValue(code, year)));
        }
        String note = old == null ? "" : old.note();
        Provenance typedIn = Provenance.typed(author, at);
        IndicatorValue value = kind == Kind.REPORTED ? IndicatorValue.reported(code, year, amount, note, typedIn)
                : IndicatorValue.notApplicable(code, year, note, typedIn);
        if (value.sameContentAs(old)) {
            return Optional.empty();
        }
        return Optional.of(Edit.data(label, store -> store.withValue(value)));
    }
}
