package org.esgstudio.ui.data;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.esgstudio.ui.common.I18n;

/** Shows why an import was refused: every problem with its place ({@code sheet!cell}), and that nothing changed. */
public final class ImportProblemsDialog {
    private ImportProblemsDialog() {
    }

    public static Dialog<Void> show(Window owner, WorkbookImport.Refused refused) {
        TableView<WorkbookImport.ProblemLine> table = new TableView<>();
        table.setId("importProblems");
        table.getItems().setAll(refused.problems());
        TableColumn<WorkbookImport.ProblemLine, String> place = new TableColumn<>(I18n.text("ui.data.import.place"));
        // The header names the file: the column shows the sheet and cell, which a truncated file name would hide.
        String inFile = refused.file() + " › ";
        place.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().place().startsWith(inFile)
                ? cell.getValue().place().substring(inFile.length()) : cell.getValue().place()));
        place.setPrefWidth(160);
        place.setMinWidth(120);
        TableColumn<WorkbookImport.ProblemLine, String> problem =
                new TableColumn<>(I18n.text("ui.data.import.problem"));
        problem.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().problem()));
        problem.setPrefWidth(520);
        problem.setCellFactory(column -> new WrappedCell(column));
        table.getColumns().add(place);
        table.getColumns().add(problem);
        table.setPrefSize(760, 320);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_LAST_COLUMN);

        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(I18n.text("ui.data.import.problemsTitle"));
        dialog.setHeaderText(refused.summary());
        dialog.getDialogPane().setContent(table);
        // ButtonType.CLOSE is labelled in the JVM's language, not the app's.
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(I18n.text("ui.data.import.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setId("importProblemsPane");
        dialog.setResizable(true);
        dialog.initModality(Modality.WINDOW_MODAL);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.show();
        return dialog;
    }

    /** A problem sentence wraps within its column (they name the cell, the reason and the fix). */
    private static final class WrappedCell extends TableCell<WorkbookImport.ProblemLine, String> {
        private final Text text = new Text();

        WrappedCell(TableColumn<WorkbookImport.ProblemLine, String> column) {
            text.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            text.setText(empty || item == null ? "" : item);
            setGraphic(empty ? null : text);
            setText(null);
        }
    }
}
