package org.esgstudio.ui.versions;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.esgstudio.review.compare.BlockChange;
import org.esgstudio.review.compare.ChangeReport;
import org.esgstudio.review.compare.Comparison;
import org.esgstudio.ui.common.I18n;

/** A comparison shown: the counts, the changed figures (data store, then text), and the changed blocks with their diff. */
final class ComparisonView {
    private final VBox root = new VBox(8);
    private final Label summary = new Label();
    private final TableView<FigureRow> figures = new TableView<>();
    private final ListView<BlockChange> blocks = new ListView<>();

    ComparisonView() {
        root.setId("comparisonView");
        summary.setId("comparisonSummary");
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        figures.setId("changedFigures");
        figures.setPlaceholder(new Label(I18n.text("version.ui.noFigures")));
        figures.setPrefHeight(170);
        figures.setMinHeight(130);
        figures.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        figures.getColumns().add(column("version.report.column.where", FigureRow::where, 360));
        figures.getColumns().add(column("version.report.column.before", FigureRow::before, 130));
        figures.getColumns().add(column("version.report.column.after", FigureRow::after, 130));
        figures.getColumns().add(column("version.report.column.change", FigureRow::change, 60));
        blocks.setId("changedBlocks");
        blocks.setPlaceholder(new Label(I18n.text("version.ui.noBlocks")));
        blocks.setCellFactory(list -> new BlockChangeCell());
        blocks.setMinHeight(200);
        VBox.setVgrow(blocks, Priority.ALWAYS);
        Label figuresTitle = new Label(I18n.text("version.report.figures"));
        figuresTitle.getStyleClass().add("section-title");
        Label blocksTitle = new Label(I18n.text("version.report.blocks"));
        blocksTitle.getStyleClass().add("section-title");
        root.getChildren().addAll(summary, figuresTitle, figures, blocksTitle, blocks);
    }

    private static TableColumn<FigureRow, String> column(String key, java.util.function.Function<FigureRow, String> value,
                                                         double width) {
        TableColumn<FigureRow, String> column = new TableColumn<>(I18n.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    void show(ChangeReport report) {
        if (report == null) {
            summary.setText(I18n.text("version.ui.notCompared"));
            figures.getItems().clear();
            blocks.getItems().clear();
            return;
        }
        Comparison comparison = report.comparison();
        Comparison.Counts counts = comparison.counts();
        summary.setText(comparison.isEmpty() ? I18n.text("version.report.nothing") : String.join("\n",
                I18n.text("version.summary.blocks", counts.blocksAdded(), counts.blocksRemoved(),
                        counts.blocksChanged(), counts.blocksMoved()),
                I18n.text("version.summary.values", counts.valuesAdded(), counts.valuesRemoved(),
                        counts.valuesChanged()),
                I18n.text("version.summary.figures", counts.figuresAdded(), counts.figuresRemoved(),
                        counts.figuresChanged())));
        figures.getItems().setAll(FigureRow.of(comparison));
        blocks.getItems().setAll(comparison.blocks());
    }

    VBox view() {
        return root;
    }
}
