package org.esgstudio.ui.editor.forms;

import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.esgstudio.ui.common.I18n;

/** The page of a form: a heading, labelled fields one under another, sub-headings, all in a vertical scroll. */
final class FormSheet {
    static final double LABEL_WIDTH = 88;

    private final VBox content = new VBox(10);
    private final ScrollPane scroll = new ScrollPane(content);

    FormSheet(String heading) {
        Label title = new Label(capitalized(heading));
        title.getStyleClass().add("title-3");
        content.getChildren().add(title);
        content.setPadding(new Insets(16));
        content.getStyleClass().add("form-sheet");
        scroll.setFitToWidth(true);
        scroll.getStylesheets().add(FormSheet.class.getResource("forms.css").toExternalForm());
    }

    /** The kind names read well inside a sentence ("Edit case study"); as a heading they start with a capital. */
    static String capitalized(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** A labelled field: the label on the left, the field taking the rest of the width. */
    FormSheet field(String labelKey, Node field) {
        content.getChildren().add(labelled(I18n.text(labelKey), field));
        return this;
    }

    FormSheet field(String labelKey, LocalizedTextField field) {
        return field(labelKey, field.view());
    }

    static HBox labelled(String text, Node field) {
        Label label = new Label(text);
        label.setMinWidth(LABEL_WIDTH);
        label.setPrefWidth(LABEL_WIDTH);
        label.setPadding(new Insets(4, 0, 0, 0));
        label.setWrapText(true); // a longer English label takes two lines rather than an ellipsis
        label.setLabelFor(field);
        HBox.setHgrow(field, Priority.ALWAYS);
        HBox row = new HBox(8, label, field);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    /** A sub-heading starting a group of fields (topics, tiles, rows). */
    FormSheet section(String titleKey) {
        Label title = new Label(I18n.text(titleKey));
        title.getStyleClass().addAll("title-4", "form-section");
        content.getChildren().add(title);
        return this;
    }

    /** Anything over the full width (a list of rows, a grid). */
    FormSheet add(Node node) {
        content.getChildren().add(node);
        return this;
    }

    /** Runs {@code action} whenever the keyboard leaves a text field of this form (a typing run ends there). */
    void onLeavingField(Runnable action) {
        javafx.beans.value.ChangeListener<Node> focus = (obs, old, now) -> {
            if (old instanceof TextInputControl && isInside(old)) {
                action.run();
            }
        };
        scroll.sceneProperty().addListener((obs, oldScene, scene) -> {
            if (oldScene != null) {
                oldScene.focusOwnerProperty().removeListener(focus);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(focus);
            }
        });
    }

    private boolean isInside(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == content) {
                return true;
            }
        }
        return false;
    }

    /** The first text field, where the keyboard goes when the form is opened. */
    Optional<TextInputControl> firstInput() {
        return Optional.ofNullable((TextInputControl) content.lookup(".text-input"));
    }

    /** Selects {@code text} in the first field holding it (a find result, a finding's figure) and scrolls to it. */
    void reveal(String text) {
        for (Node node : content.lookupAll(".text-input")) {
            TextInputControl input = (TextInputControl) node;
            int at = input.getText() == null ? -1 : input.getText().indexOf(text);
            if (at >= 0 && input.isVisible()) {
                input.requestFocus();
                input.selectRange(at, at + text.length());
                double y = input.localToScene(0, 0).getY() - content.localToScene(0, 0).getY();
                double range = content.getHeight() - scroll.getViewportBounds().getHeight();
                scroll.setVvalue(range <= 0 ? 0 : Math.min(1, y / range));
                return;
            }
        }
    }

    Parent view() {
        return scroll;
    }
}
