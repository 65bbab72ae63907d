package org.esgstudio.ui.editor.forms;

import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;

/** Marks a field whose input was refused: a red border and the reason in its tooltip, until the input is good. */
final class FieldProblems {
    static final String STYLE = "form-invalid";

    private FieldProblems() {
    }

    static void mark(Control field, String message) {
        if (!field.getStyleClass().contains(STYLE)) {
            field.getStyleClass().add(STYLE);
        }
        field.setTooltip(new Tooltip(message));
        field.getProperties().put(STYLE, message);
    }

    static void clear(Control field) {
        if (field.getProperties().remove(STYLE) != null) {
            field.getStyleClass().remove(STYLE);
            field.setTooltip(null);
        }
    }

    static boolean isMarked(Control field) {
        return field.getProperties().containsKey(STYLE);
    }

    /** The message shown on a refused field, or null when its input is good. */
    static String message(Control field) {
        Object message = field.getProperties().get(STYLE);
        return message == null ? null : message.toString();
    }
}
