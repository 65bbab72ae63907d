package org.esgstudio.ui.editor.forms;

import org.esgstudio.model.Letter;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.ui.editor.EditorContext;
import org.esgstudio.ui.editor.NodeEditorFactory;

/** The form of the chairman's letter: title, who signs it (title and name) and its paragraphs. */
public final class LetterEditor extends FormEditor<Letter> {
    private final LocalizedTextField title;
    private final LocalizedTextField signatory;
    private final LocalizedTextField signatoryName;
    private final BodyBlocks body;

    LetterEditor(EditorContext context) {
        super(context, Letter.class, "ui.forms.kind.letter");
        title = LocalizedTextField.line(context.englishVisible()).id("title").onEdit((text, half) -> commit(
                with(text, current().signatory(), current().signatoryName()), "title:" + half));
        signatory = LocalizedTextField.line(context.englishVisible()).id("signatory").onEdit((text, half) -> commit(
                with(current().title(), text, current().signatoryName()), "signatory:" + half));
        signatoryName = LocalizedTextField.line(context.englishVisible()).id("signatoryName").onEdit((text, half) ->
                commit(with(current().title(), current().signatory(), text), "signatoryName:" + half));
        body = new BodyBlocks(context);
        sheet.field("ui.forms.title", title)
                .field("ui.forms.letter.signatory", signatory)
                .field("ui.forms.letter.signatoryName", signatoryName)
                .section("ui.forms.body").add(body.view());
    }

    public static NodeEditorFactory factory() {
        return factoryFor(Letter.class, LetterEditor::new);
    }

    private Letter with(LocalizedText newTitle, LocalizedText newSignatory, LocalizedText newName) {
        return new Letter(current().id(), newTitle, current().body(), newSignatory, newName);
    }

    @Override
    protected void render(Letter node) {
        title.show(node.title());
        signatory.show(node.signatory());
        signatoryName.show(node.signatoryName());
        body.show(node.id(), node.body());
    }
}
