package org.esgstudio.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.esgstudio.model.Identified;

/** The editors the window knows, asked in order; the first that knows a node's kind makes its editor. */
public final class EditorRegistry {
    private final List<NodeEditorFactory> factories = new ArrayList<>();

    public EditorRegistry add(NodeEditorFactory factory) {
        factories.add(factory);
        return this;
    }

    public Optional<NodeEditor> create(Identified node, EditorContext context) {
        for (NodeEditorFactory factory : factories) {
            Optional<NodeEditor> editor = factory.create(node, context);
            if (editor.isPresent()) {
                return editor;
            }
        }
        return Optional.empty();
    }
}
