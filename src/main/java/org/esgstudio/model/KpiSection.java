package org.esgstudio.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A block of the KPI table (环境绩效, 社会绩效, 治理绩效 …). */
public record KpiSection(String id, LocalizedText name, List<Footnote> notes, List<KpiGroup> groups) implements Identified {
    public KpiSection {
        Objects.requireNonNull(id, "id");
        name = LocalizedText.orEmpty(name);
        notes = Lists.copy(notes);
        groups = Lists.copy(groups);
    }

    List<Footnote> allFootnotes() {
        List<Footnote> all = new ArrayList<>(notes);
        groups.forEach(group -> all.addAll(group.allFootnotes()));
        return all;
    }
}
