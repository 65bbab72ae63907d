package org.esgstudio.ui.draft;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.esgstudio.model.Chapter;
import org.esgstudio.model.Report;
import org.esgstudio.ui.common.I18n;
import org.esgstudio.ui.data.ImportProblemsDialog;

/**
 * Asks which Word draft to import and where it goes — new chapters (one per Heading 1) or into an existing chapter
 * (its Heading 2s become sections there) — and afterwards says what was imported, what was read differently from
 * the draft, and what validation found in it; a refused draft lists its problems.
 */
public final class DraftImportDialog {
    /** What to import: the file, and the id of the chapter to put it into (empty: new chapters). */
    public record Request(Path file, Optional<String> intoChapter) {
    }

    private DraftImportDialog() {
    }

    /** Shows the dialog over {@code owner}; {@code chooseFile} asks for the .docx. Call on the FX thread. */
    public static Optional<Request> ask(Window owner, Report report, Function<Window, Optional<Path>> chooseFile) {
        Dialog<Request> dialog = new Dialog<>();
        dialog.setTitle(I18n.text("ui.draft.title"));
        dialog.setHeaderText(I18n.text("ui.draft.header"));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        ObjectProperty<Path> file = new SimpleObjectProperty<>();
        TextField path = new TextField();
        path.setId("draftFile");
        path.setEditable(false);
        path.setPrefColumnCount(34);
        path.textProperty().bind(Bindings.createStringBinding(() -> file.get() == null ? "" : file.get().toString(),
                file));
        Button choose = new Button(I18n.text("ui.export.choose"));
        choose.setId("draftChoose");
        choose.setOnAction(event -> chooseFile.apply(dialog.getDialogPane().getScene().getWindow())
                .ifPresent(file::set));
        HBox.setHgrow(path, Priority.ALWAYS);

        ToggleGroup where = new ToggleGroup();
        RadioButton asChapters = new RadioButton(I18n.text("ui.draft.asChapters"));
        asChapters.setId("draftAsChapters");
        asChapters.setToggleGroup(where);
        asChapters.setSelected(true);
        RadioButton intoChapter = new RadioButton(I18n.text("ui.draft.intoChapter"));
        intoChapter.setId("draftIntoChapter");
        intoChapter.setToggleGroup(where);
        ComboBox<Chapter> chapters = chapterBox(report.chapters());
        chapters.disableProperty().bind(intoChapter.selectedProperty().not());
        intoChapter.setDisable(report.chapters().isEmpty());

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(12, 4, 4, 4));
        grid.addRow(0, fieldLabel("ui.draft.file"), new HBox(8, path, choose));
        grid.addRow(1, fieldLabel("ui.draft.where"), new VBox(8, asChapters, new HBox(8, intoChapter, chapters)));
        Label about = new Label(I18n.text("ui.draft.about"));
        about.setWrapText(true);
        about.setMaxWidth(560);
        about.getStyleClass().addAll("text-muted", "text-small");
        dialog.getDialogPane().setContent(new VBox(10, grid, about));
        ButtonType importButton = new ButtonType(I18n.text("ui.draft.import"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(I18n.text("ui.export.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(importButton, cancel);
        dialog.getDialogPane().lookupButton(importButton).disableProperty().bind(file.isNull());
        dialog.setResultConverter(button -> button != importButton || file.get() == null ? null
                : new Request(file.get(), intoChapter.isSelected() && chapters.getValue() != null
                        ? Optional.of(chapters.getValue().id()) : Optional.empty()));
        return dialog.showAndWait();
    }

    private static Label fieldLabel(String key) {
        Label label = new Label(I18n.text(key));
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private static ComboBox<Chapter> chapterBox(List<Chapter> chapters) {
        ComboBox<Chapter> box = new ComboBox<>();
        box.setId("draftChapter");
        box.getItems().setAll(chapters);
        if (!chapters.isEmpty()) {
            box.setValue(chapters.get(0));
        }
        javafx.util.Callback<javafx.scene.control.ListView<Chapter>, ListCell<Chapter>> cells = list -> new ListCell<>() {
            @Override
            protected void updateItem(Chapter chapter, boolean empty) {
                super.updateItem(chapter, empty);
                setText(empty || chapter == null ? null : I18n.text("ui.export.chapter.one",
                        chapters.indexOf(chapter) + 1, chapter.title().zh()));
            }
        };
        box.setCellFactory(cells);
        box.setButtonCell(cells.call(null));
        return box;
    }

    /** What an import did: a summary with the notes and the validation of the imported text, or the problems. */
    public static void showOutcome(Window owner, DraftImporter.Outcome outcome) {
        if (outcome instanceof DraftImporter.Refused refused) {
            ImportProblemsDialog.show(owner, refused.problems());
            return;
        }
        DraftImporter.Imported imported = (DraftImporter.Imported) outcome;
        Alert alert = new Alert(imported.errors() > 0 ? Alert.AlertType.WARNING : Alert.AlertType.INFORMATION);
        alert.setTitle(I18n.text("ui.draft.title"));
        alert.setHeaderText(imported.summary());
        StringBuilder body = new StringBuilder(imported.validation());
        if (!imported.notes().isEmpty()) {
            body.append("\n\n").append(I18n.text("ui.draft.notes"));
            imported.notes().forEach(note -> body.append("\n• ").append(note));
        }
        Label text = new Label(body.toString());
        text.setWrapText(true);
        text.setMaxWidth(600);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("draftOutcome");
        alert.getButtonTypes().setAll(new ButtonType(I18n.text("ui.data.import.close"),
                ButtonBar.ButtonData.OK_DONE));
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.show();
    }
}
