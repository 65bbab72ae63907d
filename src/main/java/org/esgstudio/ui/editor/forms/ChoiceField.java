package org.esgstudio.ui.editor.forms;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.esgstudio.ui.common.I18n;

/** A choice among a few fixed values (a chapter's kind, a chart's kind, a qualifier), each named from the bundle. */
final class ChoiceField<T> {
    private final ComboBox<T> box;
    private Consumer<T> listener = value -> { };
    private boolean showing;

    ChoiceField(List<T> values, Function<T, String> names) {
        this(new ComboBox<>(), values, names);
    }

    /** A choice shown in the given box (a searchable one for long lists). */
    ChoiceField(ComboBox<T> box, List<T> values, Function<T, String> names) {
        this.box = box;
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : names.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        box.valueProperty().addListener((obs, old, value) -> {
            if (!showing && value != null) {
                listener.accept(value);
            }
        });
    }

    /** The constants of an enum, named by the keys "{prefix}.{NAME}". */
    static <E extends Enum<E>> ChoiceField<E> of(Class<E> type, String prefix) {
        return new ChoiceField<>(List.of(type.getEnumConstants()), value -> I18n.text(prefix + "." + value.name()));
    }

    ChoiceField<T> onEdit(Consumer<T> listener) {
        this.listener = Objects.requireNonNull(listener);
        return this;
    }

    ChoiceField<T> id(String id) {
        box.setId(id);
        return this;
    }

    /** Replaces the values offered (the store's indicators changed), keeping the chosen one. */
    void offer(List<T> values) {
        if (box.getItems().equals(values)) {
            return;
        }
        T chosen = box.getValue();
        showing = true;
        try {
            box.getItems().setAll(values);
            box.setValue(chosen);
        } finally {
            showing = false;
        }
    }

    void show(T value) {
        if (Objects.equals(box.getValue(), value)) {
            return;
        }
        showing = true;
        try {
            box.setValue(value);
        } finally {
            showing = false;
        }
    }

    ComboBox<T> box() {
        return box;
    }
}
