package org.esgstudio.ui.editor.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.esgstudio.data.DataSet;
import org.esgstudio.data.FigureFormat;
import org.esgstudio.ui.common.I18n;

/**
 * Chooses the indicator (and year) of a figure reference: a list of the store's indicators filtered as one types
 * (name, code, aliases), each with its unit and latest value; the year defaults to the report's.
 */
final class FigurePicker {
    /** The chosen indicator and year. */
    record Pick(String code, int year) {
    }

    private FigurePicker() {
    }

    static Dialog<Pick> open(Node owner, DataSet data, int reportYear, Consumer<Pick> onDone) {
        Dialog<Pick> dialog = new Dialog<>();
        dialog.setTitle(I18n.text("ui.prose.figure.title"));
        TextField filter = new TextField();
        filter.setId("figureFilter");
        filter.setPromptText(I18n.text("ui.prose.figure.filter"));
        FilteredList<IndicatorChoice> shown = new FilteredList<>(FXCollections.observableList(IndicatorChoice.of(data)));
        ListView<IndicatorChoice> list = new ListView<>(shown);
        list.setId("figureList");
        list.setCellFactory(view -> new ChoiceCell());
        list.setPrefSize(560, 360);
        filter.textProperty().addListener((obs, old, query) -> {
            shown.setPredicate(choice -> choice.matches(query));
            list.getSelectionModel().selectFirst();
        });
        ComboBox<Integer> year = new ComboBox<>(FXCollections.observableList(years(data, reportYear)));
        year.setId("figureYear");
        year.setValue(reportYear);
        Label preview = new Label();
        preview.getStyleClass().add("text-muted");
        Runnable updatePreview = () -> {
            IndicatorChoice choice = list.getSelectionModel().getSelectedItem();
            String value = choice == null || year.getValue() == null ? null
                    : FigureFormat.of(data, choice.code(), year.getValue(), false);
            preview.setText(choice == null ? "" : value == null ? I18n.text("ui.prose.chip.noValue")
                    : I18n.text("ui.prose.figure.preview", value, choice.unit()));
        };
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, choice) -> updatePreview.run());
        year.valueProperty().addListener((obs, old, value) -> updatePreview.run());
        HBox yearRow = new HBox(8, new Label(I18n.text("ui.prose.figure.year")), year, preview);
        yearRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox content = new VBox(8, filter, list, yearRow);
        VBox.setVgrow(list, Priority.ALWAYS);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStylesheets().add(ProseEditor.STYLESHEET);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        dialog.setResultConverter(button -> {
            IndicatorChoice choice = list.getSelectionModel().getSelectedItem();
            return button == ButtonType.OK && choice != null
                    ? new Pick(choice.code(), year.getValue() == null ? reportYear : year.getValue()) : null;
        });
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2
                    && list.getSelectionModel().getSelectedItem() != null) {
                dialog.setResult(dialog.getResultConverter().call(ButtonType.OK));
                dialog.close();
            }
        });
        filter.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN) {
                list.requestFocus();
            }
        });
        list.getSelectionModel().selectFirst();
        Dialogs.show(dialog, owner, onDone);
        javafx.application.Platform.runLater(filter::requestFocus);
        return dialog;
    }

    private static List<Integer> years(DataSet data, int reportYear) {
        List<Integer> years = new ArrayList<>(data.years());
        if (!years.contains(reportYear)) {
            years.add(reportYear);
        }
        years.sort(java.util.Comparator.reverseOrder());
        return years;
    }

    /** Two lines per indicator: its name, then code, aliases, unit and latest value. */
    private static final class ChoiceCell extends ListCell<IndicatorChoice> {
        @Override
        protected void updateItem(IndicatorChoice choice, boolean empty) {
            super.updateItem(choice, empty);
            if (empty || choice == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(choice.name());
            name.getStyleClass().add("picker-name");
            List<String> details = new ArrayList<>();
            details.add(choice.code());
            if (!choice.aliases().isEmpty()) {
                details.add(I18n.text("ui.prose.figure.aliases", String.join("、", choice.aliases())));
            }
            if (!choice.unit().isEmpty()) {
                details.add(choice.unit());
            }
            if (choice.latestValue() != null) {
                details.add(I18n.text("ui.prose.figure.latest", choice.latestYear(), choice.latestValue()));
            }
            Label detail = new Label(String.join(" · ", details));
            detail.getStyleClass().addAll("picker-detail", "text-muted");
            setText(null);
            setGraphic(new VBox(1, name, detail));
        }
    }
}
