package org.esgstudio.ui.review.comments;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.esgstudio.data.Project;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.model.Chapter;
import org.esgstudio.model.Report;
import org.esgstudio.model.SectionNumbering;
import org.esgstudio.review.CommentAnchor;
import org.esgstudio.review.CommentAnchors;
import org.esgstudio.review.CommentLog;
import org.esgstudio.review.CommentPlace;
import org.esgstudio.review.Comments;
import org.esgstudio.review.PlacedThread;
import org.esgstudio.store.Authors;
import org.esgstudio.store.ProjectFile;
import org.esgstudio.ui.common.I18n;
import org.esgstudio.ui.common.Tasks;
import org.esgstudio.ui.workspace.Workspace;

/**
 * The comments pane's state without any control: the project file's threads read against the project as it is being
 * edited (so that a thread whose figure was just typed away shows as orphaned), the filters (open or all, one chapter
 * or all), the threads shown, the figures of the selected block a new comment can point at, and the writes: a new
 * thread, an answer, resolve and reopen. Reads and writes of the file and the reading of figures run on the background
 * executor; the results and every property change come back on the UI executor. Writes go through the same checks as
 * the command line ({@link Comments}).
 */
public final class CommentsModel {
    private final Workspace workspace;
    private final ProjectFile file;
    private final Executor background;
    private final Executor ui;
    private CommentLog log = CommentLog.EMPTY;
    private List<PlacedThread> placed = List.of();
    private boolean logRead;
    private long reloading;
    private long placing;
    private long figuring;
    private final ObservableList<PlacedThread> threads = FXCollections.observableArrayList();
    private final ObservableList<PlacedThread> threadsView = FXCollections.unmodifiableObservableList(threads);
    private final ObservableList<CommentAnchor> figures = FXCollections.observableArrayList();
    private final ObservableList<Integer> chapters = FXCollections.observableArrayList();
    private final BooleanProperty onlyOpen = new SimpleBooleanProperty(true);
    private final ObjectProperty<Integer> chapter = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper target = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper written = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper refused = new ReadOnlyBooleanWrapper(false);

    public CommentsModel(Workspace workspace, Executor background, Executor ui) {
        this.workspace = workspace;
        this.file = workspace.file();
        this.background = background;
        this.ui = ui;
        onlyOpen.addListener((obs, old, now) -> refilter());
        chapter.addListener((obs, old, now) -> refilter());
        workspace.projectProperty().addListener((obs, old, project) -> {
            refreshChapters();
            place(project);
            figures(workspace.selectedProperty().get());
        });
        workspace.selectedProperty().addListener((obs, old, id) -> figures(id));
        refreshChapters();
        figures(workspace.selectedProperty().get());
        reload();
    }

    /** Reads the project file's comments again (after a write, or when the pane is shown). */
    public void reload() {
        Project project = workspace.current();
        long generation = ++reloading;
        Tasks.create(() -> {
            CommentLog read = file.comments();
            return new Read(read, new CommentAnchors(project).place(read.threads()));
        }).onSuccess(read -> {
            if (generation != reloading) {
                return; // a newer read is under way
            }
            log = read.log;
            logRead = true;
            if (workspace.current() == project) {
                ++placing; // what an older placing would show is older than this
                show(read.placed);
            } else {
                place(workspace.current()); // edited meanwhile: read the threads against the project as it is now
            }
        }).onError(this::failed).run(background, ui);
    }

    private record Read(CommentLog log, List<PlacedThread> placed) {
    }

    /** Reads the threads against a new state of the project: anchors may have been lost or found again. */
    private void place(Project project) {
        if (log.comments().isEmpty()) {
            if (logRead && !loaded.get()) {
                ++placing;
                show(List.of()); // read, and there is nothing to place
            }
            return;
        }
        CommentLog current = log;
        long generation = ++placing;
        Tasks.create(() -> new CommentAnchors(project).place(current.threads())).onSuccess(result -> {
            if (generation == placing) {
                show(result);
            }
        }).onError(this::failed).run(background, ui);
    }

    private void show(List<PlacedThread> result) {
        placed = result;
        loaded.set(true);
        refilter();
    }

    private void refilter() {
        List<PlacedThread> shown = new ArrayList<>();
        int open = 0;
        for (PlacedThread thread : placed) {
            open += thread.thread().isOpen() ? 1 : 0;
            boolean wanted = (!onlyOpen.get() || thread.thread().isOpen())
                    && (chapter.get() == null || chapter.get().equals(thread.chapterNumber()));
            if (wanted) {
                shown.add(thread);
            }
        }
        if (!shown.equals(threads)) {
            threads.setAll(shown);
        }
        counts.set(I18n.text("comment.ui.counts", placed.size(), open));
    }

