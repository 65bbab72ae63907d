package org.esgstudio.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.esgstudio.data.FigureFormat;
import org.esgstudio.data.Rule;
import org.esgstudio.data.RuleEvaluation;
import org.esgstudio.data.RuleSyntax;

/** Every rule of the store for the year under review and the year before: parts add up, ratios agree. */
public final class RuleCheck implements Check {
    @Override
    public List<Finding> check(ValidationInput input) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : input.data().rules()) {
            String left = RuleSyntax.codes(rule.expression()).isEmpty() ? null : RuleSyntax.codes(rule.expression()).get(0);
            for (int year : List.of(input.year(), input.year() - 1)) {
                Optional<RuleEvaluation> evaluation;
                try {
                    evaluation = RuleEvaluation.of(rule, year, input.data());
                } catch (IllegalArgumentException malformed) {
                    continue;
                }
                if (evaluation.isPresent() && !evaluation.get().holds()) {
                    RuleEvaluation e = evaluation.get();
                    findings.add(new Finding(Severity.ERROR, FindingKind.RULE, left, year,
                            printed(e.left()), printed(e.rounded()), "check.rule",
                            new Object[] {rule.name(), year, printed(e.left()), rule.expression(),
                                printed(e.rounded())}, "", null));
                }
            }
        }
        return findings;
    }

    private static String printed(BigDecimal value) {
        return FigureFormat.format(value, Math.max(0, value.scale()));
    }
}
