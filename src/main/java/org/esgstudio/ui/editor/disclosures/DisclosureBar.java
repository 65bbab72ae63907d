package org.esgstudio.ui.editor.disclosures;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.esgstudio.data.Project;
import org.esgstudio.frameworks.Catalogues;
import org.esgstudio.model.DisclosureTags;
import org.esgstudio.model.Report;
import org.esgstudio.model.ReportQuery;
import org.esgstudio.store.OpenMode;
import org.esgstudio.ui.common.I18n;
import org.esgstudio.ui.common.Tasks;
import org.esgstudio.ui.workspace.Edit;
import org.esgstudio.ui.workspace.Workspace;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The 披露项 row above the editor: the disclosure codes of the element shown (a part, chapter, section or block) as
 * chips with a remove button, and 添加披露项… opening the {@link DisclosurePicker}. Adding and removing are edits of
 * the report like any other (undone with Ctrl+Z, saved by autosave). The catalogues are read once, off the FX thread;
 * until they are, chips show the codes as written and the picker waits. A project opened read-only shows the codes
 * but does not change them.
 */
public final class DisclosureBar {
    static final String STYLESHEET = DisclosureBar.class.getResource("disclosures.css").toExternalForm();

    /** About three lines of chips. */
    private static final double MAX_HEIGHT = 84;

    private final Workspace workspace;
    private final FlowPane chips = new FlowPane(6, 4);
    private final Button add = new Button(I18n.text("ui.disclosure.add"), new FontIcon(Feather.PLUS));
    private final HBox root;
    private final boolean writable;
    private Catalogues catalogues;
    private String elementId;
    private List<String> shownCodes = List.of();

    public DisclosureBar(Workspace workspace, Executor background, Executor ui) {
        this.workspace = workspace;
        this.writable = workspace.file().mode() != OpenMode.READ_ONLY;
        Label title = new Label(I18n.text("ui.disclosure.row"));
        title.getStyleClass().add("disclosure-title");
        title.setMinWidth(Label.USE_PREF_SIZE);
        title.setTooltip(new Tooltip(I18n.text("ui.disclosure.rowTip")));
        title.setPadding(new Insets(2, 0, 0, 0));
        chips.setId("disclosureChips");
        chips.setAlignment(Pos.CENTER_LEFT);
        chips.setPrefWrapLength(400);
        HBox.setHgrow(chips, Priority.ALWAYS);
        add.setId("addDisclosure");
        add.getStyleClass().addAll("flat", "small");
        add.setMinWidth(Button.USE_PREF_SIZE);
        add.setTooltip(new Tooltip(I18n.text(writable ? "ui.disclosure.addTip" : "ui.disclosure.readOnly")));
        add.setDisable(true);
        add.setOnAction(event -> openPicker());
        // Many codes (a governance section carries twenty) scroll within three lines rather than push the form down.
        ScrollPane scroll = new ScrollPane(chips);
        scroll.setId("disclosureScroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMaxHeight(MAX_HEIGHT);
        scroll.getStyleClass().addAll("edge-to-edge", "disclosure-scroll");
        HBox.setHgrow(scroll, Priority.ALWAYS);
        root = new HBox(8, title, scroll, add);
        root.setId("disclosureBar");
        root.setAlignment(Pos.TOP_LEFT);
        root.setPadding(new Insets(4, 12, 4, 16));
        root.getStyleClass().add("disclosure-bar");
        root.getStylesheets().add(STYLESHEET);
        workspace.projectProperty().addListener((obs, old, project) -> projectChanged(project));
        show(null);
        Tasks.create(org.esgstudio.ui.common.Frameworks::catalogues).onSuccess(loaded -> {
            catalogues = loaded;
            render();
        }).onError(error -> { /* the codes stay as written; the validation names a broken catalogue */ })
                .run(background, ui);
    }

    /** Shows the codes of this element (null: none shown, the row is hidden). */
    public void show(String id) {
        elementId = id;
        boolean present = id != null && ReportQuery.node(workspace.current().report(), id).isPresent();
        root.setVisible(present);
        root.setManaged(present);
        shownCodes = present ? workspace.current().report().disclosures().of(id) : List.of();
        render();
    }

    private void projectChanged(Project project) {
        if (elementId == null) {
            return;
        }
        List<String> codes = project.report().disclosures().of(elementId);
        if (!codes.equals(shownCodes)) {
            shownCodes = codes;
            render();
        }
    }

    private void render() {
        List<Node> nodes = new ArrayList<>();
        for (String code : shownCodes) {
            nodes.add(chip(code));
        }
        if (nodes.isEmpty()) {
            Label none = new Label(I18n.text("ui.disclosure.none"));
            none.getStyleClass().add("text-muted");
            nodes.add(none);
        }
        chips.getChildren().setAll(nodes);
        add.setDisable(!writable || catalogues == null || elementId == null);
    }

    private Node chip(String code) {
        Label text = new Label(DisclosureLabels.chip(catalogues, code));
        text.setTooltip(new Tooltip(code));
        HBox chip = new HBox(2, text);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().add("disclosure-chip");
        if (catalogues != null && !DisclosureLabels.known(catalogues, code)) {
            chip.getStyleClass().add("unknown");
        }
        chip.setUserData(code);
        if (writable) {
            Button remove = new Button(null, new FontIcon(Feather.X));
            remove.getStyleClass().addAll("flat", "chip-remove");
            remove.setUserData(code);
            remove.setTooltip(new Tooltip(I18n.text("ui.disclosure.remove", text.getText())));
            remove.setOnAction(event -> remove(code));
            chip.getChildren().add(remove);
        }
        return chip;
    }

    private void openPicker() {
        if (elementId == null || catalogues == null || !writable) {
            return;
        }
        String id = elementId;
        DisclosurePicker.open(root, catalogues, shownCodes, chosen -> add(id, chosen));
    }

    /** Tags the element with more codes: one undoable edit. */
    public void add(String id, List<String> codes) {
        if (!writable || codes.isEmpty()) {
            return;
        }
        workspace.apply(Edit.report(I18n.text("ui.disclosure.editAdd"), report -> {
            List<String> now = new ArrayList<>(report.disclosures().of(id));
            now.addAll(codes);
            return retagged(report, id, now);
        }));
    }

    /** Takes one code off the element: one undoable edit. */
    public void remove(String code) {
        String id = elementId;
        if (!writable || id == null) {
            return;
        }
        workspace.apply(Edit.report(I18n.text("ui.disclosure.editRemove"), report -> {
            List<String> now = new ArrayList<>(report.disclosures().of(id));
            now.remove(code);
            return retagged(report, id, now);
        }));
    }

    private static Report retagged(Report report, String id, List<String> codes) {
        DisclosureTags tags = report.disclosures().with(id, codes);
        return tags.equals(report.disclosures()) ? report : report.withDisclosures(tags);
    }

    /** The codes shown now (the element's, as the report has them). */
    public List<String> codes() {
        return shownCodes;
    }

    public Node view() {
        return root;
    }
}
