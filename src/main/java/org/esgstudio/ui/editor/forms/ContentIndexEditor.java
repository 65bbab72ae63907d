package org.esgstudio.ui.editor.forms;

import javafx.scene.control.Label;
import org.esgstudio.model.ContentIndex;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.ui.common.I18n;
import org.esgstudio.ui.editor.EditorContext;
import org.esgstudio.ui.editor.NodeEditorFactory;

/** The form of a content index's own texts: title, framework and statement of use (its rows are the framework's). */
public final class ContentIndexEditor extends FormEditor<ContentIndex> {
    private final LocalizedTextField title;
    private final ParsedField<String> framework = ParsedField.text().id("framework");
    private final LocalizedTextField statement;
    private final Label rows = new Label();

    ContentIndexEditor(EditorContext context) {
        super(context, ContentIndex.class, "ui.forms.kind.contentIndex");
        title = LocalizedTextField.line(context.englishVisible()).id("title").onEdit((text, half) -> commit(
                with(text, current().framework(), current().statement()), "title:" + half));
        framework.onEdit(value -> commit(with(current().title(), value, current().statement()), "framework"));
        statement = LocalizedTextField.area(context.englishVisible()).id("statement").onEdit((text, half) -> commit(
                with(current().title(), current().framework(), text), "statement:" + half));
        rows.getStyleClass().add("text-muted");
        sheet.field("ui.forms.title", title)
                .field("ui.forms.contentIndex.framework", framework.field())
                .field("ui.forms.contentIndex.statement", statement)
                .add(rows);
    }

    public static NodeEditorFactory factory() {
        return factoryFor(ContentIndex.class, ContentIndexEditor::new);
    }

    private ContentIndex with(LocalizedText newTitle, String newFramework, LocalizedText newStatement) {
        ContentIndex c = current();
        return new ContentIndex(c.id(), newTitle, newFramework, newStatement, c.rows(), c.generate(), c.claim());
    }

    @Override
    protected void render(ContentIndex node) {
        title.show(node.title());
        framework.show(node.framework());
        statement.show(node.statement());
        rows.setText(I18n.text("ui.forms.contentIndex.rows", node.rows().size()));
    }
}
