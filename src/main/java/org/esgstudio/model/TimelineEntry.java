package org.esgstudio.model;

import java.util.Objects;

/** One event of the year's timeline; the day may be unknown. */
public record TimelineEntry(String id, int month, Integer day, LocalizedText text) implements Identified {
    public TimelineEntry {
        Objects.requireNonNull(id, "id");
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("timeline entry " + id + ": month must be 1–12, not " + month);
        }
        if (day != null && (day < 1 || day > 31)) {
            throw new IllegalArgumentException("timeline entry " + id + ": day must be 1–31, not " + day);
        }
        text = LocalizedText.orEmpty(text);
    }
}
