package org.esgstudio.data;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads numbers as people type them in data files: 10,745 / 55.80 / full-width digits; keeps the decimals written. */
public final class NumberText {
    private static final Pattern PLAIN = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Set<String> NOT_APPLICABLE = Set.of("-", "—", "–", "/", "不适用", "N/A", "n/a", "NA");

    private NumberText() {
    }

    public static boolean isNotApplicable(String text) {
        return NOT_APPLICABLE.contains(normalise(text));
    }

    /** The exact decimal the text writes, or empty when it is not a number. */
    public static Optional<BigDecimal> parse(String text) {
        String s = normalise(text);
        if (PLAIN.matcher(s).matches()) {
            return Optional.of(new BigDecimal(s.startsWith("+") ? s.substring(1) : s));
        }
        if (GROUPED.matcher(s).matches()) {
            String plain = s.replace(",", "");
            return Optional.of(new BigDecimal(plain.startsWith("+") ? plain.substring(1) : plain));
        }
        return Optional.empty();
    }

    /** Full-width digits and signs to ASCII, spaces removed. */
    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                out.append((char) ('0' + (c - '０')));
            } else if (c == '．') {
                out.append('.');
            } else if (c == '，') {
                out.append(',');
            } else if (c == '－') {
                out.append('-');
            } else if (c == '＋') {
                out.append('+');
            } else if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\u3000') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The number of decimals a value is written with (55.80 → 2, 717 → 0). */
    public static int decimals(BigDecimal value) {
        return Math.max(0, value.scale());
    }
}
