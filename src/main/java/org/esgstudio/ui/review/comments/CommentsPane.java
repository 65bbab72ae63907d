package org.esgstudio.ui.review.comments;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.esgstudio.review.CommentAnchor;
import org.esgstudio.review.Orphan;
import org.esgstudio.review.PlacedThread;
import org.esgstudio.ui.common.I18n;
import org.esgstudio.ui.common.Tasks;
import org.esgstudio.ui.workspace.Workspace;

/**
 * The review comments pane (a tab of the review panel): the threads, filtered to the open ones or all and to one
 * chapter; below them a box to write in, with the place a new comment goes (the node selected in the editor) and the
 * figure of that block it is about (or the whole block), and the actions new comment, answer, resolve and reopen on the
 * selected thread. Clicking a thread (or Enter on it) goes to its block through {@code jumpToBlock}.
 */
public final class CommentsPane {
    private final CommentsModel model;
    private final Consumer<String> jumpToBlock;
    private final ListView<PlacedThread> list = new ListView<>();
    private final TextArea text = new TextArea();
    private final ComboBox<CommentAnchor> figure = new ComboBox<>();
    private final BorderPane root = new BorderPane();
    private static final javafx.css.PseudoClass REFUSED = javafx.css.PseudoClass.getPseudoClass("refused");

    /** {@code jumpToBlock} shows a node (block, section, chapter or part id) in the editor. */
    public CommentsPane(Workspace workspace, Consumer<String> jumpToBlock) {
        this(workspace, jumpToBlock, Tasks.background(), Tasks.fxThread());
    }

    /** As above, with the executors for the file and figure work and for the results (tests pass their own). */
    public CommentsPane(Workspace workspace, Consumer<String> jumpToBlock, Executor background, Executor ui) {
        this.model = new CommentsModel(workspace, background, ui);
        this.jumpToBlock = jumpToBlock;
        root.setId("comments");
        root.getStyleClass().add("comments");
        root.getStylesheets().add(CommentsPane.class.getResource("comments.css").toExternalForm());
        root.setTop(toolbar());
        root.setCenter(list());
        root.setBottom(composer());
    }

    private Node toolbar() {
        CheckBox onlyOpen = new CheckBox(I18n.text("comment.ui.onlyOpen"));
        onlyOpen.setId("commentsOnlyOpen");
        onlyOpen.selectedProperty().bindBidirectional(model.onlyOpenProperty());
        ComboBox<Integer> chapter = chapterChoice();
        Label counts = new Label();
        counts.setId("commentsCount");
        counts.getStyleClass().add("comment-meta");
        counts.textProperty().bind(model.countsProperty());
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        HBox bar = new HBox(8, onlyOpen, chapter, space, counts);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("comments-toolbar");
        return bar;
    }

    private ComboBox<Integer> chapterChoice() {
        ObservableList<Integer> items = FXCollections.observableArrayList();
        ComboBox<Integer> box = new ComboBox<>(items);
        box.setId("commentsChapter");
        Runnable fill = () -> {
            Integer chosen = box.getValue();
            List<Integer> next = new ArrayList<>();
            next.add(null);
            next.addAll(model.chapters());
            items.setAll(next);
            box.setValue(chosen != null && next.contains(chosen) ? chosen : null);
        };
        model.chapters().addListener((ListChangeListener<Integer>) change -> fill.run());
        fill.run();
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer number) {
                return number == null ? I18n.text("comment.ui.allChapters") : model.chapterTitle(number);
            }

