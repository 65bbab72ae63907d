package org.esgstudio.ui.editor.forms;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.TextField;
import org.esgstudio.ui.common.I18n;

/**
 * A one-line field holding a value that is typed as text (a year, a month, a score, a width): what does not read as a
 * value is marked on the field and not applied, and {@link #show} leaves the text alone while it already reads as the
 * value (so "1,800" is not rewritten to "1800" under the caret).
 */
final class ParsedField<T> {
    /** Reads the text; throws {@link IllegalArgumentException} when it is not a value (null may mean "none"). */
    @FunctionalInterface
    interface Parser<T> {
        T parse(String text);
    }

    private final TextField field = new TextField();
    private final Parser<T> parser;
    private final Function<T, String> printer;
    private final String problemKey;
    private Consumer<T> listener = value -> { };
    private boolean showing;
    private T shown;

    ParsedField(Parser<T> parser, Function<T, String> printer, String problemKey) {
        this.parser = parser;
        this.printer = printer;
        this.problemKey = problemKey;
        field.textProperty().addListener((obs, old, text) -> typed(text));
    }

    /** A field of plain text (a phone number, a code). */
    static ParsedField<String> text() {
        return new ParsedField<>(text -> text, value -> value == null ? "" : value, null);
    }

    ParsedField<T> onEdit(Consumer<T> listener) {
        this.listener = Objects.requireNonNull(listener);
        return this;
    }

    ParsedField<T> id(String id) {
        field.setId(id);
        return this;
    }

    ParsedField<T> width(double width) {
        field.setPrefWidth(width);
        field.setMinWidth(width);
        return this;
    }

    ParsedField<T> prompt(String text) {
        field.setPromptText(text);
        return this;
    }

    void show(T value) {
        boolean same = FieldProblems.isMarked(field) ? Objects.equals(value, shown) : reads(field.getText(), value);
        shown = value;
        if (same) {
            return;
        }
        showing = true;
        try {
            field.setText(printer.apply(value));
            FieldProblems.clear(field);
        } finally {
            showing = false;
        }
    }

    private boolean reads(String text, T value) {
        try {
            return Objects.equals(parser.parse(text), value);
        } catch (IllegalArgumentException notAValue) {
            return false;
        }
    }

    private void typed(String text) {
        if (showing) {
            return;
        }
        T value;
        try {
            value = parser.parse(text);
        } catch (IllegalArgumentException notAValue) {
            FieldProblems.mark(field, I18n.text(problemKey));
            return;
        }
        FieldProblems.clear(field);
        shown = value;
        listener.accept(value);
    }

    TextField field() {
        return field;
    }
}
