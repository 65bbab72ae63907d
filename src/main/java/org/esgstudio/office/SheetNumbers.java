package org.esgstudio.office;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** A stored spreadsheet number as the text its number format shows, exactly (read by {@link DataWorkbook}). */
final class SheetNumbers {
    /** 15 significant digits: what a spreadsheet stores exactly; drops binary artefacts like 0.30000000000000004. */
    private static final MathContext SPREADSHEET_PRECISION = new MathContext(15, RoundingMode.HALF_EVEN);

    private SheetNumbers() {
    }

    /**
     * The exact decimal text of a stored number under a number format: the decimals the format shows (rounded half up,
     * as spreadsheets do), a percentage as "12.50%", no thousands separators, currency signs or literal text;
     * {@code General} gives the number's own digits (at most 15 significant).
     */
    static String text(double value, String format) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "#NUM!";
        }
        BigDecimal number = new BigDecimal(Double.toString(value)).round(SPREADSHEET_PRECISION);
        NumberShape shape = NumberShape.of(format);
        if (shape.percent()) {
            number = number.movePointRight(2);
        }
        if (shape.thousandsScale() > 0) {
            number = number.movePointLeft(3 * shape.thousandsScale());
        }
        if (shape.general()) {
            number = number.stripTrailingZeros();
            if (number.scale() < 0) {
                number = number.setScale(0, RoundingMode.UNNECESSARY);
            }
        } else {
            number = number.setScale(shape.maxDecimals(), RoundingMode.HALF_UP);
            while (number.scale() > shape.minDecimals() && number.unscaledValue().mod(java.math.BigInteger.TEN).signum() == 0) {
                number = number.setScale(number.scale() - 1, RoundingMode.UNNECESSARY);
            }
        }
        return number.toPlainString() + (shape.percent() ? "%" : "");
    }

    /** What a number format does to the digits: decimals shown, percent, thousands scaling; or "as General". */
    record NumberShape(boolean general, int minDecimals, int maxDecimals, boolean percent, int thousandsScale) {
        static final NumberShape GENERAL = new NumberShape(true, 0, 0, false, 0);

        /** The shape of a format's first (positive) section; formats it cannot follow read as General. */
        static NumberShape of(String format) {
            if (format == null || format.isBlank()) {
                return GENERAL;
            }
            String core = firstSectionCore(format);
            String lower = core.toLowerCase(Locale.ROOT);
            boolean percent = core.indexOf('%') >= 0;
            if (lower.contains("general") || core.indexOf('@') >= 0 || lower.contains("e+") || lower.contains("e-")
                    || core.indexOf('/') >= 0) {
                return percent ? new NumberShape(true, 0, 0, true, 0) : GENERAL;
            }
            int lastPlaceholder = -1;
            for (int i = 0; i < core.length(); i++) {
                if (isPlaceholder(core.charAt(i))) {
                    lastPlaceholder = i;
                }
            }
            if (lastPlaceholder < 0) {
                return percent ? new NumberShape(true, 0, 0, true, 0) : GENERAL;
            }
            int scale = 0;
            for (int i = lastPlaceholder + 1; i < core.length() && core.charAt(i) == ','; i++) {
                scale++;
            }
            int point = core.indexOf('.');
            int min = 0;
            int max = 0;
            if (point >= 0) {
                for (int i = point + 1; i < core.length() && (isPlaceholder(core.charAt(i)) || core.charAt(i) == ','); i++) {
                    char c = core.charAt(i);
                    if (c == '0' || c == '?') {
                        min++;
                        max++;
                    } else if (c == '#') {
                        max++;
                    }
                }
            }
            return new NumberShape(false, min, max, percent, scale);
        }

        private static boolean isPlaceholder(char c) {
            return c == '0' || c == '#' || c == '?';
        }

        /** The first section of a format without quoted text, escapes, [colour]/[condition] blocks, _x and *x fills. */
        private static String firstSectionCore(String format) {
            StringBuilder core = new StringBuilder();
            for (int i = 0; i < format.length(); i++) {
                char c = format.charAt(i);
                if (c == ';') {
                    break;
                } else if (c == '"') {
                    int end = format.indexOf('"', i + 1);
                    i = end < 0 ? format.length() : end;
                } else if (c == '\\' || c == '_' || c == '*') {
                    i++;
                } else if (c == '[') {
                    int end = format.indexOf(']', i + 1);
                    i = end < 0 ? format.length() : end;
                } else {
                    core.append(c);
                }
            }
            return core.toString();
        }
    }
}
