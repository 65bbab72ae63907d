package org.esgstudio.ui;

import java.time.Clock;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.esgstudio.ui.common.I18n;
import org.esgstudio.ui.data.DataView;
import org.esgstudio.ui.data.KpiGridEditor;
import org.esgstudio.ui.editor.EditorContext;
import org.esgstudio.ui.editor.EditorHost;
import org.esgstudio.ui.editor.EditorRegistry;
import org.esgstudio.ui.editor.ReadOnlyEditor;
import org.esgstudio.ui.common.Tasks;
import org.esgstudio.ui.find.FindBar;
import org.esgstudio.ui.find.FindModel;
import org.esgstudio.ui.editor.forms.FormEditors;
import org.esgstudio.ui.editor.text.ProseEditor;
import org.esgstudio.ui.outline.OutlineView;
import org.esgstudio.ui.preview.PreviewPane;
import org.esgstudio.store.Authors;
import org.esgstudio.ui.review.ReviewPanel;
import org.esgstudio.ui.review.comments.CommentsPane;
import org.esgstudio.ui.review.disclosures.CoverageModel;
import org.esgstudio.ui.review.disclosures.CoveragePane;
import org.esgstudio.ui.review.signoff.SignOffModel;
import org.esgstudio.ui.review.signoff.SignOffPane;
import org.esgstudio.ui.settings.AppSettings;
import org.esgstudio.ui.workspace.Workspace;

/**
 * The window's content for one open project: the report page (outline, editor and preview side by side, the review
 * panel below) and the data page (indicators, values, rules).
 */
public final class WorkspaceView {
    private final TabPane pages = new TabPane();
    private final EditorContext context;
    private final EditorHost editors;
    private final OutlineView outline;
    private final FindModel findModel;
    private final FindBar findBar;
    private final BorderPane centre = new BorderPane();
    private final ReviewPanel review;
    private final PreviewPane preview;
    private final SignOffPane signOff;
    private final CommentsPane comments;
    private final CoveragePane coverage;
    private final TabPane reviewTabs = new TabPane();
    private Runnable changeUserName = () -> { };
    private SplitPane columns;
    private SplitPane rows;

