package org.esgstudio.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Rows under one row-span label of the KPI table (按性别划分的员工人数 …); the label may be empty. */
public record KpiGroup(String id, LocalizedText label, List<Footnote> notes, List<TableRow> rows) implements Identified {
    public KpiGroup {
        Objects.requireNonNull(id, "id");
        label = LocalizedText.orEmpty(label);
        notes = Lists.copy(notes);
        rows = Lists.copy(rows);
    }

    List<Footnote> allFootnotes() {
        List<Footnote> all = new ArrayList<>(notes);
        rows.forEach(row -> all.addAll(row.notes()));
        return all;
    }
}
