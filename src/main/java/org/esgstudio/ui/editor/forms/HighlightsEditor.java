package org.esgstudio.ui.editor.forms;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.esgstudio.data.Project;
import org.esgstudio.model.Figure;
import org.esgstudio.model.Highlights;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.ReportIds;
import org.esgstudio.model.TileGroup;
import org.esgstudio.ui.editor.EditorContext;
import org.esgstudio.ui.editor.NodeEditorFactory;

/** The form of the highlights page: its title and groups of tiles (经济, 环境 …), each tile checked against the store. */
public final class HighlightsEditor extends FormEditor<Highlights> {
    private final LocalizedTextField title;
    private final RowList<TileGroup> groups;

    HighlightsEditor(EditorContext context) {
        super(context, Highlights.class, "ui.forms.kind.highlights");
        title = LocalizedTextField.line(context.englishVisible()).id("title")
                .onEdit((text, half) -> commit(new Highlights(current().id(), text, current().groups()),
                        "title:" + half));
        groups = new RowList<TileGroup>(GroupFields::new,
                (list, field) -> commit(new Highlights(current().id(), current().title(), list), field))
                .id("groups")
                .adding("ui.forms.group.add", () -> new TileGroup(ReportIds.fresh(project().report(),
                        current().id() + "-group"), LocalizedText.EMPTY, List.of()));
        sheet.field("ui.forms.title", title).section("ui.forms.group.section").add(groups.view());
        followProject();
    }

    public static NodeEditorFactory factory() {
        return factoryFor(Highlights.class, HighlightsEditor::new);
    }

    @Override
    protected void render(Highlights node) {
        title.show(node.title());
        groups.show(node.groups());
    }

    @Override
    protected void projectChanged(Project project) {
        for (int i = 0; i < groups.size(); i++) {
            TileRows.recheck(((GroupFields) groups.row(i)).tiles, project);
        }
    }

    /** The tiles of group {@code index} as shown now. */
    RowList<Figure> tiles(int index) {
        return ((GroupFields) groups.row(index)).tiles;
    }

    /** One group: its name and its tiles. */
    private final class GroupFields implements RowList.Row<TileGroup> {
        private final LocalizedTextField name = LocalizedTextField.line(context.englishVisible()).id("groupName");
        private final RowList<Figure> tiles;
        private final VBox box;
        private TileGroup shown;

        GroupFields(RowList.RowEdit<TileGroup> edits) {
            name.onEdit((text, half) -> edits.changed(new TileGroup(shown.id(), text, shown.tiles()), "name:" + half));
            tiles = TileRows.of(context, () -> shown.id(),
                    (list, field) -> edits.changed(new TileGroup(shown.id(), shown.name(), list),
                            field == null ? null : "tiles:" + field));
            box = new VBox(8, FormSheet.labelled(text("ui.forms.group.name"), name.view()), tiles.view());
        }

        @Override
        public void show(TileGroup group) {
            shown = group;
            name.show(group.name());
            tiles.show(group.tiles());
        }

        @Override
        public Node view() {
            return box;
        }
    }

    private static String text(String key) {
        return org.esgstudio.ui.common.I18n.text(key);
    }
}