            @Override
            public Integer fromString(String title) {
                return null;
            }
        });
        box.setPrefWidth(200);
        box.valueProperty().bindBidirectional(model.chapterProperty());
        return box;
    }

    private Node list() {
        list.setId("commentList");
        list.setItems(model.threads());
        list.setCellFactory(view -> new ThreadCell(this::jump));
        Label placeholder = new Label();
        placeholder.getStyleClass().add("comment-meta");
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> I18n.text(model.loadedProperty().get()
                ? "comment.ui.none" : "comment.ui.loading"), model.loadedProperty()));
        list.setPlaceholder(placeholder);
        list.setOnKeyPressed(event -> {
            PlacedThread selected = list.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                jump(selected);
                event.consume();
            }
        });
        // A reload replaces the rows: the thread that was selected stays selected.
        long[] selectedId = {0};
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                selectedId[0] = now.id();
            }
        });
        model.threads().addListener((ListChangeListener<PlacedThread>) change -> {
            for (int i = 0; i < model.threads().size(); i++) {
                if (model.threads().get(i).id() == selectedId[0]) {
                    list.getSelectionModel().select(i);
                    return;
                }
            }
        });
        return list;
    }

    private Node composer() {
        Label target = new Label();
        target.setId("commentTarget");
        target.getStyleClass().add("comment-meta");
        target.setMinWidth(0);
        target.textProperty().bind(Bindings.createStringBinding(() -> model.targetProperty().get().isEmpty()
                ? I18n.text("comment.ui.noSelection") : I18n.text("comment.ui.target", model.targetProperty().get()),
                model.targetProperty()));
        figure.setId("commentFigure");
        ObservableList<CommentAnchor> choices = FXCollections.observableArrayList();
        Runnable fill = () -> {
            CommentAnchor chosen = figure.getValue();
            List<CommentAnchor> next = new ArrayList<>();
            next.add(null);
            next.addAll(model.figures());
            choices.setAll(next);
            // Typing elsewhere in the block keeps the chosen figure; another block starts from the whole block.
            figure.setValue(chosen != null && next.contains(chosen) ? chosen : null);
        };
        model.figures().addListener((ListChangeListener<CommentAnchor>) change -> fill.run());
        fill.run();
        figure.setItems(choices);
        figure.setConverter(new StringConverter<>() {
            @Override
            public String toString(CommentAnchor anchor) {
                return anchor == null ? I18n.text("comment.ui.wholeBlock") : anchor.figureLabel();
            }

            @Override
            public CommentAnchor fromString(String label) {
                return null;
            }
        });
        figure.setPrefWidth(200);
        HBox where = new HBox(8, target, figure);
        where.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(target, Priority.ALWAYS);

        text.setId("commentText");
        text.setPromptText(I18n.text("comment.ui.prompt"));
        text.setPrefRowCount(3);
        text.setWrapText(true);

        BooleanBinding noText = Bindings.createBooleanBinding(() -> text.getText().isBlank(), text.textProperty());
        BooleanBinding noThread = list.getSelectionModel().selectedItemProperty().isNull();
        BooleanBinding selectedOpen = Bindings.createBooleanBinding(() -> {
            PlacedThread selected = list.getSelectionModel().getSelectedItem();
            return selected != null && selected.thread().isOpen();
        }, list.getSelectionModel().selectedItemProperty());
        Button add = button("addComment", "comment.ui.add", () -> model.comment(figure.getValue(), text.getText()));
        add.disableProperty().bind(noText.or(model.targetProperty().isEmpty()).or(model.busyProperty()));
        Button reply = button("replyComment", "comment.ui.replyAction",
                () -> model.reply(list.getSelectionModel().getSelectedItem().id(), text.getText()));
        reply.disableProperty().bind(noText.or(noThread).or(model.busyProperty()));
        Button resolve = button("resolveComment", "comment.ui.resolve",
                () -> model.resolve(list.getSelectionModel().getSelectedItem().id()));
        resolve.disableProperty().bind(selectedOpen.not().or(model.busyProperty()));
        Button reopen = button("reopenComment", "comment.ui.reopen",
                () -> model.reopen(list.getSelectionModel().getSelectedItem().id()));
        reopen.disableProperty().bind(noThread.or(selectedOpen).or(model.busyProperty()));
        // A written comment or answer is cleared once it is stored; a refused one stays to be corrected.
        model.writtenProperty().addListener((obs, old, now) -> text.clear());
        Label message = new Label();
        message.setId("commentMessage");
        message.getStyleClass().add("comment-message");
        model.refusedProperty().addListener((obs, old, now) -> message.pseudoClassStateChanged(REFUSED, now));
        message.setMinWidth(0);
        message.textProperty().bind(model.messageProperty());
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        HBox actions = new HBox(6, message, space, add, reply, resolve, reopen);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, where, text, actions);
        box.setPadding(new Insets(6, 8, 6, 8));
        box.getStyleClass().add("comment-composer");
        return box;
    }

    private static Button button(String id, String key, Runnable action) {
        Button button = new Button(I18n.text(key));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(event -> action.run());
        return button;
    }

    /** Goes to the thread's block; a thread whose block is gone has nowhere to go. */
    private void jump(PlacedThread thread) {
        if (thread.orphan() != Orphan.NODE_GONE) {
            jumpToBlock.accept(thread.thread().anchor().blockId());
        }
    }

    /** The pane's filters, threads and writes. */
    public CommentsModel model() {
        return model;
    }

    public Node view() {
        return root;
    }
}
