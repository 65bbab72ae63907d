package org.esgstudio.ui.data;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.spreadsheet.SpreadsheetCell;
import org.controlsfx.control.spreadsheet.SpreadsheetView;

/**
 * Typing onto a selected cell replaces its value, as in a spreadsheet, without losing keys. ControlsFX's own
 * "edit with key" clears the editor a moment after it opened, so the first character (several when typing fast)
 * was wiped: "98000" was stored as "8000", or "0". Here the first character itself opens the editor, and what is
 * typed until the editor has focus is kept and becomes its text.
 */
final class TypeToEdit {
    private final SpreadsheetView sheet;
    private final StringBuilder pending = new StringBuilder();
    /** An editor that takes focus later than the key is given the text once ControlsFX has finished opening it. */
    private final ChangeListener<Node> onFocus = (obs, old, now) -> Platform.runLater(() -> flush(now));

    private TypeToEdit(SpreadsheetView sheet) {
        this.sheet = sheet;
    }

    /** Makes typing onto {@code sheet}'s selected cell start editing it with what is typed. */
    static void install(SpreadsheetView sheet) {
        TypeToEdit typing = new TypeToEdit(sheet);
        sheet.addEventFilter(KeyEvent.KEY_PRESSED, typing::pressed);
        sheet.addEventFilter(KeyEvent.KEY_TYPED, typing::typed);
        sheet.sceneProperty().addListener((obs, old, now) -> typing.follow(old, now));
        typing.follow(null, sheet.getScene());
    }

    private void follow(Scene old, Scene now) {
        if (old != null) {
            old.focusOwnerProperty().removeListener(onFocus);
        }
        if (now != null) {
            now.focusOwnerProperty().addListener(onFocus);
        }
    }

    /**
     * Keeps ControlsFX from opening the editor on the key press of a character (its "edit with key" would wipe it):
     * the typed character opens it below. Navigation, Enter, F2, Delete and shortcuts keep their grid meaning.
     */
    private void pressed(KeyEvent event) {
        if (sheet.getEditingCell() != null || event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        KeyCode code = event.getCode();
        String text = event.getText();
        boolean character = code.isLetterKey() || code.isDigitKey() || code == KeyCode.UNDEFINED
                || (code.isKeypadKey() && !code.isArrowKey())
                || (!text.isEmpty() && !Character.isISOControl(text.charAt(0)) && !code.isNavigationKey()
                && !code.isFunctionKey() && !code.isWhitespaceKey());
        if (character) {
            event.consume();
        }
    }

    private void typed(KeyEvent event) {
        if (!printable(event)) {
            return;
        }
        if (sheet.getEditingCell() == null) {
            pending.setLength(0);
            TablePosition<?, ?> at = sheet.getSelectionModel().getFocusedCell();
            if (at == null || at.getRow() < 0 || at.getColumn() < 0 || !editable(at.getRow(), at.getColumn())) {
                return;
            }
            pending.append(event.getCharacter());
            event.consume();
            sheet.edit(at.getRow(), sheet.getColumns().get(at.getColumn()));
        } else if (pending.length() > 0 && !(event.getTarget() instanceof TextInputControl)) {
            pending.append(event.getCharacter());
            event.consume();
        } else {
            return;
        }
        Scene scene = sheet.getScene();
        if (scene != null) {
            flush(scene.getFocusOwner());
        }
    }

    private boolean editable(int row, int column) {
        if (sheet.getGrid() == null || row >= sheet.getGrid().getRowCount()) {
            return false;
        }
        SpreadsheetCell cell = sheet.getGrid().getRows().get(row).get(column);
        return cell.isEditable() && sheet.isEditable();
    }

    /** The editor has focus: what was typed replaces the old value. */
    private void flush(Node focused) {
        if (pending.length() == 0 || !(focused instanceof TextInputControl editor) || !inside(focused)
                || sheet.getEditingCell() == null) {
            return;
        }
        editor.setText(pending.toString());
        pending.setLength(0);
        editor.end();
    }

    private boolean inside(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == sheet) {
                return true;
            }
        }
        return false;
    }

    private static boolean printable(KeyEvent event) {
        String c = event.getCharacter();
        return !c.isEmpty() && !KeyEvent.CHAR_UNDEFINED.equals(c) && !Character.isISOControl(c.charAt(0))
                && !event.isControlDown() && !event.isMetaDown();
    }
}