    public WorkspaceView(Workspace workspace, MainViewModel model) {
        this.context = EditorContext.of(workspace);
        // Asked in order: the first that can edit a node gets it; the read-only view is the fallback.
        EditorRegistry registry = new EditorRegistry().add(ProseEditor.factory()).add(KpiGridEditor.factory())
                .add(FormEditors.factory()).add(ReadOnlyEditor.factory());
        this.editors = new EditorHost(context, registry);
        this.outline = new OutlineView(workspace);
        this.findModel = new FindModel(workspace, Tasks.background(), Tasks.fxThread(),
                (id, text) -> editors.editor().ifPresent(editor -> editor.reveal(text)));
        this.findBar = new FindBar(findModel, this::hideFind);
        centre.setCenter(editors.view());
        this.preview = new PreviewPane(workspace);
        StackPane previewSlot = new StackPane(preview.node());
        previewSlot.setId("previewSlot");
        columns = new SplitPane(outline.node(), centre, previewSlot);
        columns.setDividerPositions(0.22, 0.62);
        SplitPane.setResizableWithParent(outline.node(), false);
        // The data page is built when first shown: start-up only pays for the report page.
        Tab data = new Tab(I18n.text("ui.page.data"));
        data.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && data.getContent() == null) {
                data.setContent(new DataView(workspace).view());
            }
        });
        data.setId("dataPage");
        // A finding's block is selected first (the host shows its editor at once), then its figure is revealed.
        this.review = new ReviewPanel(workspace,
                finding -> editors.editor().ifPresent(editor -> editor.reveal(finding.text())),
                finding -> pages.getSelectionModel().select(data));
        this.signOff = new SignOffPane(workspace, new SignOffModel(workspace, Tasks.background(), Tasks.fxThread(),
                Authors::current, Clock.systemDefaultZone()), this::reveal, () -> changeUserName.run(),
                Authors::current);
        this.comments = new CommentsPane(workspace, block -> reveal(block, ""));
        this.coverage = new CoveragePane(new CoverageModel(workspace, Tasks.background(), Tasks.fxThread()),
                element -> reveal(element, ""));
        StackPane reviewSlot = new StackPane(reviewTabs());
        reviewSlot.setId("reviewSlot");
        rows = new SplitPane(columns, reviewSlot);
        rows.setOrientation(javafx.geometry.Orientation.VERTICAL);
        rows.setDividerPositions(0.78);
        Tab report = new Tab(I18n.text("ui.page.report"), rows);
        report.setId("reportPage");
        pages.getTabs().addAll(report, data);
        pages.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        pages.setId("pages");
    }

    /** The panel below the editor: the findings of validation, sign-off, review comments and disclosure coverage. */
    private TabPane reviewTabs() {
        Tab findings = new Tab(I18n.text("ui.review.tab.findings"), review.view());
        findings.setId("findingsTab");
        findings.textProperty().bind(Bindings.createStringBinding(() -> I18n.text("ui.review.tab.findingsCount",
                review.errorsProperty().get() + review.warningsProperty().get()), review.errorsProperty(),
                review.warningsProperty()));
        Tab signOffTab = new Tab(I18n.text("ui.signoff.tab"), signOff.view());
        signOffTab.setId("signoffTab");
        signOffTab.textProperty().bind(signOff.title());
        signOff.model().shownProperty().bind(signOffTab.selectedProperty());
        Tab commentsTab = new Tab(I18n.text("ui.review.tab.comments"), comments.view());
        commentsTab.setId("commentsTab");
        Tab disclosuresTab = new Tab(I18n.text("ui.disclosure.tab"), coverage.view());
        disclosuresTab.setId("disclosuresTab");
        disclosuresTab.textProperty().bind(coverage.title());
        coverage.model().shownProperty().bind(disclosuresTab.selectedProperty());
        reviewTabs.getTabs().addAll(findings, signOffTab, commentsTab, disclosuresTab);
        reviewTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        reviewTabs.setId("reviewTabs");
        reviewTabs.getStyleClass().add("review-tabs");
        return reviewTabs;
    }

    /** Selects a block in the editor and shows a figure's text in it (empty text: the block only). */
    private void reveal(String blockId, String text) {
        pages.getSelectionModel().select(0);
        context.workspace().selectedProperty().set(blockId);
        if (text != null && !text.isEmpty()) {
            editors.editor().ifPresent(editor -> editor.reveal(text));
        }
    }

    /** What the sign-off tab's "change" link does (the window asks for the user's name). */
    public void onChangeUserName(Runnable action) {
        this.changeUserName = action;
    }

    /** The user's name changed: the sign-off tab shows the new reviewer. */
    public void userNameChanged() {
        signOff.reviewerChanged();
    }

    /**
     * Shows the report page and one tab of the review panel: findings (0), sign-off (1), comments (2), disclosures (3).
     */
    public void showReviewTab(int index) {
        pages.getSelectionModel().select(0);
        reviewTabs.getSelectionModel().select(index);
    }

    /**
     * Where editing starts (the welcome's 开始编辑): the report page with the first chapter's first paragraph in the
     * editor (the chapter itself when it has none), the caret in its Chinese text.
     */
    public void startEditing() {
        org.esgstudio.model.Report report = context.workspace().current().report();
        if (report.chapters().isEmpty()) {
            pages.getSelectionModel().select(0);
            return;
        }
        org.esgstudio.model.Chapter first = report.chapters().get(0);
        String id = first.sections().stream().flatMap(section -> section.blocks().stream())
                .filter(block -> block instanceof org.esgstudio.model.Paragraph).map(block -> block.id())
                .findFirst().orElse(first.id());
        reveal(id, "");
        // after the pulse that shows the new editor: its text area takes the focus only once it is shown
        javafx.application.Platform.runLater(() -> editors.editor().ifPresent(editor -> editor.focus()));
    }

    /** Where checking starts (the welcome's 查看问题): the findings tab below the editor, the focus in its list. */
    public void startChecking() {
        showReviewTab(0);
        review.focus();
    }

    /** The tabs below the editor (findings, sign-off, comments, disclosures). */
    public TabPane reviewTabsPane() {
        return reviewTabs;
    }

    public SignOffPane signOff() {
        return signOff;
    }

    public CommentsPane comments() {
        return comments;
    }

    public CoveragePane coverage() {
        return coverage;
    }

    /** Shows the find bar above the editor and puts the cursor in it (Ctrl+F). */
    public void showFind() {
        centre.setTop(findBar.node());
        pages.getSelectionModel().select(0);
        findBar.focus();
    }

    public void hideFind() {
        centre.setTop(null);
        editors.editor().ifPresent(editor -> editor.focus());
    }

    public FindModel findModel() {
        return findModel;
    }

    public OutlineView outline() {
        return outline;
    }

    /** Shows the report page (0) or the data page (1). */
    public void showPage(int index) {
        pages.getSelectionModel().select(index);
    }

    /** Puts the split positions as the user left them last time. */
    public void restoreLayout(AppSettings settings) {
        settings.dividers("columns").filter(d -> d.length == 2).ifPresent(columns::setDividerPositions);
        settings.dividers("rows").filter(d -> d.length == 1).ifPresent(rows::setDividerPositions);
    }

    public void saveLayout(AppSettings settings) {
        settings.dividers("columns", columns.getDividerPositions());
        settings.dividers("rows", rows.getDividerPositions());
    }

    /** The view is being dropped (the report closes or the window is built anew): editors stop listening. */
    public void dispose() {
        editors.editor().ifPresent(editor -> editor.dispose());
    }

    public EditorContext context() {
        return context;
    }

    public EditorHost editors() {
        return editors;
    }

    /** The review panel below the editor (its counts feed the status bar). */
    public ReviewPanel review() {
        return review;
    }

    public PreviewPane preview() {
        return preview;
    }

    public Node view() {
        return pages;
    }
}
