package org.esgstudio.ui.outline;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.esgstudio.ui.common.I18n;

/** The selected element's Chinese and English text side by side (read-only until the editor arrives). */
public final class ElementPane {
    private final VBox root = new VBox(8);

    public ElementPane(ObservableValue<ElementText> selection) {
        Label title = new Label();
        title.setId("elementTitle");
        title.getStyleClass().add("title-3");
        Label location = new Label();
        location.setId("elementLocation");
        location.getStyleClass().add("text-muted");
        TextArea zh = area("elementZh");
        TextArea en = area("elementEn");
        GridPane columns = new GridPane();
        columns.setHgap(12);
        columns.setVgap(4);
        columns.add(new Label(I18n.text("ui.element.zh")), 0, 0);
        columns.add(new Label(I18n.text("ui.element.en")), 1, 0);
        columns.add(zh, 0, 1);
        columns.add(en, 1, 1);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        columns.getColumnConstraints().addAll(half, half);
        RowConstraints labels = new RowConstraints();
        RowConstraints texts = new RowConstraints();
        texts.setVgrow(Priority.ALWAYS);
        columns.getRowConstraints().addAll(labels, texts);
        VBox.setVgrow(columns, Priority.ALWAYS);
        root.setPadding(new Insets(16));
        root.getChildren().addAll(title, location, columns);
        Label hint = new Label(I18n.text("ui.element.hint"));
        selection.addListener((obs, old, element) -> {
            title.setText(element == null ? "" : element.title());
            location.setText(element == null ? I18n.text("ui.element.hint") : element.location());
            zh.setText(element == null ? "" : element.zh());
            en.setText(element == null ? "" : element.en());
            en.setPromptText(element == null ? "" : I18n.text("ui.element.noEnglish"));
        });
        location.setText(hint.getText());
    }

    private static TextArea area(String id) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        GridPane.setVgrow(area, Priority.ALWAYS);
        return area;
    }

    public VBox node() {
        return root;
    }
}
