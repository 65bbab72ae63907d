package org.esgstudio.ui.data;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.esgstudio.review.ValueLineage;
import org.esgstudio.ui.common.I18n;

/**
 * The selected value's lineage under the data grid: its value now, source (workbook and cell, or typed in the app),
 * who entered it when, its approval and note; then, side by side, its earlier values oldest first and where the
 * report cites it.
 */
final class LineagePane {
    private final VBox root = new VBox(4);
    private final Label heading = label("lineageHeading");
    private final Label status = label("lineageStatus");
    private final Label current = label("lineageCurrent");
    private final Label source = label("lineageSource");
    private final Label entered = label("lineageEntered");
    private final Label note = label("lineageNote");
    private final Label approval = label("lineageApproval");
    private final Label earlierTitle = label("lineageEarlierTitle");
    private final ListView<String> earlier = list("lineageEarlier");
    private final Label citedTitle = label("lineageCitedTitle");
    private final ListView<String> cited = list("lineageCited");
    private final VBox details;

    LineagePane(LineageModel model) {
        root.setId("lineagePane");
        root.getStyleClass().add("esg-lineage");
        root.setPadding(new Insets(6, 8, 0, 8));
        Label title = new Label(I18n.text("lineage.ui.title"));
        title.getStyleClass().add("title-4");
        heading.getStyleClass().add("esg-lineage-heading");
        status.getStyleClass().add("esg-data-message");
        earlierTitle.getStyleClass().add("esg-lineage-subtitle");
        citedTitle.getStyleClass().add("esg-lineage-subtitle");
        GridPane facts = new GridPane();
        facts.setHgap(16);
        facts.setVgap(2);
        facts.addColumn(0, current, source, entered);
        facts.addColumn(1, approval, note);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        facts.getColumnConstraints().addAll(half, half);
        VBox earlierBox = new VBox(2, earlierTitle, earlier);
        VBox citedBox = new VBox(2, citedTitle, cited);
        VBox.setVgrow(earlier, Priority.ALWAYS);
        VBox.setVgrow(cited, Priority.ALWAYS);
        HBox lists = new HBox(8, earlierBox, citedBox);
        HBox.setHgrow(earlierBox, Priority.ALWAYS);
        HBox.setHgrow(citedBox, Priority.ALWAYS);
        earlierBox.setPrefWidth(1);
        citedBox.setPrefWidth(1);
        details = new VBox(4, heading, facts, lists);
        VBox.setVgrow(lists, Priority.ALWAYS);
        VBox.setVgrow(details, Priority.ALWAYS);
        root.getChildren().addAll(title, status, details);
        model.lineageProperty().addListener((obs, old, now) -> show(now));
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(model.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        show(model.lineageProperty().get());
    }

    private static Label label(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        return label;
    }

    private static ListView<String> list(String id) {
        ListView<String> list = new ListView<>();
        list.setId(id);
        list.setPrefHeight(90);
        list.setMinHeight(48);
        list.setFocusTraversable(false);
        list.setCellFactory(view -> new javafx.scene.control.ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(view.widthProperty().subtract(18));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                // A long line is cut in a narrow pane: the whole of it on hover.
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item));
            }
        });
        return list;
    }

    private void show(ValueLineage lineage) {
        details.setVisible(lineage != null);
        details.setManaged(lineage != null);
        if (lineage == null) {
            earlier.getItems().clear();
            cited.getItems().clear();
            return;
        }
        heading.setText(LineageLines.heading(lineage));
        current.setText(LineageLines.current(lineage));
        source.setText(LineageLines.source(lineage));
        entered.setText(LineageLines.entered(lineage));
        note.setText(LineageLines.note(lineage));
        approval.setText(LineageLines.approval(lineage));
        earlierTitle.setText(I18n.text("lineage.ui.earlier", lineage.earlier().size()));
        earlier.getItems().setAll(LineageLines.earlier(lineage));
        citedTitle.setText(I18n.text("lineage.ui.cited", lineage.citations().size()));
        cited.getItems().setAll(LineageLines.cited(lineage));
    }

    Node node() {
        return root;
    }
}
