package org.esgstudio.ui.outline;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One row of the outline: the kind's icon, the label, a red badge with the number of errors inside; a text field
 * while renaming; a drag source, and a drop target that shows whether the node would land before, after or into it.
 */
final class OutlineCell extends TreeCell<OutlineNode> {
    static final DataFormat NODE_ID = new DataFormat("application/x-esgstudio-node");
    private static final String[] DROP_CLASSES = {"drop-before", "drop-after", "drop-into"};
    private final OutlineView outline;

    OutlineCell(OutlineView outline) {
        this.outline = outline;
        setOnDragDetected(event -> {
            OutlineNode node = getItem();
            if (node == null || node.id().startsWith("#")) {
                return;
            }
            ClipboardContent content = new ClipboardContent();
            content.put(NODE_ID, node.id());
            startDragAndDrop(TransferMode.MOVE).setContent(content);
            event.consume();
        });
        setOnDragOver(event -> {
            OutlineActions.Drop where = where(event);
            String dragged = (String) event.getDragboard().getContent(NODE_ID);
            clearDropClasses();
            if (getItem() != null && dragged != null
                    && outline.actions().canDrop(dragged, getItem().id(), where)) {
                event.acceptTransferModes(TransferMode.MOVE);
                getStyleClass().add(DROP_CLASSES[where.ordinal()]);
            }
            event.consume();
        });
        setOnDragExited(event -> clearDropClasses());
        setOnDragDropped(event -> {
            String dragged = (String) event.getDragboard().getContent(NODE_ID);
            boolean done = getItem() != null && dragged != null
                    && outline.actions().drop(dragged, getItem().id(), where(event));
            clearDropClasses();
            event.setDropCompleted(done);
            event.consume();
        });
    }

    /** The top quarter of a row drops before it, the bottom quarter after it, the middle into it. */
    private OutlineActions.Drop where(DragEvent event) {
        double y = event.getY();
        double h = getHeight();
        if (y < h * 0.25) {
            return OutlineActions.Drop.BEFORE;
        }
        return y > h * 0.75 ? OutlineActions.Drop.AFTER : OutlineActions.Drop.INTO;
    }

    private void clearDropClasses() {
        getStyleClass().removeAll(DROP_CLASSES);
    }

    @Override
    public void startEdit() {
        if (getItem() == null || !outline.actions().canRename(getItem().id())) {
            return;
        }
        super.startEdit();
        TextField field = new TextField(outline.actions().title(getItem().id()));
        field.setId("outlineRename");
        field.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                outline.actions().rename(getItem().id(), field.getText());
                commitEdit(getItem());
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                cancelEdit();
                event.consume();
            }
        });
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && isEditing()) {
                outline.actions().rename(getItem().id(), field.getText());
                commitEdit(getItem());
            }
        });
        setText(null);
        setGraphic(field);
        field.selectAll();
        field.requestFocus();
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        show(getItem());
    }

    @Override
    protected void updateItem(OutlineNode node, boolean empty) {
        super.updateItem(node, empty);
        if (empty || node == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        if (!isEditing()) {
            show(node);
        }
    }

    private void show(OutlineNode node) {
        if (node == null) {
            return;
        }
        FontIcon icon = new FontIcon(icon(node.kind()));
        Label label = new Label(node.label());
        label.setMinWidth(0);
        HBox box = new HBox(6, icon, label);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        int errors = outline.errorsIn(node.id());
        if (errors > 0) {
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Label badge = new Label(Integer.toString(errors));
            badge.getStyleClass().add("error-badge");
            badge.setId("badge-" + node.id());
            box.getChildren().addAll(spacer, badge);
        }
        setText(null);
        setGraphic(box);
    }

    private static Feather icon(OutlineKind kind) {
        return switch (kind) {
            case REPORT -> Feather.BOOK;
            case FRONT_MATTER, BACK_MATTER -> Feather.FOLDER;
            case FRONT_PART, BACK_PART -> Feather.FILE;
            case CHAPTER -> Feather.BOOKMARK;
            case FEATURE -> Feather.STAR;
            case SECTION -> Feather.HASH;
            case CASE_STUDY -> Feather.BRIEFCASE;
            case BLOCK -> Feather.ALIGN_LEFT;
        };
    }
}
