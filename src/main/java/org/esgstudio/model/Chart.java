package org.esgstudio.model;

import java.util.List;
import java.util.Objects;

/** A chart drawn from the data store: one series per indicator over the given years. */
public record Chart(String id, ChartKind kind, LocalizedText title, List<String> indicators, List<Integer> years)
        implements Block {
    public Chart {
        Objects.requireNonNull(id, "id");
        kind = Objects.requireNonNullElse(kind, ChartKind.BAR);
        title = LocalizedText.orEmpty(title);
        indicators = Lists.copy(indicators);
        years = Lists.copy(years);
    }
}
