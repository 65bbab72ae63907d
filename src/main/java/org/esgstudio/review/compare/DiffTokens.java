package org.esgstudio.review.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into the tokens a reviewer compares: a whole number with its separators and decimals ({@code 98,652},
 * {@code 5.43}, full-width digits too), a Latin word ({@code ISO14001}), a run of spaces, an inline mark of the
 * report's markup ({@code **}, {@code [^n1]}, {@code {{CODE@2024}}}), and otherwise one character: Chinese is
 * compared character by character, so "98,652" → "97,120" is one replaced token, not four replaced digits.
 */
final class DiffTokens {
    private DiffTokens() {
    }

    static List<String> of(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int end = end(text, i);
            tokens.add(text.substring(i, end));
            i = end;
        }
        return tokens;
    }

    private static int end(String text, int start) {
        char c = text.charAt(start);
        if (isDigit(c)) {
            int i = start + 1;
            while (i < text.length()) {
                char d = text.charAt(i);
                if (isDigit(d)) {
                    i++;
                } else if ((d == ',' || d == '.' || d == '．') && i + 1 < text.length()
                        && isDigit(text.charAt(i + 1))) {
                    i += 2;
                } else {
                    break;
                }
            }
            return i;
        }
        if (isLatin(c)) {
            int i = start + 1;
            while (i < text.length() && (isLatin(text.charAt(i)) || isDigit(text.charAt(i))
                    || text.charAt(i) == '\'' && i + 1 < text.length() && isLatin(text.charAt(i + 1)))) {
                i++;
            }
            return i;
        }
        if (c == ' ' || c == '\t' || c == '\u00A0') {
            int i = start + 1;
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\u00A0')) {
                i++;
            }
            return i;
        }
        if (c == '\\' && start + 1 < text.length()) {
            return start + 2;
        }
        if (text.startsWith("**", start)) {
            return start + 2;
        }
        if (text.startsWith("[^", start) || text.startsWith("{{", start)) {
            int close = text.indexOf(text.charAt(start) == '[' ? "]" : "}}", start + 2);
            if (close > 0) {
                return close + (text.charAt(start) == '[' ? 1 : 2);
            }
        }
        return start + Character.charCount(text.codePointAt(start));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    private static boolean isLatin(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 'ａ' && c <= 'ｚ' || c >= 'Ａ' && c <= 'Ｚ'
                || c >= '\u00C0' && c <= '\u024F' && c != '\u00D7' && c != '\u00F7';
    }
}
