package org.esgstudio.ui.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.esgstudio.data.DataSet;
import org.esgstudio.data.FigureFormat;
import org.esgstudio.data.Rule;
import org.esgstudio.data.RuleEvaluation;
import org.esgstudio.ui.common.I18n;

/** A rule of the store and, per year, whether it holds (with the two sides when it does not). */
public record RuleStatus(Rule rule, Map<Integer, Check> checks) {
    /** The rule for one year. */
    public enum Outcome {
        HOLDS, FAILS, NO_DATA, INVALID
    }

    /** The outcome for one year and what it says in a tooltip. */
    public record Check(Outcome outcome, String detail) {
    }

    public RuleStatus {
        checks = Map.copyOf(checks);
    }

    public static List<RuleStatus> of(DataSet data, List<Integer> years) {
        List<RuleStatus> statuses = new ArrayList<>();
        for (Rule rule : data.rules()) {
            Map<Integer, Check> checks = new LinkedHashMap<>();
            for (int year : years) {
                checks.put(year, check(rule, year, data));
            }
            statuses.add(new RuleStatus(rule, checks));
        }
        return statuses;
    }

    private static Check check(Rule rule, int year, DataSet data) {
        Optional<RuleEvaluation> evaluation;
        try {
            evaluation = RuleEvaluation.of(rule, year, data);
        } catch (IllegalArgumentException e) {
            // A rule the store holds but cannot evaluate (an indicator since removed): say so, do not fail the page.
            return new Check(Outcome.INVALID, e.getMessage());
        }
        if (evaluation.isEmpty()) {
            return new Check(Outcome.NO_DATA, I18n.text("ui.data.rules.noData", year));
        }
        RuleEvaluation result = evaluation.get();
        int decimals = Math.max(0, result.rounded().scale());
        String left = FigureFormat.format(result.left(), decimals);
        String right = FigureFormat.format(result.rounded(), decimals);
        return result.holds() ? new Check(Outcome.HOLDS, I18n.text("ui.data.rules.holds", left))
                : new Check(Outcome.FAILS, I18n.text("ui.data.rules.fails", left, right));
    }

    public Check check(int year) {
        return checks.getOrDefault(year, new Check(Outcome.NO_DATA, ""));
    }

    public boolean fails() {
        return checks.values().stream().anyMatch(check -> check.outcome() == Outcome.FAILS);
    }
}
