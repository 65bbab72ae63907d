package org.esgstudio.ui.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.esgstudio.model.DataTable;
import org.esgstudio.model.Identified;
import org.esgstudio.model.KpiGroup;
import org.esgstudio.model.KpiSection;
import org.esgstudio.model.KpiTable;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.TableRow;

/**
 * The lines of a KPI grid, top to bottom: for a {@link KpiTable} each section's name, each group's label and the
 * group's rows; for a {@link DataTable} its rows. The columns are the table's years.
 */
public record KpiGridLines(LocalizedText title, List<Integer> years, List<Line> lines) {
    /** One line of the grid. */
    public sealed interface Line permits Heading, Figure {
    }

    /** A section name (level 1) or a group label (level 2), spanning the whole width, read-only. */
    public record Heading(LocalizedText text, int level) implements Line {
    }

    /** A table row bound to an indicator: its label (empty = the indicator's name) and one value per year. */
    public record Figure(String rowId, String code, LocalizedText label) implements Line {
    }

    public KpiGridLines {
        years = List.copyOf(years);
        lines = List.copyOf(lines);
    }

    /** The lines of a KPI table or data table; empty for any other node. */
    public static Optional<KpiGridLines> of(Identified node) {
        if (node instanceof KpiTable table) {
            List<Line> lines = new ArrayList<>();
            for (KpiSection section : table.sections()) {
                lines.add(new Heading(section.name(), 1));
                for (KpiGroup group : section.groups()) {
                    if (!group.label().zh().isBlank()) {
                        lines.add(new Heading(group.label(), 2));
                    }
                    group.rows().forEach(row -> lines.add(figure(row)));
                }
            }
            return Optional.of(new KpiGridLines(table.title(), table.years(), lines));
        }
        if (node instanceof DataTable table) {
            List<Line> lines = table.rows().stream().map(KpiGridLines::figure).map(Line.class::cast).toList();
            return Optional.of(new KpiGridLines(table.title(), table.years(), lines));
        }
        return Optional.empty();
    }

    private static Figure figure(TableRow row) {
        return new Figure(row.id(), row.indicator(), row.label());
    }
}
