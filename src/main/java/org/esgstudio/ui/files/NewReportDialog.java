package org.esgstudio.ui.files;

import java.time.Year;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.esgstudio.ui.common.I18n;

/** New report (Ctrl+N): start from one of the bundled sample reports, or from an empty report. */
public final class NewReportDialog {
    static final String MAIN_SAMPLE = "qinghe-2024";
    static final String SECOND_SAMPLE = "hengchuan-2024";

    private NewReportDialog() {
    }

    public static Optional<NewReportChoice> ask(Window owner) {
        Dialog<NewReportChoice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(I18n.text("ui.newReport.title"));
        dialog.setHeaderText(I18n.text("ui.newReport.header"));
        ToggleGroup group = new ToggleGroup();
        RadioButton main = radio(group, "ui.newReport.mainSample", "newFromMain");
        RadioButton second = radio(group, "ui.newReport.secondSample", "newFromSecond");
        RadioButton blank = radio(group, "ui.newReport.blank", "newBlank");
        main.setSelected(true);
        TextField company = new TextField();
        company.setId("newCompany");
        company.setPromptText(I18n.text("ui.newReport.companyPrompt"));
        Spinner<Integer> year = new Spinner<>(2000, 2100, Year.now().getValue() - 1);
        year.setId("newYear");
        year.setEditable(true);
        GridPane fields = new GridPane();
        fields.setHgap(8);
        fields.setVgap(6);
        fields.setPadding(new Insets(0, 0, 0, 24));
        fields.addRow(0, new Label(I18n.text("ui.newReport.company")), company);
        fields.addRow(1, new Label(I18n.text("ui.newReport.year")), year);
        fields.disableProperty().bind(blank.selectedProperty().not());
        VBox content = new VBox(8, main, second, blank, fields);
        content.setPadding(new Insets(12));
        dialog.getDialogPane().setContent(content);
        ButtonType create = new ButtonType(I18n.text("ui.newReport.create"), ButtonType.OK.getButtonData());
        dialog.getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(create).disableProperty()
                .bind(blank.selectedProperty().and(company.textProperty().isEmpty()));
        dialog.setResultConverter(button -> {
            if (button != create) {
                return null;
            }
            if (main.isSelected()) {
                return NewReportChoice.ofSample(MAIN_SAMPLE);
            }
            if (second.isSelected()) {
                return NewReportChoice.ofSample(SECOND_SAMPLE);
            }
            return NewReportChoice.blank(company.getText().strip(), year.getValue());
        });
        return dialog.showAndWait();
    }

    private static RadioButton radio(ToggleGroup group, String key, String id) {
        RadioButton radio = new RadioButton(I18n.text(key));
        radio.setToggleGroup(group);
        radio.setId(id);
        return radio;
    }
}
