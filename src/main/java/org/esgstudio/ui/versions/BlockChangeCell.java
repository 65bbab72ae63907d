package org.esgstudio.ui.versions;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.esgstudio.review.compare.BlockChange;
import org.esgstudio.review.compare.DiffSegment;
import org.esgstudio.review.compare.FieldChange;
import org.esgstudio.review.compare.NodeKinds;
import org.esgstudio.ui.common.I18n;

/**
 * A changed block in the comparison list: what happened to it (修改 · 段落 · id), where it is (and was, if moved),
 * then each changed field with its text inline, deletions struck through in red and insertions underlined in green.
 */
final class BlockChangeCell extends ListCell<BlockChange> {
    @Override
    protected void updateItem(BlockChange block, boolean empty) {
        super.updateItem(block, empty);
        setText(null);
        if (empty || block == null) {
            setGraphic(null);
            return;
        }
        VBox box = new VBox(3);
        box.getStyleClass().add("block-change");
        Label title = new Label(I18n.text("version.report.block", I18n.text("version.change." + block.change()),
                NodeKinds.name(block.kind()), block.id()));
        title.getStyleClass().addAll("block-change-title", "change-" + block.change().name().toLowerCase(
                java.util.Locale.ROOT));
        Label where = new Label(block.location());
        where.getStyleClass().add("block-change-where");
        where.setWrapText(true);
        box.getChildren().addAll(title, where);
        if (block.moved()) {
            Label moved = new Label(I18n.text("version.report.movedFrom", block.previousLocation()));
            moved.getStyleClass().add("block-change-where");
            moved.setWrapText(true);
            box.getChildren().add(moved);
        }
        for (FieldChange field : block.fields()) {
            Label label = new Label(field.label());
            label.getStyleClass().add("field-label");
            box.getChildren().addAll(label, flow(field));
        }
        // Wrap the text to the list's width (less the scroll bar), not to the longest paragraph.
        box.maxWidthProperty().bind(getListView().widthProperty().subtract(40));
        box.prefWidthProperty().bind(box.maxWidthProperty());
        setGraphic(box);
    }

    static TextFlow flow(FieldChange field) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("field-diff");
        for (DiffSegment segment : field.diff()) {
            Text text = new Text(segment.text());
            text.getStyleClass().add(switch (segment.kind()) {
                case DELETED -> "diff-deleted";
                case INSERTED -> "diff-inserted";
                default -> "diff-same";
            });
            flow.getChildren().add(text);
        }
        return flow;
    }
}
