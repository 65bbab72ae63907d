package org.esgstudio.layout.flow;

import java.util.ArrayList;
import java.util.List;
import org.esgstudio.layout.Rgb;

/** A row of a table: cells, its background (zebra, group band or none), whether it is a header row, its footnotes. */
public record TableRow(List<TableCell> cells, Rgb fill, boolean bold, List<String> footnoteIds) {
    public TableRow {
        cells = List.copyOf(cells);
        footnoteIds = List.copyOf(footnoteIds);
    }

    /** Footnote ids of the row's cells' lines and of the row itself, without repeats. */
    public List<String> allFootnotes() {
        List<String> ids = new ArrayList<>(footnoteIds);
        for (TableCell cell : cells) {
            cell.lines().forEach(line -> line.footnoteIds().forEach(id -> {
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            }));
        }
        return ids;
    }
}
