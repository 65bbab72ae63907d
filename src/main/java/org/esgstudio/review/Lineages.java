package org.esgstudio.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.esgstudio.data.DataSet;
import org.esgstudio.data.Indicator;
import org.esgstudio.data.IndicatorValue;
import org.esgstudio.data.Project;
import org.esgstudio.figures.Validator;

/**
 * Puts together the lineage of values from the project as it is now, the values' recorded changes (from the
 * history) and the sign-off state. Pure: the callers read the history and the approvals from the project file.
 */
public final class Lineages {
    private Lineages() {
    }

    /** Validates the project and evaluates its approvals: what every lineage reads its citations and sign-off from. */
    public static SignOffReport review(Project project, List<Approval> approvals) {
        return SignOff.evaluate(project, approvals,
                Validator.validate(project.report(), project.data(), project.report().settings().year()));
    }

    /**
     * The lineage of {@code code@year}; empty when the store has no such indicator, or the value is neither reported
     * now nor was it ever recorded.
     */
    public static Optional<ValueLineage> of(Project project, String code, int year, List<ValueChange> history,
                                            SignOffReport signOff) {
        Optional<Indicator> indicator = project.data().indicator(code);
        IndicatorValue current = project.data().value(code, year).orElse(null);
        if (indicator.isEmpty() || current == null && history.isEmpty()) {
            return Optional.empty();
        }
        List<ReviewedFigure> citations = new ArrayList<>();
        for (ReviewedFigure figure : signOff.figures()) {
            if (code.equals(figure.indicator()) && figure.year() != null && figure.year() == year) {
                citations.add(figure);
            }
        }
        return Optional.of(lineage(indicator.get(), year, current, history, citations, signOff(signOff, code, year)));
    }

    /**
     * The lineage of every value the store holds for {@code years}, in catalogue order and, within an indicator, in
     * the order of {@code years}; {@code histories} are keyed {@code CODE@YEAR}.
     */
    public static List<ValueLineage> ofYears(Project project, List<Integer> years,
                                             Map<String, List<ValueChange>> histories, SignOffReport signOff) {
        Map<String, List<ReviewedFigure>> cited = new HashMap<>();
        for (ReviewedFigure figure : signOff.figures()) {
            if (figure.indicator() != null) {
                cited.computeIfAbsent(figure.indicator() + "@" + figure.year(), k -> new ArrayList<>()).add(figure);
            }
        }
        DataSet data = project.data();
        List<ValueLineage> lineages = new ArrayList<>();
        for (Indicator indicator : data.indicators()) {
            for (int year : years) {
                Optional<IndicatorValue> value = data.value(indicator.code(), year);
                if (value.isPresent()) {
                    String key = indicator.code() + "@" + year;
                    lineages.add(lineage(indicator, year, value.get(), histories.getOrDefault(key, List.of()),
                            cited.getOrDefault(key, List.of()), signOff(signOff, indicator.code(), year)));
                }
            }
        }
        return lineages;
    }

    private static ValueLineage lineage(Indicator indicator, int year, IndicatorValue current,
                                        List<ValueChange> history, List<ReviewedFigure> citations,
                                        ValueSignOff signOff) {
        List<ValueChange> earlier = new ArrayList<>(history);
        // The newest recorded state is the value now unless an edit is not saved yet (the app saves within a second).
        if (!earlier.isEmpty() && isNow(earlier.get(earlier.size() - 1).after(), current)) {
            earlier.remove(earlier.size() - 1);
        }
        return new ValueLineage(indicator, year, current, history, earlier, citations, signOff);
    }

    private static boolean isNow(IndicatorValue recorded, IndicatorValue current) {
        return recorded == null ? current == null : recorded.sameContentAs(current);
    }

    /** The latest valid approval of the value; else the latest one, revoked since; else none. */
    private static ValueSignOff signOff(SignOffReport report, String code, int year) {
        Approval valid = null;
        Approval revoked = null;
        for (ApprovalCheck check : report.approvals()) {
            Approval approval = check.approval();
            if (approval.kind() != ApprovalKind.VALUE || !code.equals(approval.indicator())
                    || approval.year() != year) {
                continue;
            }
            if (check.isValid()) {
                valid = approval;
            } else {
                revoked = approval;
            }
        }
        if (valid != null) {
            return new ValueSignOff(ValueSignOff.State.APPROVED, valid);
        }
        return revoked == null ? ValueSignOff.NONE : new ValueSignOff(ValueSignOff.State.REVOKED, revoked);
    }
}
