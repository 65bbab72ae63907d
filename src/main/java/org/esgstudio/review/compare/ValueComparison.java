package org.esgstudio.review.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.esgstudio.data.DataSet;
import org.esgstudio.data.FigureFormat;
import org.esgstudio.data.Indicator;
import org.esgstudio.data.IndicatorValue;
import org.esgstudio.i18n.Messages;

/**
 * The values of the data store that differ between two states: added, removed, or changed in amount, in status
 * (reported / not applicable) or in unit. A note or the provenance alone (the same value imported again) is no
 * change of the figure. In catalogue order (the later state's, then indicators that are gone), newest year first.
 */
final class ValueComparison {
    private ValueComparison() {
    }

    static List<ValueChange> between(DataSet from, DataSet to) {
        Set<String> codes = new LinkedHashSet<>();
        to.indicators().forEach(indicator -> codes.add(indicator.code()));
        from.indicators().forEach(indicator -> codes.add(indicator.code()));
        List<ValueChange> changes = new ArrayList<>();
        for (String code : codes) {
            Optional<Indicator> was = from.indicator(code);
            Optional<Indicator> is = to.indicator(code);
            TreeSet<Integer> years = new TreeSet<>(java.util.Comparator.reverseOrder());
            from.valuesOf(code).forEach(value -> years.add(value.year()));
            to.valuesOf(code).forEach(value -> years.add(value.year()));
            for (int year : years) {
                IndicatorValue old = from.value(code, year).orElse(null);
                IndicatorValue now = to.value(code, year).orElse(null);
                String unitBefore = was.map(Indicator::unit).orElse("");
                String unitAfter = is.map(Indicator::unit).orElse("");
                ChangeKind kind = old == null ? ChangeKind.ADDED : now == null ? ChangeKind.REMOVED
                        : differs(old, now) || !unitBefore.equals(unitAfter) ? ChangeKind.CHANGED : null;
                if (kind != null) {
                    String name = is.or(() -> was).map(indicator -> indicator.name().zh()).orElse(code);
                    changes.add(new ValueChange(code, name, year, kind, printed(old), old == null ? "" : unitBefore,
                            printed(now), now == null ? "" : unitAfter));
                }
            }
        }
        return changes;
    }

    private static boolean differs(IndicatorValue old, IndicatorValue now) {
        if (old.status() != now.status()) {
            return true;
        }
        return old.amount() != null && old.amount().compareTo(now.amount()) != 0;
    }

    /** The exact stored amount with thousands separated (98,652; 0.4900), or the not-applicable word. */
    static String printed(IndicatorValue value) {
        if (value == null) {
            return "";
        }
        if (!value.isReported()) {
            return Messages.get("version.notApplicable");
        }
        return FigureFormat.format(value.amount(), Math.max(0, value.amount().scale()));
    }
}
