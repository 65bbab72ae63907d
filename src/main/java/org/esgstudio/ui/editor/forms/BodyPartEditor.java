package org.esgstudio.ui.editor.forms;

import java.util.Optional;
import org.esgstudio.model.Appendix;
import org.esgstudio.model.Part;
import org.esgstudio.model.Profile;
import org.esgstudio.ui.editor.EditorContext;
import org.esgstudio.ui.editor.NodeEditorFactory;

/** The form of a part that is a title over blocks: the company profile and the appendices. */
public final class BodyPartEditor extends FormEditor<Part> {
    private final LocalizedTextField title;
    private final BodyBlocks body;

    BodyPartEditor(EditorContext context, String kindKey) {
        super(context, Part.class, kindKey);
        title = LocalizedTextField.line(context.englishVisible()).id("title").onEdit((text, half) -> {
            Part part = current();
            commit(part instanceof Profile p ? new Profile(p.id(), text, p.body())
                    : new Appendix(part.id(), text, part.blocks()), "title:" + half);
        });
        body = new BodyBlocks(context);
        sheet.field("ui.forms.title", title).section("ui.forms.body").add(body.view());
    }

    /** Answers for profiles and appendices. */
    public static NodeEditorFactory factory() {
        return (node, context) -> {
            if (node instanceof Profile) {
                return Optional.of(new BodyPartEditor(context, "ui.forms.kind.profile"));
            }
            if (node instanceof Appendix) {
                return Optional.of(new BodyPartEditor(context, "ui.forms.kind.appendix"));
            }
            return Optional.empty();
        };
    }

    @Override
    protected void render(Part node) {
        title.show(node.title());
        body.show(node.id(), node.blocks());
    }
}
