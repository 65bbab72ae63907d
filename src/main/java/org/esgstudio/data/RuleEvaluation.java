package org.esgstudio.data;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Evaluates a rule for one year with exact decimals: it holds when the left indicator's value equals the right side
 * rounded (half up) to the left indicator's printed decimals, so that 0.49 = 347.89 / 717 holds.
 */
public record RuleEvaluation(Rule rule, int year, BigDecimal left, BigDecimal right, BigDecimal rounded) {
    private static final MathContext PRECISION = MathContext.DECIMAL128;

    public boolean holds() {
        return left.compareTo(rounded) == 0;
    }

    /** The evaluation, or empty when a value it needs is not reported for that year (nothing to check). */
    public static Optional<RuleEvaluation> of(Rule rule, int year, DataSet data) {
        int equals = rule.expression().indexOf('=');
        if (equals < 0 || RuleSyntax.problem(rule.expression()).isPresent()) {
            throw new IllegalArgumentException("rule “" + rule.name() + "” is not an equation: " + rule.expression());
        }
        String leftCode = rule.expression().substring(0, equals).strip();
        Indicator leftIndicator = data.indicator(leftCode).orElseThrow(() ->
                new IllegalArgumentException("the left side of rule “" + rule.name() + "” must be one indicator code"));
        Optional<BigDecimal> left = amount(leftCode, year, data);
        Optional<BigDecimal> right = new Parser(rule.expression().substring(equals + 1), year, data).expression();
        if (left.isEmpty() || right.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal rounded = right.get().setScale(leftIndicator.decimals(), RoundingMode.HALF_UP);
        return Optional.of(new RuleEvaluation(rule, year, left.get(), right.get(), rounded));
    }

    private static Optional<BigDecimal> amount(String code, int year, DataSet data) {
        return data.value(code, year).filter(IndicatorValue::isReported).map(IndicatorValue::amount);
    }

    /** Recursive descent over + - * / ( ), codes and numbers; an unreported value makes the whole side empty. */
    private static final class Parser {
        private final String text;
        private final int year;
        private final DataSet data;
        private int at;

        Parser(String text, int year, DataSet data) {
            this.text = text;
            this.year = year;
            this.data = data;
        }

        Optional<BigDecimal> expression() {
            Optional<BigDecimal> value = term();
            while (true) {
                char op = peek();
                if (op != '+' && op != '-') {
                    return value;
                }
                at++;
                Optional<BigDecimal> next = term();
                value = value.isEmpty() || next.isEmpty() ? Optional.empty()
                        : Optional.of(op == '+' ? value.get().add(next.get()) : value.get().subtract(next.get()));
            }
        }

        private Optional<BigDecimal> term() {
            Optional<BigDecimal> value = factor();
            while (true) {
                char op = peek();
                if (op != '*' && op != '/') {
                    return value;
                }
                at++;
                Optional<BigDecimal> next = factor();
                if (value.isEmpty() || next.isEmpty()) {
                    value = Optional.empty();
                } else if (op == '*') {
                    value = Optional.of(value.get().multiply(next.get()));
                } else if (next.get().signum() == 0) {
                    value = Optional.empty();
                } else {
                    value = Optional.of(value.get().divide(next.get(), PRECISION));
                }
            }
        }

        private Optional<BigDecimal> factor() {
            char c = peek();
            if (c == '(') {
                at++;
                Optional<BigDecimal> inner = expression();
                if (peek() != ')') {
                    throw new IllegalArgumentException("a bracket is not closed in " + text);
                }
                at++;
                return inner;
            }
            if (c == '-') {
                at++;
                return factor().map(BigDecimal::negate);
            }
            int start = at;
            while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '.'
                    || text.charAt(at) == '_')) {
                at++;
            }
            String token = text.substring(start, at);
            if (token.isEmpty()) {
                throw new IllegalArgumentException("a value is missing at character " + (start + 1) + " of " + text);
            }
            if (Character.isDigit(token.charAt(0))) {
                return Optional.of(new BigDecimal(token));
            }
            if (!data.hasIndicator(token)) {
                throw new IllegalArgumentException("unknown indicator " + token + " in " + text);
            }
            return amount(token, year, data);
        }

        private char peek() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            return at < text.length() ? text.charAt(at) : '\0';
        }
    }
}
