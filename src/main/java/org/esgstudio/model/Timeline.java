package org.esgstudio.model;

import java.util.List;
import java.util.Objects;

/** 大事记: the year's events by month. */
public record Timeline(String id, LocalizedText title, List<TimelineEntry> entries) implements FrontPart {
    public Timeline {
        Objects.requireNonNull(id, "id");
        title = LocalizedText.orEmpty(title);
        entries = Lists.copy(entries);
    }
}
