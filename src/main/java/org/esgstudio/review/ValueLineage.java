package org.esgstudio.review;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.esgstudio.data.Indicator;
import org.esgstudio.data.IndicatorValue;

/**
 * Where a value ({@code CODE@YEAR}) comes from and where it goes, for reviewers and the assurer: the value now (null
 * when it is not reported now) with its source, author, time and note; every recorded change, oldest first; the earlier
 * states (the changes whose result is not the value now), oldest first; the figures of the report matched to it; and
 * its sign-off.
 */
public record ValueLineage(Indicator indicator, int year, IndicatorValue current, List<ValueChange> changes,
                           List<ValueChange> earlier, List<ReviewedFigure> citations, ValueSignOff signOff) {
    public ValueLineage {
        Objects.requireNonNull(indicator, "indicator");
        changes = List.copyOf(changes);
        earlier = List.copyOf(earlier);
        citations = List.copyOf(citations);
        signOff = Objects.requireNonNullElse(signOff, ValueSignOff.NONE);
    }

    public String code() {
        return indicator.code();
    }

    /** {@code CODE@YEAR}, as the command line and approvals name a value. */
    public String key() {
        return code() + "@" + year;
    }

    /** The state just before the value now: the newest earlier change (its {@code after} is null for a removal). */
    public Optional<ValueChange> previous() {
        return earlier.isEmpty() ? Optional.empty() : Optional.of(earlier.get(earlier.size() - 1));
    }
}
