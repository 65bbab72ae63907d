package org.esgstudio.ui;

import java.util.Optional;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import org.esgstudio.store.Backups;
import org.esgstudio.ui.common.I18n;

/** Asks how many rolling backups of a project to keep (0 to 100); anything else changes nothing. */
final class BackupCountDialog {
    private BackupCountDialog() {
    }

    static Optional<Integer> ask(Window owner, int current) {
        TextInputDialog dialog = new TextInputDialog(Integer.toString(current));
        dialog.initOwner(owner);
        dialog.setTitle(I18n.text("backup.ui.title"));
        dialog.setHeaderText(I18n.text("backup.ui.header", Backups.standard().root()));
        dialog.setContentText(I18n.text("backup.ui.label"));
        dialog.getEditor().setId("backupCountField");
        dialog.getEditor().setPrefColumnCount(4);
        return dialog.showAndWait().map(String::strip).flatMap(BackupCountDialog::count);
    }

    static Optional<Integer> count(String text) {
        try {
            int kept = Integer.parseInt(text);
            return kept >= 0 && kept <= Backups.MAX_KEEP ? Optional.of(kept) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
