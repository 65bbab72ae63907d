package org.esgstudio.ui.editor.forms;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.ui.common.I18n;

/**
 * A text a reader sees, Chinese and English side by side (or one above the other in a narrow table cell). English is
 * hidden while the window shows Chinese only, and an empty English field says so in muted text. Typing reports the
 * new pair and which half changed ("zh"/"en"); {@link #show} leaves a field alone when it already shows the value, so
 * the caret stays where the user is typing.
 */
public final class LocalizedTextField {
    private final TextInputControl zh;
    private final TextInputControl en;
    private final Pane root;
    private LocalizedText shown = LocalizedText.EMPTY;
    private boolean showing;
    private BiConsumer<LocalizedText, String> listener = (value, half) -> { };
    private Predicate<String> valid = text -> true;
    private String problemKey;

    private LocalizedTextField(boolean multiLine, boolean stacked, ObservableBooleanValue englishVisible) {
        zh = multiLine ? area() : new TextField();
        en = multiLine ? area() : new TextField();
        en.setPromptText(I18n.text("ui.forms.noEnglish"));
        en.getStyleClass().add("form-english");
        en.visibleProperty().bind(englishVisible);
        en.managedProperty().bind(englishVisible);
        if (stacked) {
            root = new VBox(2, zh, en);
        } else {
            HBox.setHgrow(zh, Priority.ALWAYS);
            HBox.setHgrow(en, Priority.ALWAYS);
            zh.setMaxWidth(Double.MAX_VALUE);
            en.setMaxWidth(Double.MAX_VALUE);
            zh.setPrefWidth(60);
            en.setPrefWidth(60);
            root = new HBox(6, zh, en);
        }
        root.getStyleClass().add("localized-text");
        zh.textProperty().addListener((obs, old, text) -> typed("zh", zh));
        en.textProperty().addListener((obs, old, text) -> typed("en", en));
    }

    /** One line each (titles, labels, names). */
    public static LocalizedTextField line(ObservableBooleanValue englishVisible) {
        return new LocalizedTextField(false, false, englishVisible);
    }

    /** Several lines each (intros, captions, descriptions). */
    public static LocalizedTextField area(ObservableBooleanValue englishVisible) {
        return new LocalizedTextField(true, false, englishVisible);
    }

    /** One line each, English below the Chinese (table cells, tile fields). */
    public static LocalizedTextField stacked(ObservableBooleanValue englishVisible) {
        return new LocalizedTextField(false, true, englishVisible);
    }

    /** Two wrapped lines each, English below the Chinese (table cells, which often hold a sentence). */
    public static LocalizedTextField cell(ObservableBooleanValue englishVisible) {
        return new LocalizedTextField(true, true, englishVisible).rows(2);
    }

    private static TextArea area() {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(3);
        return area;
    }

    /** Calls {@code listener} with the new text and the half typed in ("zh" or "en") on every change by the user. */
    public LocalizedTextField onEdit(BiConsumer<LocalizedText, String> listener) {
        this.listener = Objects.requireNonNull(listener);
        return this;
    }

    /** Refuses text that is not {@code valid}: the field is marked with the message and the change is not reported. */
    public LocalizedTextField accepting(Predicate<String> valid, String problemKey) {
        this.valid = valid;
        this.problemKey = problemKey;
        return this;
    }

    /** Makes multi-line fields {@code count} lines high (a chapter's intro is longer than a caption). */
    public LocalizedTextField rows(int count) {
        if (zh instanceof TextArea area) {
            area.setPrefRowCount(count);
            ((TextArea) en).setPrefRowCount(count);
        }
        return this;
    }

    /** Names the two fields "{id}Zh" and "{id}En" (tests and reveal find them). */
    public LocalizedTextField id(String id) {
        zh.setId(id + "Zh");
        en.setId(id + "En");
        return this;
    }

    public void show(LocalizedText text) {
        LocalizedText value = LocalizedText.orEmpty(text);
        showing = true;
        try {
            setIfDifferent(zh, value.zh(), shown.zh());
            setIfDifferent(en, value.en(), shown.en());
        } finally {
            showing = false;
        }
        shown = value;
    }

    /** A field the user left holding refused input keeps it until the model changes under it. */
    private static void setIfDifferent(TextInputControl field, String value, String before) {
        if (field.getText().equals(value) || FieldProblems.isMarked(field) && value.equals(before)) {
            return;
        }
        field.setText(value);
        FieldProblems.clear(field);
    }

    private void typed(String half, TextInputControl field) {
        if (showing) {
            return;
        }
        if (!valid.test(field.getText())) {
            FieldProblems.mark(field, I18n.text(problemKey));
            return;
        }
        FieldProblems.clear(field);
        LocalizedText other = half.equals("zh") ? shown.withZh(zh.getText()) : shown.withEn(en.getText());
        shown = other;
        listener.accept(other, half);
    }

    public LocalizedText value() {
        return new LocalizedText(zh.getText(), en.getText());
    }

    public TextInputControl zhField() {
        return zh;
    }

    public TextInputControl enField() {
        return en;
    }

    public Node view() {
        return root;
    }
}
