package org.esgstudio.ui.editor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.esgstudio.ui.workspace.Workspace;

/**
 * What every editor works with: the workspace (project, edits, marks, selection) and whether English is shown beside
 * the Chinese (the two-column view, toggled for the whole window).
 */
public record EditorContext(Workspace workspace, BooleanProperty englishVisible) {
    public static EditorContext of(Workspace workspace) {
        return new EditorContext(workspace, new SimpleBooleanProperty(true));
    }
}
