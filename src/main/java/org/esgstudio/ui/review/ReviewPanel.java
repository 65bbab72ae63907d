package org.esgstudio.ui.review;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.esgstudio.figures.Finding;
import org.esgstudio.figures.FindingKind;
import org.esgstudio.figures.Severity;
import org.esgstudio.ui.common.I18n;
import org.esgstudio.ui.common.Tasks;
import org.esgstudio.ui.workspace.Workspace;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The review panel below the editor: every finding of the latest validation, grouped by chapter in reading order and
 * filtered by kind, chapter and search. Clicking a finding (or Enter on it) selects its block and asks the window to
 * reveal the figure; a finding about the data (a rule, a year-on-year change) goes to the data page instead. The
 * list follows each validation, keeping the selected finding and the rows in view where they still exist.
 */
public final class ReviewPanel {
    /** The combo's first item, standing for all chapters (no title is empty: a finding without one is "data"). */
    private static final String ALL = "";
    private final Workspace workspace;
    private final Consumer<Finding> reveal;
    private final Consumer<Finding> onDataFinding;
    private final ReviewModel model;
    private final ListView<ReviewRow> list = new ListView<>();
    private final Label placeholder = new Label();
    private final BorderPane root = new BorderPane();

    /**
     * {@code reveal} shows a finding's figure in the editor after the panel has selected its block;
     * {@code onDataFinding} takes a finding that has no block (the window shows the data page).
     */
    public ReviewPanel(Workspace workspace, Consumer<Finding> reveal, Consumer<Finding> onDataFinding) {
        this.workspace = workspace;
        this.reveal = reveal;
        this.onDataFinding = onDataFinding;
        this.model = new ReviewModel(Tasks.background(), Tasks.fxThread());
        root.setId("review");
        root.getStyleClass().add("review");
        root.getStylesheets().add(ReviewPanel.class.getResource("review.css").toExternalForm());
        root.setTop(toolbar());
        root.setCenter(list());
        model.rowsProperty().addListener((obs, old, rows) -> showRows(rows));
        placeholder.textProperty().bind(Bindings.createStringBinding(this::placeholderText,
                model.validatedProperty(), model.matchingProperty(), model.rowsProperty()));
        workspace.validationProperty().addListener((obs, old, report) -> model.show(workspace.current().report(),
                report));
        model.show(workspace.current().report(), workspace.validationProperty().get());
    }

    /** The kind buttons wrap onto a second line when the window is narrow; chapter and search stay on the right. */
    private Node toolbar() {
        FlowPane kinds = new FlowPane(4, 4);
        kinds.setAlignment(Pos.CENTER_LEFT);
        for (FindingKind kind : ReviewModel.KINDS) {
            kinds.getChildren().add(kindToggle(kind));
        }
        ComboBox<String> chapters = chapterChoice();
        TextField search = new TextField();
        search.setId("reviewSearch");
        search.setPromptText(I18n.text("ui.review.search"));
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setPrefColumnCount(13);
        HBox right = new HBox(6, chapters, search);
        right.setAlignment(Pos.TOP_RIGHT);
        right.setMinWidth(Region.USE_PREF_SIZE);
        BorderPane bar = new BorderPane(kinds, null, right, null, null);
        BorderPane.setMargin(right, new Insets(0, 0, 0, 8));
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("review-toolbar");
        return bar;
    }

    private ToggleButton kindToggle(FindingKind kind) {
        ToggleButton toggle = new ToggleButton();
        toggle.setId("kind-" + kind.json());
        toggle.getStyleClass().addAll("small", "review-kind");
        FontIcon icon = new FontIcon(FindingCell.icon(severityOf(kind)));
        icon.getStyleClass().add("severity-" + severityOf(kind).name().toLowerCase(java.util.Locale.ROOT));
        toggle.setGraphic(icon);
        String label = FindingCell.kindLabel(kind);
        toggle.textProperty().bind(Bindings.createStringBinding(() -> I18n.text("ui.review.kindCount", label,
                model.countProperty(kind).get()), model.countProperty(kind)));
        toggle.selectedProperty().bindBidirectional(model.shownProperty(kind));
        toggle.setTooltip(new Tooltip(I18n.text("ui.review.kindTip." + kind.json())));
        toggle.setFocusTraversable(false);
        toggle.setMinWidth(Region.USE_PREF_SIZE);
        return toggle;
    }

    /** The severity every finding of a kind has (FindingKind documents them; the icons follow it). */
    static Severity severityOf(FindingKind kind) {
        return switch (kind) {
            case MISMATCH, GROWTH, CROSSREF, RULE -> Severity.ERROR;
            case UNVERIFIED -> Severity.INFO;
            default -> Severity.WARNING;
        };
    }

