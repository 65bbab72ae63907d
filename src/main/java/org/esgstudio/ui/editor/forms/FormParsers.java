package org.esgstudio.ui.editor.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.esgstudio.data.NumberText;

/** How form fields read typed text: years, whole numbers in a range, scores, lists of years, printed figures. */
final class FormParsers {
    private FormParsers() {
    }

    /** A reporting year (1900–2999); blank is "none" (null). */
    static Integer optionalYear(String text) {
        if (text.isBlank()) {
            return null;
        }
        return year(text);
    }

    static int year(String text) {
        int year = whole(text);
        if (year < 1900 || year > 2999) {
            throw new IllegalArgumentException("not a year: " + text);
        }
        return year;
    }

    /** A whole number from {@code min} to {@code max}; blank is null when {@code optional}. */
    static ParsedField.Parser<Integer> wholeIn(int min, int max, boolean optional) {
        return text -> {
            if (optional && text.isBlank()) {
                return null;
            }
            int value = whole(text);
            if (value < min || value > max) {
                throw new IllegalArgumentException(value + " is outside " + min + "–" + max);
            }
            return value;
        };
    }

    private static int whole(String text) {
        BigDecimal value = NumberText.parse(text).orElseThrow(() -> new IllegalArgumentException("not a number"));
        try {
            return value.intValueExact();
        } catch (ArithmeticException fraction) {
            throw new IllegalArgumentException("not a whole number: " + text, fraction);
        }
    }

    /** A materiality score, 0 to 5. */
    static Double score(String text) {
        BigDecimal value = NumberText.parse(text).orElseThrow(() -> new IllegalArgumentException("not a number"));
        double score = value.doubleValue();
        if (score < 0 || score > 5) {
            throw new IllegalArgumentException("score outside 0–5: " + text);
        }
        return score;
    }

    static String printScore(Double score) {
        if (score == null) {
            return "";
        }
        return BigDecimal.valueOf(score).stripTrailingZeros().toPlainString();
    }

    /** Years separated by commas, spaces or 、 ("2022, 2023, 2024"). */
    static List<Integer> years(String text) {
        List<Integer> years = new ArrayList<>();
        for (String part : text.split("[,，、;；\\s]+")) {
            if (!part.isBlank()) {
                years.add(year(part));
            }
        }
        return List.copyOf(years);
    }

    static String printYears(List<Integer> years) {
        return years.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /**
     * Whether a tile's printed value reads as a number: blank (not written yet), or digits with separators, with the
     * qualifier words a tile may carry (超 1,000, 600余).
     */
    static boolean isFigure(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return true;
        }
        s = s.replaceFirst("^(超过|超|逾|近|约|达)", "").replaceFirst("(余|多|\\+)$", "");
        return NumberText.parse(s).isPresent();
    }
}
