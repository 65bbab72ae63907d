package org.esgstudio.ui.editor.forms;

import org.esgstudio.model.Chapter;
import org.esgstudio.model.ChapterKind;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.ui.editor.EditorContext;
import org.esgstudio.ui.editor.NodeEditorFactory;

/** The form of a chapter's opener: numbered chapter or feature (专题), title, theme word and intro. */
public final class ChapterEditor extends FormEditor<Chapter> {
    private final ChoiceField<ChapterKind> kind = ChoiceField.of(ChapterKind.class, "ui.forms.chapterKind").id("kind");
    private final LocalizedTextField title;
    private final LocalizedTextField themeWord;
    private final LocalizedTextField intro;

    ChapterEditor(EditorContext context) {
        super(context, Chapter.class, "ui.forms.kind.chapter");
        kind.onEdit(k -> commit(with(k, current().title(), current().themeWord(), current().intro()), null));
        title = LocalizedTextField.line(context.englishVisible()).id("title").onEdit((text, half) ->
                commit(with(current().kind(), text, current().themeWord(), current().intro()), "title:" + half));
        themeWord = LocalizedTextField.line(context.englishVisible()).id("themeWord").onEdit((text, half) ->
                commit(with(current().kind(), current().title(), text, current().intro()), "themeWord:" + half));
        intro = LocalizedTextField.area(context.englishVisible()).rows(6).id("intro").onEdit((text, half) ->
                commit(with(current().kind(), current().title(), current().themeWord(), text), "intro:" + half));
        sheet.field("ui.forms.chapter.kind", kind.box())
                .field("ui.forms.title", title)
                .field("ui.forms.chapter.themeWord", themeWord)
                .field("ui.forms.chapter.intro", intro);
    }

    public static NodeEditorFactory factory() {
        return factoryFor(Chapter.class, ChapterEditor::new);
    }

    private Chapter with(ChapterKind newKind, LocalizedText newTitle, LocalizedText newThemeWord,
                         LocalizedText newIntro) {
        Chapter c = current();
        return new Chapter(c.id(), newKind, newTitle, newThemeWord, newIntro, c.sections());
    }

    @Override
    protected void render(Chapter node) {
        kind.show(node.kind());
        title.show(node.title());
        themeWord.show(node.themeWord());
        intro.show(node.intro());
    }
}
