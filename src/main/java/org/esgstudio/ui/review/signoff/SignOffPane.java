package org.esgstudio.ui.review.signoff;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.esgstudio.review.ChapterSignOff;
import org.esgstudio.review.ReviewedFigure;
import org.esgstudio.review.SignOffReport;
import org.esgstudio.ui.common.I18n;
import org.esgstudio.ui.workspace.Workspace;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The sign-off tab of the review panel: the per-chapter dashboard (figures verified / approved / awaiting / in error)
 * on the left, the figures of the chosen chapter with their status on the right, and the reviewer's actions: sign off
 * the chosen figures or the block being edited. A figure changed after sign-off shows as revoked until signed off
 * again. Double-click (or Enter) goes to the figure in the editor.
 */
public final class SignOffPane {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());
    /** The dashboard's first line: the whole report (id ""), chosen when no single chapter is. */
    private static final String WHOLE = "";
    private static final String TODO = "todo";
    private static final String ALL = "all";
    private final Workspace workspace;
    private final SignOffModel model;
    private final BiConsumer<String, String> reveal;
    private final TableView<ChapterSignOff> chapters = new TableView<>();
    private final TableView<SignOffRow> figures = new TableView<>();
    private final ObservableList<SignOffRow> shown = FXCollections.observableArrayList();
    private final ComboBox<String> filter = new ComboBox<>();
    private final Label summary = new Label();
    private final Label ready = new Label();
    private final Label message = new Label();
    private final Label reviewerLabel = new Label();
    private final BorderPane root = new BorderPane();

    /**
     * {@code reveal} selects a block and shows a figure's text in it; {@code changeReviewer} asks for the reviewer's
     * name (settings), after which {@link #reviewerChanged()} is called.
     */
    public SignOffPane(Workspace workspace, SignOffModel model, BiConsumer<String, String> reveal,
                       Runnable changeReviewer, java.util.function.Supplier<String> reviewer) {
        this.workspace = workspace;
        this.model = model;
        this.reveal = reveal;
        root.setId("signoff");
        root.getStyleClass().addAll("review", "signoff");
        root.getStylesheets().add(SignOffPane.class.getResource("signoff.css").toExternalForm());
        root.setTop(toolbar(changeReviewer));
        SplitPane split = new SplitPane(chapterTable(), figureTable());
        split.setDividerPositions(0.42);
        root.setCenter(split);
        message.getStyleClass().add("review-meta");
        message.textProperty().bind(model.messageProperty());
        message.setPadding(new Insets(2, 8, 2, 8));
        root.setBottom(message);
        this.reviewerName = reviewer;
        reviewerChanged();
        model.reportProperty().addListener((obs, old, report) -> show(report));
        model.rowsProperty().addListener((obs, old, rows) -> refilter());
        show(model.reportProperty().get());
    }

    private final java.util.function.Supplier<String> reviewerName;

    /** The reviewer's name was changed in the settings. */
    public void reviewerChanged() {
        reviewerLabel.setText(I18n.text("ui.signoff.reviewer", reviewerName.get()));
    }

    private Node toolbar(Runnable changeReviewer) {
        summary.setId("signoffSummary");
        ready.setId("signoffReady");
        ready.getStyleClass().add("signoff-ready");
        filter.setId("signoffFilter");
        // "to do" (in error, revoked, awaiting sign-off) first: what a reviewer works through; then all, then each.
        filter.getItems().addAll(TODO, ALL);
        for (SignOffRow.Status status : SignOffRow.Status.values()) {
            filter.getItems().add(status.name());
        }
        filter.setConverter(new StringConverter<>() {
            @Override
            public String toString(String choice) {
                if (choice == null || TODO.equals(choice)) {
                    return I18n.text("ui.signoff.filter.todo");
                }
                return ALL.equals(choice) ? I18n.text("ui.signoff.filter.all")
                        : statusText(SignOffRow.Status.valueOf(choice));
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        filter.setValue(TODO);
        filter.valueProperty().addListener((obs, old, status) -> refilter());
        Button approveFigures = new Button(I18n.text("ui.signoff.approveFigures"), new FontIcon(Feather.CHECK));
        approveFigures.setId("approveFigures");
        approveFigures.setTooltip(new Tooltip(I18n.text("ui.signoff.approveFiguresTip")));
        approveFigures.disableProperty().bind(Bindings.createBooleanBinding(() -> chosenFigures().isEmpty()
                        || model.busyProperty().get(), figures.getSelectionModel().getSelectedItems(),
                model.busyProperty()));
        approveFigures.setOnAction(e -> model.approveFigures(chosenFigures()));
        Button approveBlock = new Button(I18n.text("ui.signoff.approveBlock"), new FontIcon(Feather.CHECK_SQUARE));
        approveBlock.setId("approveBlock");
        approveBlock.setTooltip(new Tooltip(I18n.text("ui.signoff.approveBlockTip")));
        approveBlock.disableProperty().bind(Bindings.createBooleanBinding(() -> workspace.selectedProperty().get()
                == null || model.busyProperty().get(), workspace.selectedProperty(), model.busyProperty()));
        approveBlock.setOnAction(e -> model.approveBlock(workspace.selectedProperty().get()));
        if (!model.writable()) {
            approveFigures.disableProperty().unbind();
            approveFigures.setDisable(true);
            approveBlock.disableProperty().unbind();
            approveBlock.setDisable(true);
        }
        javafx.scene.control.Hyperlink change = new javafx.scene.control.Hyperlink(I18n.text("ui.signoff.change"));
        change.setId("changeReviewer");
        change.setOnAction(e -> changeReviewer.run());
        HBox who = new HBox(2, reviewerLabel, change);
        who.setAlignment(Pos.CENTER_LEFT);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, ready, summary, gap, who, filter, approveFigures, approveBlock);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("review-toolbar");
        return bar;
    }

    private Node chapterTable() {
        chapters.setId("signoffChapters");
        chapters.getStyleClass().add("dense");
        chapters.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        TableColumn<ChapterSignOff, String> title = new TableColumn<>(I18n.text("ui.signoff.col.chapter"));
        title.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().id().equals(WHOLE)
                ? I18n.text("ui.signoff.wholeReport") : c.getValue().title()));
        title.setPrefWidth(180);
        chapters.getColumns().add(title);
        chapters.getColumns().add(count("ui.signoff.col.figures", ChapterSignOff::figures));
        chapters.getColumns().add(count("ui.signoff.col.verified", ChapterSignOff::verified));
        chapters.getColumns().add(count("ui.signoff.col.approved", ChapterSignOff::approved));
        chapters.getColumns().add(count("ui.signoff.col.awaiting", ChapterSignOff::awaitingApproval));
        chapters.getColumns().add(count("ui.signoff.col.inError", ChapterSignOff::inError));
        TableColumn<ChapterSignOff, ChapterSignOff> progress = new TableColumn<>(I18n.text("ui.signoff.col.progress"));
        progress.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        progress.setCellFactory(c -> new ProgressCell());
        progress.setPrefWidth(90);
        chapters.getColumns().add(progress);
        chapters.getSelectionModel().selectedItemProperty().addListener((obs, old, chapter) -> refilter());
        chapters.setPlaceholder(new Label(I18n.text("ui.signoff.waiting")));
        return chapters;
    }

    private static TableColumn<ChapterSignOff, Number> count(String key,
                                                            java.util.function.ToIntFunction<ChapterSignOff> value) {
        TableColumn<ChapterSignOff, Number> column = new TableColumn<>(I18n.text(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.applyAsInt(c.getValue())));
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        column.setPrefWidth(56);
        return column;
    }

    /** Approved out of those that agree with the store. */
    private static final class ProgressCell extends TableCell<ChapterSignOff, ChapterSignOff> {
        private final ProgressBar bar = new ProgressBar();

        ProgressCell() {
            bar.setMaxWidth(Double.MAX_VALUE);
        }

        @Override
        protected void updateItem(ChapterSignOff item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            bar.setProgress(item.verified() == 0 ? 0 : (double) item.approved() / item.verified());
            bar.getStyleClass().removeAll("done", "blocked");
            bar.getStyleClass().add(item.inError() > 0 ? "blocked" : item.awaitingApproval() == 0 ? "done" : "open");
            setGraphic(bar);
        }
    }

    private Node figureTable() {
        figures.setId("signoffFigures");
        figures.getStyleClass().add("dense");
        figures.setItems(shown);
        figures.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        figures.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        TableColumn<SignOffRow, SignOffRow.Status> status = new TableColumn<>(I18n.text("ui.signoff.col.status"));
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        status.setCellFactory(c -> new StatusCell());
        status.setPrefWidth(90);
        figures.getColumns().add(status);
        figures.getColumns().add(text("ui.signoff.col.location", SignOffRow::location, 170));
        figures.getColumns().add(text("ui.signoff.col.figure", SignOffRow::text, 120));
        figures.getColumns().add(text("ui.signoff.col.indicator", SignOffRow::indicator, 130));
        figures.getColumns().add(text("ui.signoff.col.reviewer", row -> row.reviewer() == null ? "" : row.reviewer(),
                70));
        figures.getColumns().add(text("ui.signoff.col.at", row -> when(row.at()), 110));
        figures.setRowFactory(table -> {
            TableRow<SignOffRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && row.getItem() != null) {
                    go(row.getItem());
                }
            });
            row.contextMenuProperty().bind(Bindings.createObjectBinding(() -> row.getItem() == null ? null
                    : menuFor(row.getItem()), row.itemProperty()));
            return row;
        });
        figures.setOnKeyPressed(event -> {
            SignOffRow row = figures.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && row != null) {
                go(row);
                event.consume();
            }
        });
        figures.setPlaceholder(new Label(I18n.text("ui.signoff.noFigures")));
        return figures;
    }

    private ContextMenu menuFor(SignOffRow row) {
        MenuItem go = new MenuItem(I18n.text("ui.signoff.goTo"));
        go.setOnAction(e -> go(row));
        MenuItem approve = new MenuItem(I18n.text("ui.signoff.approveThis"));
        approve.setDisable(!row.approvable() || !model.writable());
        approve.setOnAction(e -> model.approveFigures(List.of(row.figure())));
        MenuItem block = new MenuItem(I18n.text("ui.signoff.approveItsBlock"));
        block.setDisable(row.blockId() == null || !model.writable());
        block.setOnAction(e -> model.approveBlock(row.blockId()));
        return new ContextMenu(go, approve, block);
    }

    private static TableColumn<SignOffRow, String> text(String key, java.util.function.Function<SignOffRow, String> value,
                                                       double width) {
        TableColumn<SignOffRow, String> column = new TableColumn<>(I18n.text(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static final class StatusCell extends TableCell<SignOffRow, SignOffRow.Status> {
        @Override
        protected void updateItem(SignOffRow.Status status, boolean empty) {
            super.updateItem(status, empty);
            if (empty || status == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(statusText(status));
            FontIcon icon = new FontIcon(icon(status));
            icon.getStyleClass().add("status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            setGraphic(icon);
        }
    }

    static Feather icon(SignOffRow.Status status) {
        return switch (status) {
            case IN_ERROR -> Feather.X_CIRCLE;
            case REVOKED -> Feather.ROTATE_CCW;
            case APPROVED -> Feather.CHECK_CIRCLE;
            case VERIFIED -> Feather.CIRCLE;
            default -> Feather.HELP_CIRCLE;
        };
    }

    static String statusText(SignOffRow.Status status) {
        return I18n.text("ui.signoff.status." + status.name().toLowerCase(Locale.ROOT));
    }

    private static String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    private void go(SignOffRow row) {
        if (row.blockId() != null) {
            reveal.accept(row.blockId(), row.figure() != null || row.revoked().approval().figureText() != null
                    ? row.written() : "");
        }
    }

    private List<ReviewedFigure> chosenFigures() {
        List<ReviewedFigure> chosen = new ArrayList<>();
        for (SignOffRow row : figures.getSelectionModel().getSelectedItems()) {
            if (row != null && row.approvable()) {
                chosen.add(row.figure());
            }
        }
        return chosen;
    }

    private void show(SignOffReport report) {
        if (report == null) {
            summary.setText(I18n.text("ui.signoff.waiting"));
            return;
        }
        String chosen = chapters.getSelectionModel().getSelectedItem() == null ? null
                : chapters.getSelectionModel().getSelectedItem().id();
        List<ChapterSignOff> lines = new ArrayList<>();
        lines.add(whole(report));
        lines.addAll(report.chapters());
        chapters.getItems().setAll(lines);
        for (ChapterSignOff line : lines) {
            if (line.id().equals(chosen)) {
                chapters.getSelectionModel().select(line);
            }
        }
        ChapterSignOff all = lines.get(0);
        summary.setText(I18n.text("ui.signoff.summary", all.verified(), all.approved(), all.awaitingApproval(),
                all.inError(), report.revoked().size()));
        ready.getStyleClass().removeAll("ready", "not-ready");
        if (report.readyForFinal()) {
            ready.setText(I18n.text("ui.signoff.ready"));
            ready.getStyleClass().add("ready");
            ready.setGraphic(new FontIcon(Feather.CHECK_CIRCLE));
        } else {
            ready.setText(I18n.text("ui.signoff.notReady", report.validationErrors(), report.unapproved().size()));
            ready.getStyleClass().add("not-ready");
            ready.setGraphic(new FontIcon(Feather.LOCK));
        }
        refilter();
    }

    static ChapterSignOff whole(SignOffReport report) {
        int figures = 0;
        int verified = 0;
        int approved = 0;
        int inError = 0;
        int awaiting = 0;
        int unverified = 0;
        for (ChapterSignOff chapter : report.chapters()) {
            figures += chapter.figures();
            verified += chapter.verified();
            approved += chapter.approved();
            inError += chapter.inError();
            awaiting += chapter.awaitingApproval();
            unverified += chapter.unverified();
        }
        return new ChapterSignOff(WHOLE, "", figures, verified, approved, inError, awaiting, unverified);
    }

    /** Shows the rows of the chosen chapter and status, keeping the chosen rows chosen where they are still shown. */
    private void refilter() {
        ChapterSignOff chapter = chapters.getSelectionModel().getSelectedItem();
        String choice = filter.getValue() == null ? TODO : filter.getValue();
        List<Object> keep = new ArrayList<>();
        for (SignOffRow row : figures.getSelectionModel().getSelectedItems()) {
            if (row != null) {
                keep.add(key(row));
            }
        }
        List<SignOffRow> next = new ArrayList<>();
        for (SignOffRow row : model.rowsProperty().get()) {
            boolean inChapter = chapter == null || chapter.id().equals(WHOLE) || chapter.id().equals(row.chapterId());
            boolean todo = row.status() == SignOffRow.Status.IN_ERROR || row.status() == SignOffRow.Status.REVOKED
                    || row.status() == SignOffRow.Status.VERIFIED;
            boolean wanted = ALL.equals(choice) || (TODO.equals(choice) ? todo : row.status().name().equals(choice));
            if (inChapter && wanted) {
                next.add(row);
            }
        }
        shown.setAll(next);
        figures.getSelectionModel().clearSelection();
        for (int i = 0; i < next.size(); i++) {
            if (keep.contains(key(next.get(i)))) {
                figures.getSelectionModel().select(i);
            }
        }
    }

    private static List<Object> key(SignOffRow row) {
        return List.of(row.blockId() == null ? "" : row.blockId(), row.written(), row.indicator(),
                row.status() == SignOffRow.Status.REVOKED ? "revoked" : "figure");
    }

    /** The tab's title: approved of verified ("签核 12/600"). */
    public StringBinding title() {
        return Bindings.createStringBinding(() -> {
            SignOffReport report = model.reportProperty().get();
            if (report == null) {
                return I18n.text("ui.signoff.tab");
            }
            ChapterSignOff all = whole(report);
            return I18n.text("ui.signoff.tabCount", all.approved(), all.verified());
        }, model.reportProperty());
    }

    public SignOffModel model() {
        return model;
    }

    public Node view() {
        return root;
    }
}
