package org.esgstudio.ui.editor.text;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Dialog;

/** Opens the editor's small dialogs without blocking: the answer arrives when the dialog closes with OK. */
final class Dialogs {
    private Dialogs() {
    }

    static <T> void show(Dialog<T> dialog, Node owner, Consumer<T> onDone) {
        if (owner.getScene() != null && owner.getScene().getWindow() != null) {
            dialog.initOwner(owner.getScene().getWindow());
        }
        dialog.setOnHidden(event -> {
            T result = dialog.getResult();
            if (result != null) {
                onDone.accept(result);
            }
        });
        dialog.show();
    }
}
