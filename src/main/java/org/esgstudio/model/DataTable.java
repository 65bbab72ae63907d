package org.esgstudio.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A table of indicator values over years, bound to the data store. */
public record DataTable(String id, LocalizedText title, List<Footnote> notes, List<Integer> years, List<TableRow> rows)
        implements Block {
    public DataTable {
        Objects.requireNonNull(id, "id");
        title = LocalizedText.orEmpty(title);
        notes = Lists.copy(notes);
        years = Lists.copy(years);
        rows = Lists.copy(rows);
    }

    @Override
    public List<Footnote> footnotes() {
        List<Footnote> all = new ArrayList<>(notes);
        rows.forEach(row -> all.addAll(row.notes()));
        return all;
    }
}
