package org.esgstudio.ui.editor.forms;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.ReportIds;
import org.esgstudio.model.StakeholderRow;
import org.esgstudio.model.Stakeholders;
import org.esgstudio.ui.editor.EditorContext;
import org.esgstudio.ui.editor.NodeEditorFactory;

/** The form of the stakeholder table: title, intro blocks, and one row per group with its expectations and channels. */
public final class StakeholdersEditor extends FormEditor<Stakeholders> {
    private final LocalizedTextField title;
    private final BodyBlocks intro;
    private final RowList<StakeholderRow> rows;

    StakeholdersEditor(EditorContext context) {
        super(context, Stakeholders.class, "ui.forms.kind.stakeholders");
        title = LocalizedTextField.line(context.englishVisible()).id("title").onEdit((text, half) -> commit(
                new Stakeholders(current().id(), text, current().intro(), current().rows()), "title:" + half));
        intro = new BodyBlocks(context);
        rows = new RowList<StakeholderRow>(RowFields::new, (list, field) -> commit(
                new Stakeholders(current().id(), current().title(), current().intro(), list), field))
                .id("stakeholderRows")
                .adding("ui.forms.stakeholders.add", () -> new StakeholderRow(
                        ReportIds.fresh(project().report(), current().id()), LocalizedText.EMPTY, List.of(),
                        List.of()));
        sheet.field("ui.forms.title", title)
                .section("ui.forms.intro").add(intro.view())
                .section("ui.forms.stakeholders.rows").add(rows.view());
    }

    public static NodeEditorFactory factory() {
        return factoryFor(Stakeholders.class, StakeholdersEditor::new);
    }

    @Override
    protected void render(Stakeholders node) {
        title.show(node.title());
        intro.show(node.id(), node.intro());
        rows.show(node.rows());
    }

    /** One stakeholder group: its name, what it expects and how the company talks with it, one item per line. */
    private final class RowFields implements RowList.Row<StakeholderRow> {
        private final LocalizedTextField group = LocalizedTextField.line(context.englishVisible()).id("group");
        private final LocalizedLinesField expectations = new LocalizedLinesField(context.englishVisible())
                .id("expectations");
        private final LocalizedLinesField channels = new LocalizedLinesField(context.englishVisible()).id("channels");
        private final VBox box;
        private StakeholderRow shown;

        RowFields(RowList.RowEdit<StakeholderRow> edits) {
            group.onEdit((text, half) -> edits.changed(new StakeholderRow(shown.id(), text, shown.expectations(),
                    shown.channels()), "group:" + half));
            expectations.onEdit((items, half) -> edits.changed(new StakeholderRow(shown.id(), shown.group(), items,
                    shown.channels()), "expectations:" + half));
            channels.onEdit((items, half) -> edits.changed(new StakeholderRow(shown.id(), shown.group(),
                    shown.expectations(), items), "channels:" + half));
            box = new VBox(6, FormSheet.labelled(text("ui.forms.stakeholders.group"), group.view()),
                    FormSheet.labelled(text("ui.forms.stakeholders.expectations"), expectations.view()),
                    FormSheet.labelled(text("ui.forms.stakeholders.channels"), channels.view()));
        }

        @Override
        public void show(StakeholderRow row) {
            shown = row;
            group.show(row.group());
            expectations.show(row.expectations());
            channels.show(row.channels());
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
