package org.esgstudio.ui.editor.forms;

import org.esgstudio.model.Section;
import org.esgstudio.ui.editor.EditorContext;
import org.esgstudio.ui.editor.NodeEditorFactory;

/** The form of a section: its title, and its blocks to open one by one. */
public final class SectionEditor extends FormEditor<Section> {
    private final LocalizedTextField title;
    private final BodyBlocks blocks;

    SectionEditor(EditorContext context) {
        super(context, Section.class, "ui.forms.kind.section");
        title = LocalizedTextField.line(context.englishVisible()).id("title").onEdit((text, half) ->
                commit(new Section(current().id(), text, current().blocks()), "title:" + half));
        blocks = new BodyBlocks(context);
        sheet.field("ui.forms.title", title).section("ui.forms.section.blocks").add(blocks.view());
    }

    public static NodeEditorFactory factory() {
        return factoryFor(Section.class, SectionEditor::new);
    }

    @Override
    protected void render(Section node) {
        title.show(node.title());
        blocks.show(node.id(), node.blocks());
    }
}
