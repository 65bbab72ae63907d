package org.esgstudio.ui;

import java.util.Optional;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import org.esgstudio.ui.common.I18n;

/** Asks for the user's name: who edits, signs off and comments. A blank answer changes nothing. */
final class UserNameDialog {
    private UserNameDialog() {
    }

    static Optional<String> ask(Window owner, String current) {
        TextInputDialog dialog = new TextInputDialog(current);
        dialog.initOwner(owner);
        dialog.setTitle(I18n.text("ui.userName.title"));
        dialog.setHeaderText(I18n.text("ui.userName.header"));
        dialog.setContentText(I18n.text("ui.userName.label"));
        dialog.getEditor().setId("userNameField");
        dialog.getEditor().setPrefColumnCount(16);
        return dialog.showAndWait().map(String::strip).filter(name -> !name.isEmpty());
    }
}
