package org.esgstudio.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Prints figures as reports do: thousands separated by commas, the indicator's decimals kept (55.80), half-up. */
public final class FigureFormat {
    private FigureFormat() {
    }

    public static String format(BigDecimal value, int decimals) {
        BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_UP);
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(rounded);
    }

    /** The printed value of an indicator for a year, or null when it is not reported; "不适用"/"N/A" when not applicable. */
    public static String of(DataSet data, String code, int year, boolean english) {
        Indicator indicator = data.indicator(code).orElse(null);
        IndicatorValue value = data.value(code, year).orElse(null);
        if (indicator == null || value == null) {
            return null;
        }
        if (!value.isReported()) {
            return english ? "N/A" : "不适用";
        }
        return format(value.amount(), indicator.decimals());
    }
}
