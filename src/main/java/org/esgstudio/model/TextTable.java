package org.esgstudio.model;

import java.util.List;
import java.util.Objects;

/** A table of words rather than figures (welfare programmes, climate risks, regulations revised …). */
public record TextTable(String id, LocalizedText title, List<LocalizedText> columns, List<TextRow> rows,
                        List<Footnote> notes) implements Block {
    public TextTable {
        Objects.requireNonNull(id, "id");
        title = LocalizedText.orEmpty(title);
        columns = Lists.copy(columns);
        rows = Lists.copy(rows);
        notes = Lists.copy(notes);
        for (TextRow row : rows) {
            if (row.cells().size() != columns.size()) {
                throw new InvalidValueException("row " + row.id() + " of table " + id + " has " + row.cells().size()
                        + " cells for " + columns.size() + " columns", "guard.model.rowCells", id, row.id(),
                        row.cells().size(), columns.size());
            }
        }
    }

    @Override
    public List<Footnote> footnotes() {
        return notes;
    }
}
