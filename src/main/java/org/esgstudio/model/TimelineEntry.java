package org.esgstudio.model;

import java.util.Objects;

/** One event of the year's timeline; the day may be unknown. */
public record TimelineEntry(String id, int month, Integer day, LocalizedText text) implements Identified {
    public TimelineEntry {
        Objects.requireNonNull(id, "id");
        if (month < 1 || month > 12) {
            throw new InvalidValueException("timeline entry " + id + ": month must be 1–12, not " + month,
                    "guard.model.month", id, month);
        }
        if (day != null && (day < 1 || day > 31)) {
            throw new InvalidValueException("timeline entry " + id + ": day must be 1–31, not " + day,
                    "guard.model.day", id, day);
        }
        text = LocalizedText.orEmpty(text);
    }
}
