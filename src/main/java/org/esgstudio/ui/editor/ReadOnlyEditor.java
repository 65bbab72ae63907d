package org.esgstudio.ui.editor;

import java.util.Optional;
import javafx.scene.Node;
import org.esgstudio.model.Identified;
import org.esgstudio.ui.outline.ElementPane;
import org.esgstudio.ui.outline.ElementText;

/** The last resort: a node's Chinese and English text side by side, read-only (kinds with no editor of their own). */
public final class ReadOnlyEditor implements NodeEditor {
    private final EditorContext context;
    private final javafx.beans.property.ObjectProperty<ElementText> text =
            new javafx.beans.property.SimpleObjectProperty<>();
    private final ElementPane pane = new ElementPane(text);

    private ReadOnlyEditor(EditorContext context) {
        this.context = context;
    }

    public static NodeEditorFactory factory() {
        return (node, context) -> Optional.of(new ReadOnlyEditor(context));
    }

    @Override
    public Node view() {
        return pane.node();
    }

    @Override
    public void show(Identified node) {
        text.set(ElementText.of(context.workspace().current().report(), node.id()).orElse(null));
    }
}
