package org.esgstudio.model;

import java.util.List;
import java.util.Objects;

/** One stakeholder group with what it expects and how the company talks with it. */
public record StakeholderRow(String id, LocalizedText group, List<LocalizedText> expectations,
                             List<LocalizedText> channels) implements Identified {
    public StakeholderRow {
        Objects.requireNonNull(id, "id");
        group = LocalizedText.orEmpty(group);
        expectations = Lists.copy(expectations);
        channels = Lists.copy(channels);
    }
}
