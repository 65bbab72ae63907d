package org.esgstudio.figures;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number found in text, as numbers.md's output record describes it.
 *
 * @param start     offset of the first character of the mention (qualifier included) in the text given
 * @param end       offset after its last character (unit included)
 * @param raw       the text of the mention as written (start to end)
 * @param value     the number as written, digits only (Chinese numerals converted; 56.92 for 56.92亿元; 1 for 超万亿元)
 * @param decimals  decimals as printed (55.80 → 2)
 * @param unit      the unit text after the number, scale words included ("亿元", "万千瓦时", "人次", "%", "个百分点");
 *                  "" when none is written
 * @param qualifier how the figure relates to the true value
 * @param kind      what the number is (only figures are checked)
 * @param direction for change statements, which way (the value is then the size of the change)
 * @param baseYear  for change statements "较2022年…", the year compared with; else null
 * @param upper     for ranges, the upper bound as written; else null
 */
public record FigureMention(int start, int end, String raw, BigDecimal value, int decimals, String unit,
                            Qualifier qualifier, MentionKind kind, Direction direction, Integer baseYear,
                            BigDecimal upper) {
    public FigureMention {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(value, "value");
        unit = Objects.requireNonNullElse(unit, "");
        qualifier = Objects.requireNonNullElse(qualifier, Qualifier.NONE);
        Objects.requireNonNull(kind, "kind");
        direction = Objects.requireNonNullElse(direction, Direction.NONE);
    }

    public boolean isFigure() {
        return kind.isFigure();
    }
}
