package org.esgstudio.ui.editor.forms;

import org.esgstudio.data.Project;
import org.esgstudio.model.Figure;
import org.esgstudio.model.Tiles;
import org.esgstudio.ui.editor.EditorContext;
import org.esgstudio.ui.editor.NodeEditorFactory;

/** The form of a tiles block: its title and its tiles, each checked against the store beside it. */
public final class TilesEditor extends FormEditor<Tiles> {
    private final LocalizedTextField title;
    private final RowList<Figure> tiles;

    TilesEditor(EditorContext context) {
        super(context, Tiles.class, "ui.forms.kind.tiles");
        title = LocalizedTextField.line(context.englishVisible()).id("title")
                .onEdit((text, half) -> commit(new Tiles(current().id(), text, current().tiles()), "title:" + half));
        tiles = TileRows.of(context, () -> current().id() + "-tile",
                (list, field) -> commit(new Tiles(current().id(), current().title(), list), field));
        sheet.field("ui.forms.title", title).section("ui.forms.tile.section").add(tiles.view());
        followProject();
    }

    public static NodeEditorFactory factory() {
        return factoryFor(Tiles.class, TilesEditor::new);
    }

    @Override
    protected void render(Tiles node) {
        title.show(node.title());
        tiles.show(node.tiles());
    }

    @Override
    protected void projectChanged(Project project) {
        TileRows.recheck(tiles, project);
    }

    RowList<Figure> tiles() {
        return tiles;
    }
}
