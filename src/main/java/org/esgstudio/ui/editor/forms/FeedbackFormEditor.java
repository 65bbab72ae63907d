package org.esgstudio.ui.editor.forms;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.esgstudio.model.FeedbackForm;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Question;
import org.esgstudio.model.QuestionKind;
import org.esgstudio.model.ReportIds;
import org.esgstudio.ui.editor.EditorContext;
import org.esgstudio.ui.editor.NodeEditorFactory;

/** The form of the reader feedback form: title, intro, the questions (with their options) and where to send it. */
public final class FeedbackFormEditor extends FormEditor<FeedbackForm> {
    private final LocalizedTextField title;
    private final LocalizedTextField intro;
    private final RowList<Question> questions;
    private final ContactFields contact;

    FeedbackFormEditor(EditorContext context) {
        super(context, FeedbackForm.class, "ui.forms.kind.feedback");
        title = LocalizedTextField.line(context.englishVisible()).id("title").onEdit((text, half) -> commit(
                new FeedbackForm(current().id(), text, current().intro(), current().questions(), current().contact()),
                "title:" + half));
        intro = LocalizedTextField.area(context.englishVisible()).id("intro").onEdit((text, half) -> commit(
                new FeedbackForm(current().id(), current().title(), text, current().questions(), current().contact()),
                "intro:" + half));
        questions = new RowList<Question>(QuestionFields::new, (list, field) -> commit(new FeedbackForm(
                current().id(), current().title(), current().intro(), list, current().contact()), field))
                .id("questions")
                .adding("ui.forms.feedback.add", () -> new Question(ReportIds.fresh(project().report(),
                        current().id() + "-q"), LocalizedText.EMPTY, QuestionKind.OPEN, List.of()));
        contact = new ContactFields(context.englishVisible(), (changed, field) -> commit(new FeedbackForm(
                current().id(), current().title(), current().intro(), current().questions(), changed),
                "contact:" + field));
        sheet.field("ui.forms.title", title)
                .field("ui.forms.intro", intro)
                .section("ui.forms.feedback.questions").add(questions.view())
                .section("ui.forms.contact").add(contact.view());
    }

    public static NodeEditorFactory factory() {
        return factoryFor(FeedbackForm.class, FeedbackFormEditor::new);
    }

    @Override
    protected void render(FeedbackForm node) {
        title.show(node.title());
        intro.show(node.intro());
        questions.show(node.questions());
        contact.show(node.contact());
    }

    /** A question: its text, whether readers tick an option or write, and the options one per line. */
    private final class QuestionFields implements RowList.Row<Question> {
        private final LocalizedTextField text = LocalizedTextField.line(context.englishVisible()).id("question");
        private final ChoiceField<QuestionKind> kind = ChoiceField.of(QuestionKind.class, "ui.forms.questionKind");
        private final LocalizedLinesField options = new LocalizedLinesField(context.englishVisible()).id("options");
        private final VBox box = new VBox(4, text.view(), kind.box(), options.view());
        private Question shown;

        QuestionFields(RowList.RowEdit<Question> edits) {
            text.onEdit((value, half) -> edits.changed(new Question(shown.id(), value, shown.kind(), shown.options()),
                    "text:" + half));
            kind.onEdit(k -> edits.changed(new Question(shown.id(), shown.text(), k, shown.options()), null));
            options.onEdit((items, half) -> edits.changed(new Question(shown.id(), shown.text(), shown.kind(), items),
                    "options:" + half));
        }

        @Override
        public void show(Question question) {
            shown = question;
            text.show(question.text());
            kind.show(question.kind());
            options.show(question.options());
            options.view().setVisible(question.kind() == QuestionKind.CHOICE);
            options.view().setManaged(question.kind() == QuestionKind.CHOICE);
        }

        @Override
        public Node view() {
            return box;
        }
    }
}
