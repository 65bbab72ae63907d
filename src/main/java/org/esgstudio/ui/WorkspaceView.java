package org.esgstudio.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import org.esgstudio.ui.common.I18n;
import org.esgstudio.ui.editor.EditorContext;
import org.esgstudio.ui.editor.EditorHost;
import org.esgstudio.ui.editor.EditorRegistry;
import org.esgstudio.ui.editor.ReadOnlyEditor;
import org.esgstudio.ui.outline.OutlineView;
import org.esgstudio.ui.workspace.Workspace;

/**
 * The window's content for one open project: the report page (outline, editor and preview side by side, the review
 * panel below) and the data page (indicators, values, rules).
 */
public final class WorkspaceView {
    private final TabPane pages = new TabPane();
    private final EditorContext context;
    private final EditorHost editors;

    public WorkspaceView(Workspace workspace, MainViewModel model) {
        this.context = EditorContext.of(workspace);
        EditorRegistry registry = new EditorRegistry().add(org.esgstudio.ui.editor.forms.FormEditors.factory()).add(ReadOnlyEditor.factory());
        this.editors = new EditorHost(context, registry);
        OutlineView outline = new OutlineView(model.outlineProperty(), model::select);
        SplitPane columns = new SplitPane(outline.node(), editors.view(), slot("previewSlot", "ui.preview.title"));
        columns.setDividerPositions(0.22, 0.62);
        SplitPane.setResizableWithParent(outline.node(), false);
        SplitPane rows = new SplitPane(columns, slot("reviewSlot", "ui.review.title"));
        rows.setOrientation(javafx.geometry.Orientation.VERTICAL);
        rows.setDividerPositions(0.78);
        Tab report = new Tab(I18n.text("ui.page.report"), rows);
        report.setId("reportPage");
        Tab data = new Tab(I18n.text("ui.page.data"), slot("dataSlot", "ui.page.data"));
        data.setId("dataPage");
        pages.getTabs().addAll(report, data);
        pages.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        pages.setId("pages");
    }

    private static Node slot(String id, String titleKey) {
        StackPane slot = new StackPane(new Label(I18n.text(titleKey)));
        slot.setId(id);
        return slot;
    }

    public EditorContext context() {
        return context;
    }

    public EditorHost editors() {
        return editors;
    }

    public Node view() {
        return pages;
    }
}
