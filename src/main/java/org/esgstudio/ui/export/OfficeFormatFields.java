package org.esgstudio.ui.export;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.esgstudio.ui.common.I18n;

/** The export dialog's fields for the Word review copy (chapter, comments) and the data template (department). */
final class OfficeFormatFields {
    private OfficeFormatFields() {
    }

    /** The whole report or one chapter, for the review copy. */
    static ComboBox<Integer> chapters(ExportViewModel model) {
        ComboBox<Integer> box = new ComboBox<>();
        box.setId("exportChapter");
        List<String> titles = model.chapterTitles();
        box.getItems().add(null);
        for (int i = 1; i <= titles.size(); i++) {
            box.getItems().add(i);
        }
        javafx.util.Callback<javafx.scene.control.ListView<Integer>, ListCell<Integer>> cells = list -> new ListCell<>() {
            @Override
            protected void updateItem(Integer number, boolean empty) {
                super.updateItem(number, empty);
                setText(empty ? null : number == null ? I18n.text("ui.export.chapter.all")
                        : I18n.text("ui.export.chapter.one", number, titles.get(number - 1)));
            }
        };
        box.setCellFactory(cells);
        box.setButtonCell(cells.call(null));
        box.valueProperty().bindBidirectional(model.chapterProperty());
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    /** Errors and warnings as comments, or every finding (info notes about unmatched figures too). */
    static javafx.scene.control.CheckBox comments(ExportViewModel model) {
        javafx.scene.control.CheckBox all = new javafx.scene.control.CheckBox(I18n.text("ui.export.comments.all"));
        all.setId("exportAllFindings");
        all.selectedProperty().bindBidirectional(model.allFindingsProperty());
        return all;
    }

    /** The departments owning indicators, for the data-collection workbook. */
    static Node departments(ExportViewModel model) {
        List<String> names = model.departments();
        if (names.isEmpty()) {
            Label none = new Label(I18n.text("ui.export.noDepartments"));
            none.getStyleClass().add("text-muted");
            return none;
        }
        ComboBox<String> box = new ComboBox<>();
        box.setId("exportDepartment");
        box.getItems().setAll(names);
        box.valueProperty().bindBidirectional(model.departmentProperty());
        box.setPrefWidth(200);
        Label about = new Label(I18n.text("ui.export.templateAbout"));
        about.getStyleClass().addAll("text-muted", "text-small");
        about.setWrapText(true);
        return new VBox(4, box, about);
    }
}
