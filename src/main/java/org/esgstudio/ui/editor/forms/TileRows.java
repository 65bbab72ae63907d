package org.esgstudio.ui.editor.forms;

import java.util.List;
import java.util.function.Supplier;
import org.esgstudio.data.Project;
import org.esgstudio.model.Figure;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Qualifier;
import org.esgstudio.model.ReportIds;
import org.esgstudio.ui.editor.EditorContext;

/** A list of tiles (a tiles block, a highlight group): one {@link FigureFields} per tile, add, remove, reorder. */
final class TileRows {
    private TileRows() {
    }

    static RowList<Figure> of(EditorContext context, Supplier<String> prefix, RowList.ListEdit<Figure> onChange) {
        Supplier<Project> project = () -> context.workspace().current();
        return new RowList<Figure>(edits -> new FigureFields(context.englishVisible(), project, edits), onChange)
                .id("tiles")
                .adding("ui.forms.tile.add", () -> blank(project.get(), prefix.get()));
    }

    /** A new, empty tile with an id no other node has. */
    static Figure blank(Project project, String prefix) {
        return new Figure(ReportIds.fresh(project.report(), prefix), LocalizedText.EMPTY, LocalizedText.EMPTY,
                LocalizedText.EMPTY, Qualifier.NONE, null, null, List.of());
    }

    /** Shows what the store says now beside every tile. */
    static void recheck(RowList<Figure> tiles, Project project) {
        for (int i = 0; i < tiles.size(); i++) {
            ((FigureFields) tiles.row(i)).recheck(project);
        }
    }
}