    private void refreshChapters() {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 1; i <= workspace.current().report().chapters().size(); i++) {
            numbers.add(i);
        }
        if (!numbers.equals(chapters)) {
            chapters.setAll(numbers);
        }
    }

    /** The title of chapter {@code number} (from 1) as the outline shows it, or "" when there is none. */
    public String chapterTitle(int number) {
        Report report = workspace.current().report();
        if (number < 1 || number > report.chapters().size()) {
            return "";
        }
        Chapter chosen = report.chapters().get(number - 1);
        String printed = SectionNumbering.chapterNumber(report, chosen);
        return (printed.isEmpty() ? "" : printed + " ") + chosen.title().zh();
    }

    /** The selected node's place and figures, read on the background executor. */
    private void figures(String blockId) {
        long generation = ++figuring;
        if (blockId == null) {
            figures.clear();
            target.set("");
            return;
        }
        Project project = workspace.current();
        Tasks.create(() -> {
            CommentAnchors anchors = new CommentAnchors(project);
            return new Selection(anchors.place(blockId).map(CommentPlace::path).orElse(""),
                    anchors.figures(blockId).orElse(List.of()));
        }).onSuccess(result -> {
            if (generation == figuring) {
                target.set(result.path);
                if (!result.figures.equals(figures)) {
                    figures.setAll(result.figures);
                }
            }
        }).onError(this::failed).run(background, ui);
    }

    private record Selection(String path, List<CommentAnchor> figures) {
    }

    // --- writes ---------------------------------------------------------------------------------------------------

    /** Opens a thread on the selected node, or on {@code figure} (one of {@link #figures()}) when not null. */
    public void comment(CommentAnchor figure, String text) {
        String blockId = workspace.selectedProperty().get();
        if (blockId == null) {
            refused.set(true);
            message.set(I18n.text("comment.ui.noSelection"));
            return;
        }
        CommentAnchor anchor = figure != null && figure.blockId().equals(blockId) ? figure : CommentAnchor.block(blockId);
        Project project = workspace.current();
        write(() -> file.comment(Comments.open(project, anchor, text, Authors.current(), now())).id(),
                "comment.ui.added");
    }

    public void reply(long threadId, String text) {
        write(() -> {
            file.comment(Comments.reply(file.comments(), threadId, text, Authors.current(), now()));
            return threadId;
        }, "comment.ui.replied");
    }

    public void resolve(long threadId) {
        write(() -> {
            file.commentEvent(Comments.resolve(file.comments(), threadId, Authors.current(), now()));
            return threadId;
        }, "comment.ui.resolved");
    }

    public void reopen(long threadId) {
        write(() -> {
            file.commentEvent(Comments.reopen(file.comments(), threadId, Authors.current(), now()));
            return threadId;
        }, "comment.ui.reopened");
    }

    private void write(Callable<Long> work, String doneKey) {
        busy.set(true);
        message.set("");
        refused.set(false);
        Tasks.create(work).onSuccess(threadId -> {
            busy.set(false);
            message.set(I18n.text(doneKey, threadId));
            written.set(written.get() + 1);
            reload();
        }).onError(error -> {
            busy.set(false);
            failed(error);
        }).run(background, ui);
    }

    private void failed(Throwable error) {
        refused.set(true);
        message.set(error instanceof UserFacingException problem ? problem.getMessage()
                : I18n.text("comment.ui.failed", String.valueOf(error.getMessage())));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    // --- state ----------------------------------------------------------------------------------------------------

    /** The threads the filters let through, oldest first. */
    public ObservableList<PlacedThread> threads() {
        return threadsView;
    }

    /** The figures of the selected block a new comment can point at, in reading order. */
    public ObservableList<CommentAnchor> figures() {
        return figures;
    }

    /** The chapter numbers to filter by (from 1). */
    public ObservableList<Integer> chapters() {
        return chapters;
    }

    /** Only open threads (true, the default) or all of them. */
    public BooleanProperty onlyOpenProperty() {
        return onlyOpen;
    }

    /** One chapter's threads (its number, from 1), or all (null). */
    public ObjectProperty<Integer> chapterProperty() {
        return chapter;
    }

    /** The threads have been read once. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** A write is under way. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the last write did, or why it was refused. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Where a new comment goes: the path of the selected node ("" when nothing is selected). */
    public ReadOnlyStringProperty targetProperty() {
        return target.getReadOnlyProperty();
    }

    /** How many writes have been stored (the pane clears its text box after each). */
    public ReadOnlyIntegerProperty writtenProperty() {
        return written.getReadOnlyProperty();
    }

    /** The message says why the last write (or read) failed. */
    public ReadOnlyBooleanProperty refusedProperty() {
        return refused.getReadOnlyProperty();
    }

    /** "N comments, M open". */
    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }
}
