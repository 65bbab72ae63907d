package org.esgstudio.ui.editor.forms;

import org.esgstudio.model.Image;
import org.esgstudio.ui.editor.EditorContext;
import org.esgstudio.ui.editor.NodeEditorFactory;

/** The form of a picture: which of the project's images, its caption and how wide it is printed (10–100 %). */
public final class ImageEditor extends FormEditor<Image> {
    private final AssetPicker asset;
    private final LocalizedTextField caption;
    private final ParsedField<Integer> width = new ParsedField<>(FormParsers.wholeIn(10, 100, false),
            String::valueOf, "ui.forms.problem.width");

    ImageEditor(EditorContext context) {
        super(context, Image.class, "ui.forms.kind.image");
        asset = new AssetPicker(this::project, false).onEdit(name -> commit(
                new Image(current().id(), name, current().caption(), current().widthPercent()), null));
        caption = LocalizedTextField.area(context.englishVisible()).id("caption").onEdit((text, half) -> commit(
                new Image(current().id(), current().asset(), text, current().widthPercent()), "caption:" + half));
        width.id("widthPercent").width(60).onEdit(percent -> commit(
                new Image(current().id(), current().asset(), current().caption(), percent), "width"));
        sheet.field("ui.forms.image", asset.view())
                .field("ui.forms.caption", caption)
                .field("ui.forms.image.width", width.field());
    }

    public static NodeEditorFactory factory() {
        return factoryFor(Image.class, ImageEditor::new);
    }

    @Override
    protected void render(Image node) {
        asset.show(node.asset());
        caption.show(node.caption());
        width.show(node.widthPercent());
    }

    ParsedField<Integer> width() {
        return width;
    }
}
