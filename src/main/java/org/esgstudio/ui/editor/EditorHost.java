package org.esgstudio.ui.editor;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.esgstudio.data.Project;
import org.esgstudio.model.Identified;
import org.esgstudio.model.ReportQuery;
import org.esgstudio.ui.common.I18n;
import org.esgstudio.ui.common.Tasks;
import org.esgstudio.ui.editor.disclosures.DisclosureBar;

/**
 * The centre of the window: the editor of the selected node. A new selection makes a new editor; a changed project
 * hands the node's new version to the editor already shown (which keeps its caret), and a deleted node empties the
 * pane. Above every editor, whatever the node's kind, the {@link DisclosureBar} shows and edits the node's
 * disclosure codes.
 */
public final class EditorHost {
    private final StackPane root = new StackPane();
    private final BorderPane frame = new BorderPane();
    private final DisclosureBar disclosures;
    private final EditorContext context;
    private final EditorRegistry registry;
    private final Label empty = new Label(I18n.text("ui.editor.empty"));
    private NodeEditor editor;
    private String shownId;
    private Identified shownNode;

    public EditorHost(EditorContext context, EditorRegistry registry) {
        this.context = context;
        this.registry = registry;
        root.setId("editorHost");
        empty.getStyleClass().add("text-muted");
        root.getChildren().setAll(empty);
        disclosures = new DisclosureBar(context.workspace(), Tasks.background(), Tasks.fxThread());
        frame.setTop(disclosures.view());
        frame.setCenter(root);
        context.workspace().selectedProperty().addListener((obs, old, id) -> select(id));
        context.workspace().projectProperty().addListener((obs, old, project) -> refresh(project));
        select(context.workspace().selectedProperty().get());
    }

    private void select(String id) {
        if (id != null && id.equals(shownId)) {
            return;
        }
        drop();
        shownId = id;
        Optional<Identified> node = id == null ? Optional.empty()
                : ReportQuery.node(context.workspace().current().report(), id);
        if (node.isEmpty()) {
            disclosures.show(null);
            root.getChildren().setAll(empty);
            return;
        }
        disclosures.show(id);
        editor = registry.create(node.get(), context).orElse(null);
        if (editor == null) {
            Label none = new Label(I18n.text("ui.editor.noEditor"));
            none.getStyleClass().add("text-muted");
            root.getChildren().setAll(none);
            return;
        }
        shownNode = node.get();
        editor.show(shownNode);
        root.getChildren().setAll(editor.view());
    }

    private void refresh(Project project) {
        if (shownId == null) {
            return;
        }
        Optional<Identified> node = ReportQuery.node(project.report(), shownId);
        if (node.isEmpty()) {
            drop();
            shownId = null;
            disclosures.show(null);
            root.getChildren().setAll(empty);
            return;
        }
        if (editor != null && node.get() != shownNode) {
            shownNode = node.get();
            editor.show(shownNode);
        }
    }

    private void drop() {
        if (editor != null) {
            editor.dispose();
            editor = null;
        }
        shownNode = null;
    }

    /** The editor shown now, if any (find and the review panel reveal places in it). */
    public Optional<NodeEditor> editor() {
        return Optional.ofNullable(editor);
    }

    /** The disclosure codes row above the editor. */
    public DisclosureBar disclosures() {
        return disclosures;
    }

    public Node view() {
        return frame;
    }
}
