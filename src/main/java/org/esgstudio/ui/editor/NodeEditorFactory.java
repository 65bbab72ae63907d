package org.esgstudio.ui.editor;

import java.util.Optional;
import org.esgstudio.model.Identified;

/** Makes the editor for the nodes of the kinds it knows. */
@FunctionalInterface
public interface NodeEditorFactory {
    Optional<NodeEditor> create(Identified node, EditorContext context);
}
