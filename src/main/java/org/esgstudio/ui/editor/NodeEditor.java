package org.esgstudio.ui.editor;

import javafx.scene.Node;
import org.esgstudio.model.Identified;

/**
 * The editor of one node of the report (a block, section, chapter or part), shown in the centre of the window.
 * Every change goes to the workspace as an {@link org.esgstudio.ui.workspace.Edit}; {@link #show} is called with the
 * node as the report now has it after any change (its own edits, an undo, a change elsewhere), and an editor must
 * leave the caret and selection alone when the node is what it already shows.
 */
public interface NodeEditor {
    Node view();

    /** Shows this version of the node. */
    void show(Identified node);

    /** Puts the keyboard focus in the first field. */
    default void focus() {
    }

    /** Brings a piece of text into view and selects it (a find result or a finding's figure), if it is shown. */
    default void reveal(String text) {
    }

    /** Stops listening to the workspace; the editor is about to be dropped. */
    default void dispose() {
    }
}
