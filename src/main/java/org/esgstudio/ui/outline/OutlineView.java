package org.esgstudio.ui.outline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import org.esgstudio.figures.Finding;
import org.esgstudio.figures.Severity;
import org.esgstudio.figures.ValidationReport;
import org.esgstudio.model.Block;
import org.esgstudio.model.BlockLabels;
import org.esgstudio.model.ReportQuery;
import org.esgstudio.ui.common.I18n;
import org.esgstudio.ui.workspace.Workspace;

/**
 * The report outline: front matter, chapters, sections and blocks, with add, delete, rename (F2), move (Alt+↑/↓,
 * drag and drop) and a red badge on every node holding validation errors. It follows the workspace: typing in a
 * block only relabels that block; other changes are merged into the tree by id, so expansion and selection stay.
 */
public final class OutlineView {
    static final KeyCombination MOVE_UP = new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN);
    static final KeyCombination MOVE_DOWN = new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN);
    static final KeyCombination RENAME = new KeyCodeCombination(KeyCode.F2);
    static final KeyCombination DELETE = new KeyCodeCombination(KeyCode.DELETE);
    static final KeyCombination ADD_PARAGRAPH = new KeyCodeCombination(KeyCode.INSERT);

    private final Workspace workspace;
    private final OutlineActions actions;
    private final TreeView<OutlineNode> tree = new TreeView<>();
    private final BorderPane root = new BorderPane();
    private final Map<String, TreeItem<OutlineNode>> items = new HashMap<>();
    private final Map<String, Integer> errors = new HashMap<>();
    private boolean selecting;

    public OutlineView(Workspace workspace) {
        this.workspace = workspace;
        this.actions = new OutlineActions(workspace);
        tree.setId("outline");
        tree.setShowRoot(false);
        tree.setEditable(true);
        tree.setCellFactory(view -> new OutlineCell(this));
        tree.setRoot(build(OutlineModel.of(workspace.current().report()), 0));
        tree.setContextMenu(contextMenu());
        tree.setOnKeyPressed(event -> {
            if (keyCommand(event)) {
                event.consume();
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!selecting && item != null && !item.getValue().id().startsWith("#")) {
                workspace.selectedProperty().set(item.getValue().id());
            }
        });
        workspace.selectedProperty().addListener((obs, old, id) -> reveal(id));
        workspace.addChangeListener(this::changed);
        workspace.validationProperty().addListener((obs, old, report) -> badges(report));
        badges(workspace.validationProperty().get());
        root.setTop(new OutlineToolbar(this).node());
        root.setCenter(tree);
        if (workspace.selectedProperty().get() == null) {
            selectFirstChapter();
        } else {
            reveal(workspace.selectedProperty().get());
        }
    }

    public BorderPane node() {
        return root;
    }

    public TreeView<OutlineNode> tree() {
        return tree;
    }

    OutlineActions actions() {
        return actions;
    }

    /** The id of the selected node, or null (also for the front- and back-matter folders). */
    String selectedId() {
        TreeItem<OutlineNode> item = tree.getSelectionModel().getSelectedItem();
        return item == null || item.getValue().id().startsWith("#") ? null : item.getValue().id();
    }

    int errorsIn(String id) {
        return errors.getOrDefault(id, 0);
    }

    // ---- commands (the toolbar, context menu and keys share them) ----

    public void addBlock(NewBlockKind kind) {
        actions.addBlock(kind, selectedId()).ifPresent(this::selectAndFocus);
    }

    public void addSection() {
        actions.addSection(selectedId()).ifPresent(this::selectAndFocus);
    }

    public void addChapter() {
        selectAndFocus(actions.addChapter(selectedId()));
    }

    public void delete() {
        String id = selectedId();
        if (id != null) {
            Optional<String> next = actions.delete(id);
            next.ifPresent(this::selectAndFocus);
        }
    }

    public void move(int by) {
        String id = selectedId();
        if (id != null && actions.move(id, by)) {
            selectAndFocus(id);
        }
    }

    public void rename() {
        String id = selectedId();
        if (id != null && actions.canRename(id)) {
            tree.edit(items.get(id));
        }
    }

    private boolean keyCommand(javafx.scene.input.KeyEvent event) {
        if (tree.getEditingItem() != null) {
            return false;
        }
        if (MOVE_UP.match(event)) {
            move(-1);
        } else if (MOVE_DOWN.match(event)) {
            move(+1);
        } else if (RENAME.match(event)) {
            rename();
        } else if (DELETE.match(event)) {
            delete();
        } else if (ADD_PARAGRAPH.match(event)) {
            addBlock(NewBlockKind.PARAGRAPH);
        } else {
            return false;
        }
        return true;
    }

    private ContextMenu contextMenu() {
        Menu add = addMenu();
        MenuItem rename = new MenuItem(I18n.text("ui.outline.rename"));
        rename.setAccelerator(RENAME);
        rename.setOnAction(e -> rename());
        MenuItem delete = new MenuItem(I18n.text("ui.outline.delete"));
        delete.setAccelerator(DELETE);
        delete.setOnAction(e -> delete());
        MenuItem up = new MenuItem(I18n.text("ui.outline.moveUp"));
        up.setAccelerator(MOVE_UP);
        up.setOnAction(e -> move(-1));
        MenuItem down = new MenuItem(I18n.text("ui.outline.moveDown"));
        down.setAccelerator(MOVE_DOWN);
        down.setOnAction(e -> move(+1));
        ContextMenu menu = new ContextMenu(add, new SeparatorMenuItem(), rename, delete, new SeparatorMenuItem(), up,
                down);
        menu.setOnShowing(e -> {
            String id = selectedId();
            rename.setDisable(!actions.canRename(id));
            delete.setDisable(id == null);
            add.getItems().forEach(item -> item.setDisable(item.getUserData() instanceof NewBlockKind
                    && !actions.canAddBlock(id)));
        });
        return menu;
    }

    /** The Add menu: chapter, section, then each kind of block. */
    Menu addMenu() {
        Menu add = new Menu(I18n.text("ui.outline.add"));
        MenuItem chapter = new MenuItem(I18n.text("ui.outline.add.chapter"));
        chapter.setOnAction(e -> addChapter());
        MenuItem section = new MenuItem(I18n.text("ui.outline.add.section"));
        section.setOnAction(e -> addSection());
        add.getItems().addAll(chapter, section, new SeparatorMenuItem());
        for (NewBlockKind kind : NewBlockKind.values()) {
            MenuItem item = new MenuItem(I18n.text(kind.key()));
            item.setUserData(kind);
            if (kind == NewBlockKind.PARAGRAPH) {
                item.setAccelerator(ADD_PARAGRAPH);
            }
            item.setOnAction(e -> addBlock(kind));
            add.getItems().add(item);
        }
        return add;
    }

    // ---- following the workspace ----

    private void changed(Workspace.Change change) {
        if (!change.reportChanged()) {
            return;
        }
        String block = change.onlyBlock();
        if (block != null) {
            TreeItem<OutlineNode> item = items.get(block);
            Optional<Block> now = ReportQuery.block(change.after().report(), block);
            if (item != null && now.isPresent()) {
                String label = BlockLabels.label(now.get());
                if (!label.equals(item.getValue().label())) {
                    OutlineNode old = item.getValue();
                    item.setValue(new OutlineNode(old.id(), label, old.kind(), old.children()));
                }
                return;
            }
        }
        String selected = workspace.selectedProperty().get();
        merge(tree.getRoot(), OutlineModel.of(change.after().report()), 0);
        items.keySet().retainAll(ids(tree.getRoot(), new ArrayList<>()));
        badges(workspace.validationProperty().get());
        if (selected != null) {
            reveal(selected);
        }
    }

    private TreeItem<OutlineNode> build(OutlineNode node, int depth) {
        TreeItem<OutlineNode> item = new TreeItem<>(node);
        items.put(node.id(), item);
        node.children().forEach(child -> item.getChildren().add(build(child, depth + 1)));
        // Chapters open to show their sections; sections stay closed until asked.
        item.setExpanded(depth <= 1 && node.kind() != OutlineKind.FRONT_MATTER && node.kind() != OutlineKind.BACK_MATTER);
        return item;
    }

    /** Brings {@code item} to {@code node}, reusing the items of children that are still there (same id). */
    private void merge(TreeItem<OutlineNode> item, OutlineNode node, int depth) {
        if (!item.getValue().equals(node)) {
            item.setValue(node);
        }
        List<TreeItem<OutlineNode>> children = new ArrayList<>();
        for (OutlineNode child : node.children()) {
            TreeItem<OutlineNode> existing = items.get(child.id());
            if (existing == null) {
                children.add(build(child, depth + 1));
            } else {
                merge(existing, child, depth + 1);
                children.add(existing);
            }
        }
        if (!children.equals(item.getChildren())) {
            item.getChildren().setAll(children);
        }
    }

    private static List<String> ids(TreeItem<OutlineNode> item, List<String> into) {
        into.add(item.getValue().id());
        item.getChildren().forEach(child -> ids(child, into));
        return into;
    }

    private void badges(ValidationReport report) {
        errors.clear();
        if (report != null) {
            for (Finding finding : report.findings()) {
                if (finding.severity() != Severity.ERROR || finding.blockId() == null) {
                    continue;
                }
                for (TreeItem<OutlineNode> item = items.get(finding.blockId()); item != null; item = item.getParent()) {
                    errors.merge(item.getValue().id(), 1, Integer::sum);
                }
            }
        }
        tree.refresh();
    }

    /** Selects the node with that id in the tree (opening its parents and scrolling to it). */
    private void reveal(String id) {
        TreeItem<OutlineNode> item = id == null ? null : items.get(id);
        if (item == null || item == tree.getSelectionModel().getSelectedItem()) {
            return;
        }
        for (TreeItem<OutlineNode> parent = item.getParent(); parent != null; parent = parent.getParent()) {
            parent.setExpanded(true);
        }
        selecting = true;
        try {
            tree.getSelectionModel().select(item);
        } finally {
            selecting = false;
        }
        int row = tree.getRow(item);
        if (row >= 0) {
            tree.scrollTo(Math.max(0, row - 3));
        }
    }

    private void selectAndFocus(String id) {
        workspace.selectedProperty().set(id);
        reveal(id);
        tree.requestFocus();
    }

    /** A freshly opened report shows its first chapter, not an empty pane. */
    private void selectFirstChapter() {
        for (TreeItem<OutlineNode> item : tree.getRoot().getChildren()) {
            if (item.getValue().kind() == OutlineKind.CHAPTER || item.getValue().kind() == OutlineKind.FEATURE) {
                tree.getSelectionModel().select(item);
                return;
            }
        }
    }
}
