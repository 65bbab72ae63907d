package org.esgstudio.ui.editor.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import org.esgstudio.model.LocalizedText;

/**
 * A short list of texts (expectations, channels, a box's duties, a question's options) typed one per line, Chinese
 * and English side by side: line n of each column is item n.
 */
final class LocalizedLinesField {
    private final LocalizedTextField field;

    LocalizedLinesField(ObservableBooleanValue englishVisible) {
        field = LocalizedTextField.area(englishVisible);
        field.zhField().setPromptText(org.esgstudio.ui.common.I18n.text("ui.forms.onePerLine"));
    }

    LocalizedLinesField onEdit(BiConsumer<List<LocalizedText>, String> listener) {
        field.onEdit((text, half) -> listener.accept(items(text), half));
        return this;
    }

    LocalizedLinesField id(String id) {
        field.id(id);
        return this;
    }

    /** Leaves the text alone while it already reads as these items (a blank line being typed stays). */
    void show(List<LocalizedText> items) {
        if (items(field.value()).equals(items)) {
            return;
        }
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            zh.append(i == 0 ? "" : "\n").append(items.get(i).zh());
            en.append(i == 0 ? "" : "\n").append(items.get(i).en());
        }
        String english = en.toString().replaceAll("\n+$", "");
        field.show(new LocalizedText(zh.toString(), english));
    }

    /** Line n of the Chinese with line n of the English; lines blank in both are dropped. */
    static List<LocalizedText> items(LocalizedText text) {
        String[] zh = text.zh().split("\n", -1);
        String[] en = text.en().split("\n", -1);
        List<LocalizedText> items = new ArrayList<>();
        for (int i = 0; i < Math.max(zh.length, en.length); i++) {
            String z = i < zh.length ? zh[i] : "";
            String e = i < en.length ? en[i] : "";
            if (!z.isBlank() || !e.isBlank()) {
                items.add(new LocalizedText(z, e));
            }
        }
        return List.copyOf(items);
    }

    Node view() {
        return field.view();
    }
}
