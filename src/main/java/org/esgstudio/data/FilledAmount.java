package org.esgstudio.data;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a person typed into a value cell of a data-collection template, against the indicator's unit: a number
 * as {@link NumberText} reads it ({@code 12,345}, full-width digits, spaces around), a number followed by the unit
 * repeated ({@code 12345吨}, {@code 99.86%}) or by a compatible unit ({@code 1.2万吨} in a 吨 row is 12000), a number with
 * a scale word ({@code 1.2万}: 12000 in a 吨 row, but 1.2 in a 万元 row, where 万 only repeats the unit), or a mark of
 * not applicable ({@code 不适用}, {@code -}). Anything else is refused with a reason.
 */
public final class FilledAmount {
    /** Scale words a unit may begin with (万元, 亿元, 万亿元 …); 千 is left out, since 千克 and 千瓦时 are units of their own. */
    private static final List<String> UNIT_SCALES = List.of("万亿", "千万", "百万", "亿", "万");
    private static final Pattern LEADING_NUMBER = Pattern.compile("([-+]?\\d[\\d,]*(?:\\.\\d+)?)(.*)");

    private FilledAmount() {
    }

    /** What a cell says: nothing, not applicable, an amount in the indicator's unit, or a refusal (message key, args). */
    public sealed interface Reading permits Blank, NotApplicable, Amount, Refused {
    }

    /** An empty cell: not filled in. */
    public record Blank() implements Reading {
    }

    public record NotApplicable() implements Reading {
    }

    /** The amount in the indicator's unit, exact. */
    public record Amount(BigDecimal value) implements Reading {
    }

    /** Not readable as a value of this indicator: a message key of the {@code data.*} or {@code template.*} family. */
    public record Refused(String key, List<Object> args) implements Reading {
    }

    /** Reads {@code text} as a value in {@code unit} (the indicator's unit as written in the store). */
    public static Reading read(String text, String unit) {
        String written = text.strip();
        if (NumberText.normalise(written).isEmpty()) {
            return new Blank();
        }
        if (NumberText.isNotApplicable(written)) {
            return new NotApplicable();
        }
        Optional<BigDecimal> plain = NumberText.parse(written);
        if (plain.isPresent()) {
            return new Amount(plain.get());
        }
        Matcher m = LEADING_NUMBER.matcher(NumberText.normalise(written));
        Optional<BigDecimal> number = m.matches() ? NumberText.parse(m.group(1)) : Optional.empty();
        if (number.isEmpty()) {
            return refused("data.notANumber", written);
        }
        return withSuffix(written, number.get(), m.group(2), unit);
    }

    private static Reading withSuffix(String written, BigDecimal number, String suffix, String unit) {
        Optional<Unit> typed = Units.parse(suffix);
        Optional<Unit> own = Units.parse(unit);
        if (typed.isEmpty() || own.isEmpty()) {
            return refused("data.notANumber", written);
        }
        if (isBareScale(typed.get()) && !own.get().dimension().equals("count")) {
            return scaled(written, number, suffix, typed.get().factor(), unit);
        }
        if (!typed.get().compatible(own.get())) {
            return refused("template.unitMismatch", written, unit);
        }
        if (typed.get().equals(own.get())) {
            return new Amount(number); // the unit repeated: 12345吨 in a 吨 row, 99.86% in a % row
        }
        return new Amount(tidy(new Quantity(number, typed.get()).in(own.get()).value()));
    }

    /** 1.2万 in a row whose unit has no scale of its own is 12000; in a 万元 row the 万 repeats the unit. */
    private static Reading scaled(String written, BigDecimal number, String scaleWord, BigDecimal factor, String unit) {
        String ownScale = unitScale(unit);
        if (ownScale.equals(Units.normalise(scaleWord))) {
            return new Amount(number);
        }
        if (!ownScale.isEmpty()) {
            return refused("template.scaleMismatch", written, unit);
        }
        return new Amount(tidy(number.multiply(factor)));
    }

    /** A scale word alone (万, 亿): Units reads it as a count multiplier without a measure word. */
    private static boolean isBareScale(Unit unit) {
        return unit.dimension().equals("count") && unit.factor().compareTo(BigDecimal.ONE) > 0;
    }

    private static String unitScale(String unit) {
        String normal = Units.normalise(unit);
        for (String scale : UNIT_SCALES) {
            if (normal.startsWith(scale) && normal.length() > scale.length()) {
                return scale;
            }
        }
        return "";
    }

    /** A scaled or converted amount keeps no meaningless trailing zeros (1.2 × 10⁴ is 12000, not 12000.0). */
    private static BigDecimal tidy(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Refused refused(String key, Object... args) {
        return new Refused(key, List.of(args));
    }
}
