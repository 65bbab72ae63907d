package org.esgstudio.ui.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.esgstudio.figures.FindingKind;
import org.esgstudio.figures.Severity;
import org.esgstudio.figures.ValidationReport;
import org.esgstudio.model.Report;
import org.esgstudio.ui.common.I18n;
import org.esgstudio.ui.common.Tasks;

/**
 * The review panel's state without any control: the latest validation's findings, the filters (kinds shown, one
 * chapter or all, a search), the rows to show (chapter headings and findings) and the counts. A new validation is
 * indexed on a background thread; filtering runs on the FX thread over the prepared index, which stays fast for
 * thousands of findings.
 */
public final class ReviewModel {
    /** The kinds in the order of the filter buttons: errors first, then warnings, then notes. */
    public static final List<FindingKind> KINDS = List.of(FindingKind.MISMATCH, FindingKind.GROWTH,
            FindingKind.CROSSREF, FindingKind.RULE, FindingKind.YOY, FindingKind.SHARE, FindingKind.AMBIGUOUS,
            FindingKind.DISCLOSURE, FindingKind.TRANSLATION, FindingKind.UNVERIFIED);
    /** Numerous by nature (hundreds in a real report), so hidden until asked for; their counts still show. */
    private static final Set<FindingKind> HIDDEN_AT_FIRST = Set.of(FindingKind.TRANSLATION, FindingKind.UNVERIFIED);

    private final Executor background;
    private final Executor ui;
    private final String dataGroup = I18n.text("ui.review.dataGroup");
    private ReviewIndex index = ReviewIndex.EMPTY;
    private long generation;
    private final ReadOnlyObjectWrapper<List<ReviewRow>> rows = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyIntegerWrapper errors = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper warnings = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper infos = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper matching = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper validated = new ReadOnlyBooleanWrapper(false);
    private final Map<FindingKind, BooleanProperty> shown = new EnumMap<>(FindingKind.class);
    private final Map<FindingKind, ReadOnlyIntegerWrapper> counts = new EnumMap<>(FindingKind.class);
    private final ObservableList<String> chapters = FXCollections.observableArrayList();
    private final ObservableList<String> chaptersView = FXCollections.unmodifiableObservableList(chapters);
    private final ObjectProperty<String> chapter = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final Set<String> collapsed = new HashSet<>();

    public ReviewModel(Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
        for (FindingKind kind : FindingKind.values()) {
            BooleanProperty on = new SimpleBooleanProperty(!HIDDEN_AT_FIRST.contains(kind));
            on.addListener((obs, old, now) -> refilter());
            shown.put(kind, on);
            counts.put(kind, new ReadOnlyIntegerWrapper());
        }
        chapter.addListener((obs, old, now) -> refilter());
        search.addListener((obs, old, now) -> refilter());
    }

    /** Shows a validation of {@code report}; the rows follow once it is indexed (a newer one overtakes it). */
    public void show(Report report, ValidationReport validation) {
        if (validation == null) {
            return;
        }
        long ticket = ++generation;
        Tasks.create(() -> ReviewIndex.build(report, validation, dataGroup))
                .onSuccess(built -> {
                    if (ticket == generation) {
                        apply(built);
                    }
                })
                .onError(error -> System.getLogger(ReviewModel.class.getName())
                        .log(System.Logger.Level.ERROR, "indexing the findings failed", error))
                .run(background, ui);
    }

    private void apply(ReviewIndex built) {
        index = built;
        if (!chapters.equals(built.chapters())) {
            chapters.setAll(built.chapters());
        }
        errors.set(built.total(Severity.ERROR));
        warnings.set(built.total(Severity.WARNING));
        infos.set(built.total(Severity.INFO));
        validated.set(true);
        refilter();
    }

    /** Collapses or opens a chapter's findings. */
    public void toggle(ReviewRow.Group group) {
        if (!collapsed.remove(group.title())) {
            collapsed.add(group.title());
        }
        refilter();
    }

    private void refilter() {
        String only = chapter.get();
        List<String> terms = terms(search.get());
        int[] perKind = new int[FindingKind.values().length];
        List<ReviewIndex.ReviewEntry> visible = new ArrayList<>();
        for (ReviewIndex.ReviewEntry entry : index.entries()) {
            if (only != null && !only.equals(entry.chapter()) || !matches(entry.haystack(), terms)) {
                continue;
            }
            FindingKind kind = entry.finding().kind();
            perKind[kind.ordinal()]++;
            if (shown.get(kind).get()) {
                visible.add(entry);
            }
        }
        for (FindingKind kind : FindingKind.values()) {
            counts.get(kind).set(perKind[kind.ordinal()]);
        }
        matching.set(Arrays.stream(perKind).sum());
        rows.set(grouped(visible));
    }

    /** Headings before each chapter's findings; a collapsed chapter keeps its heading and count only. */
    private List<ReviewRow> grouped(List<ReviewIndex.ReviewEntry> visible) {
        List<ReviewRow> out = new ArrayList<>(visible.size() + index.chapters().size());
        int start = 0;
        while (start < visible.size()) {
            String title = visible.get(start).chapter();
            int end = start;
            while (end < visible.size() && visible.get(end).chapter().equals(title)) {
                end++;
            }
            boolean closed = collapsed.contains(title);
            out.add(new ReviewRow.Group(title, end - start, closed));
            if (!closed) {
                for (int i = start; i < end; i++) {
                    out.add(visible.get(i).row());
                }
            }
            start = end;
        }
        return List.copyOf(out);
    }

    private static List<String> terms(String search) {
        String trimmed = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("\\s+"));
    }

    private static boolean matches(String haystack, List<String> terms) {
        for (String term : terms) {
            if (!haystack.contains(term)) {
                return false;
            }
        }
        return true;
    }

    /** What the list shows: chapter headings and findings, in order (an immutable list, replaced on every change). */
    public ReadOnlyObjectProperty<List<ReviewRow>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public List<ReviewRow> rows() {
        return rows.get();
    }

    /** Whether a kind is shown (the filter buttons). */
    public BooleanProperty shownProperty(FindingKind kind) {
        return shown.get(kind);
    }

    /** How many findings of a kind the chapter and search filters let through, shown or not. */
    public ReadOnlyIntegerProperty countProperty(FindingKind kind) {
        return counts.get(kind).getReadOnlyProperty();
    }

    /** The findings the chapter and search filters let through, of all kinds (shown or hidden by kind). */
    public ReadOnlyIntegerProperty matchingProperty() {
        return matching.getReadOnlyProperty();
    }

    /** The chapter titles to filter by, in reading order, the data and rules group last. */
    public ObservableList<String> chapters() {
        return chaptersView;
    }

    /** The one chapter shown, or null for all. */
    public ObjectProperty<String> chapterProperty() {
        return chapter;
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** Errors in the whole report, whatever the filters (for the status bar). */
    public ReadOnlyIntegerProperty errorsProperty() {
        return errors.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty infosProperty() {
        return infos.getReadOnlyProperty();
    }

    /** False until the first validation has been shown. */
    public ReadOnlyBooleanProperty validatedProperty() {
        return validated.getReadOnlyProperty();
    }
}
