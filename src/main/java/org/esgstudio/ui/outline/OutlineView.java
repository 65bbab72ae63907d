package org.esgstudio.ui.outline;

import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The report outline as a tree: front matter, chapters, sections and blocks, each with an icon for its kind. */
public final class OutlineView {
    private final TreeView<OutlineNode> tree = new TreeView<>();

    public OutlineView(ObservableValue<OutlineNode> outline, Consumer<String> onSelect) {
        tree.setId("outline");
        tree.setShowRoot(false);
        tree.setCellFactory(view -> new OutlineCell());
        outline.addListener((obs, old, root) -> {
            tree.setRoot(root == null ? null : item(root, 0));
            selectFirstChapter();
        });
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) ->
                onSelect.accept(item == null ? null : item.getValue().id()));
    }

    /** A freshly opened report shows its first chapter, not an empty pane. */
    private void selectFirstChapter() {
        if (tree.getRoot() == null) {
            return;
        }
        for (TreeItem<OutlineNode> item : tree.getRoot().getChildren()) {
            if (item.getValue().kind() == OutlineKind.CHAPTER || item.getValue().kind() == OutlineKind.FEATURE) {
                tree.getSelectionModel().select(item);
                return;
            }
        }
    }

    public TreeView<OutlineNode> node() {
        return tree;
    }

    private static TreeItem<OutlineNode> item(OutlineNode node, int depth) {
        TreeItem<OutlineNode> item = new TreeItem<>(node);
        node.children().forEach(child -> item.getChildren().add(item(child, depth + 1)));
        // Chapters open to show their sections; sections stay closed until asked.
        item.setExpanded(depth <= 1 && node.kind() != OutlineKind.FRONT_MATTER && node.kind() != OutlineKind.BACK_MATTER);
        return item;
    }

    private static final class OutlineCell extends TreeCell<OutlineNode> {
        @Override
        protected void updateItem(OutlineNode node, boolean empty) {
            super.updateItem(node, empty);
            if (empty || node == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(node.label());
            setGraphic(new FontIcon(icon(node.kind())));
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
}
