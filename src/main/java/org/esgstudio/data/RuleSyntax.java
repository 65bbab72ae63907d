package org.esgstudio.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The shape of a rule expression: indicator codes, numbers, + - * / ( ) and exactly one =. */
public final class RuleSyntax {
    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(?:(?<code>[A-Z][A-Z0-9_]*(?:\\.[A-Z0-9_]+)*)|(?<number>\\d+(?:\\.\\d+)?)|(?<op>[-+*/()=]))");

    private RuleSyntax() {
    }

    /** The codes an expression names, in order of appearance. */
    public static List<String> codes(String expression) {
        List<String> codes = new ArrayList<>();
        Matcher m = TOKEN.matcher(expression);
        while (m.lookingAt()) {
            if (m.group("code") != null && !codes.contains(m.group("code"))) {
                codes.add(m.group("code"));
            }
            m.region(m.end(), expression.length());
        }
        return codes;
    }

    /** What is wrong with the expression's shape, if anything (a message key and its argument). */
    public static Optional<String[]> problem(String expression) {
        Matcher m = TOKEN.matcher(expression);
        int equals = 0;
        int depth = 0;
        int position = 0;
        while (position < expression.length()) {
            m.region(position, expression.length());
            if (!m.lookingAt()) {
                if (expression.substring(position).isBlank()) {
                    break;
                }
                return Optional.of(new String[] {"rule.badCharacter", expression.substring(position).strip().substring(0, 1)});
            }
            String op = m.group("op");
            if ("=".equals(op)) {
                equals++;
            } else if ("(".equals(op)) {
                depth++;
            } else if (")".equals(op) && --depth < 0) {
                return Optional.of(new String[] {"rule.unbalanced", expression});
            }
            position = m.end();
        }
        if (depth != 0) {
            return Optional.of(new String[] {"rule.unbalanced", expression});
        }
        if (equals != 1) {
            return Optional.of(new String[] {"rule.oneEquals", expression});
        }
        return Optional.empty();
    }
}
