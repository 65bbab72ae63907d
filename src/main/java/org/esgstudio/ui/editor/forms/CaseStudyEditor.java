package org.esgstudio.ui.editor.forms;

import org.esgstudio.model.CaseStudy;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.ui.editor.EditorContext;
import org.esgstudio.ui.editor.NodeEditorFactory;

/** The form of a case study (案例): title, picture with its caption, and the list of its body blocks. */
public final class CaseStudyEditor extends FormEditor<CaseStudy> {
    private final LocalizedTextField title;
    private final AssetPicker image;
    private final LocalizedTextField caption;
    private final BodyBlocks body;

    CaseStudyEditor(EditorContext context) {
        super(context, CaseStudy.class, "ui.forms.kind.caseStudy");
        title = LocalizedTextField.line(context.englishVisible()).id("title")
                .onEdit((text, half) -> commit(with(text, current().image(), current().caption()), "title:" + half));
        image = new AssetPicker(this::project, true)
                .onEdit(name -> commit(with(current().title(), name.isEmpty() ? null : name, current().caption()), null));
        caption = LocalizedTextField.area(context.englishVisible()).id("caption")
                .onEdit((text, half) -> commit(with(current().title(), current().image(), text), "caption:" + half));
        body = new BodyBlocks(context);
        sheet.field("ui.forms.title", title)
                .field("ui.forms.image", image.view())
                .field("ui.forms.caption", caption)
                .section("ui.forms.body")
                .add(body.view());
    }

    public static NodeEditorFactory factory() {
        return factoryFor(CaseStudy.class, CaseStudyEditor::new);
    }

    private CaseStudy with(LocalizedText newTitle, String newImage,
                           LocalizedText newCaption) {
        CaseStudy c = current();
        return new CaseStudy(c.id(), newTitle, c.body(), newImage, newCaption);
    }

    @Override
    protected void render(CaseStudy node) {
        title.show(node.title());
        image.show(node.image());
        caption.show(node.caption());
        body.show(node.id(), node.body());
    }

    LocalizedTextField title() {
        return title;
    }

    BodyBlocks body() {
        return body;
    }

    AssetPicker image() {
        return image;
    }
}