    private ComboBox<String> chapterChoice() {
        ObservableList<String> items = FXCollections.observableArrayList(ALL);
        ComboBox<String> box = new ComboBox<>(items);
        boolean[] refilling = {false};
        model.chapters().addListener((javafx.collections.ListChangeListener<String>) change -> {
            String chosen = box.getValue();
            refilling[0] = true;
            // One replacement of the whole list: removing the chosen item first (setAll, then add ALL back) left the
            // box showing nothing after an import although its value was still "all chapters".
            List<String> next = new ArrayList<>();
            next.add(ALL);
            next.addAll(model.chapters());
            // A chapter renamed or emptied since it was chosen stays chosen (showing nothing) until changed.
            if (chosen != null && !next.contains(chosen)) {
                next.add(chosen);
            }
            items.setAll(next);
            box.setValue(null);
            box.setValue(chosen == null ? ALL : chosen);
            refilling[0] = false;
        });
        box.setId("reviewChapter");
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String title) {
                return title == null || title.isEmpty() ? I18n.text("ui.review.allChapters") : title;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        box.setValue(ALL);
        box.setPrefWidth(190);
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.valueProperty().addListener((obs, old, title) -> {
            if (!refilling[0]) {
                model.chapterProperty().set(title == null || title.isEmpty() ? null : title);
            }
        });
        model.chapterProperty().addListener((obs, old, title) -> box.setValue(title == null ? ALL : title));
        return box;
    }

    private Node list() {
        list.setId("reviewList");
        list.setCellFactory(view -> new FindingCell(this::activate));
        list.setPlaceholder(placeholder);
        placeholder.getStyleClass().add("text-muted");
        list.setOnKeyPressed(event -> {
            ReviewRow row = list.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && row != null) {
                activate(row);
                event.consume();
            }
        });
        return list;
    }

    private String placeholderText() {
        if (!model.validatedProperty().get()) {
            return I18n.text("ui.review.validating");
        }
        return model.matchingProperty().get() == 0 ? I18n.text("ui.review.none")
                : I18n.text("ui.review.noneShown", model.matchingProperty().get());
    }

    private void activate(ReviewRow row) {
        if (row instanceof ReviewRow.Group group) {
            model.toggle(group);
        } else if (row instanceof ReviewRow.Item item) {
            jump(item.finding());
        }
    }

    /** Goes to where a finding is: its block in the editor, or the data page for a finding about the data. */
    public void jump(Finding finding) {
        if (finding.blockId() == null || finding.blockId().isEmpty()) {
            onDataFinding.accept(finding);
            return;
        }
        workspace.selectedProperty().set(finding.blockId());
        reveal.accept(finding);
    }

    /** Shows new rows, keeping the selected row selected and the top row in view where they are still listed. */
    private void showRows(List<ReviewRow> rows) {
        ReviewRow selected = list.getSelectionModel().getSelectedItem();
        int topIndex = firstVisible();
        Object topKey = topIndex >= 0 && topIndex < list.getItems().size() ? list.getItems().get(topIndex).key() : null;
        ListPatch.apply(list.getItems(), rows);
        if (selected != null) {
            int now = indexOf(rows, selected.key());
            if (now < 0) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedIndex() != now) {
                list.getSelectionModel().clearAndSelect(now);
            }
        }
        if (topKey != null) {
            int now = indexOf(rows, topKey);
            if (now >= 0 && now != topIndex) {
                list.scrollTo(now);
            }
        }
    }

    private int firstVisible() {
        if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow && flow.getFirstVisibleCell() != null) {
            return flow.getFirstVisibleCell().getIndex();
        }
        return -1;
    }

    private static int indexOf(List<ReviewRow> rows, Object key) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** The panel's filters, counts and rows. */
    public ReviewModel model() {
        return model;
    }

    /** Errors in the latest validation, for the status bar. */
    public javafx.beans.property.ReadOnlyIntegerProperty errorsProperty() {
        return model.errorsProperty();
    }

    /** Warnings in the latest validation, for the status bar. */
    public javafx.beans.property.ReadOnlyIntegerProperty warningsProperty() {
        return model.warningsProperty();
    }

    /** Notes (unverified figures) in the latest validation, for the status bar. */
    public javafx.beans.property.ReadOnlyIntegerProperty infosProperty() {
        return model.infosProperty();
    }

    /** Puts the keyboard focus in the list of findings (arrows move, Enter goes to the finding). */
    public void focus() {
        list.requestFocus();
    }

    public Node view() {
        return root;
    }
}
