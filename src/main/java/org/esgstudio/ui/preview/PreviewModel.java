package org.esgstudio.ui.preview;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.esgstudio.data.Project;
import org.esgstudio.layout.BlockSpan;
import org.esgstudio.layout.PageBox;
import org.esgstudio.model.ReportEdits;
import org.esgstudio.model.ReportQuery;
import org.esgstudio.ui.workspace.Scheduler;
import org.esgstudio.ui.workspace.Workspace;

/**
 * What the page preview shows, testable without a window: the laid-out pages of the workspace's project (laid out
 * again off the FX thread after each change, once typing pauses), the page on show, and the spans of the selected
 * block on it. Results of a layout overtaken by a newer change are dropped. Confined to the FX thread.
 */
public final class PreviewModel {
    /** The pause after a change before the preview lays the report out again. */
    public static final Duration DEBOUNCE = Duration.ofMillis(300);
    static final Duration FIRST_LAYOUT_DELAY = Duration.ofMillis(1000);

    private final Workspace workspace;
    private final PreviewLayout layout;
    private final Scheduler scheduler;
    private final Executor background;
    private final Executor ui;
    private final Consumer<PreviewLayout.Pages> prepare;
    private final AtomicLong requested = new AtomicLong();
    private Scheduler.Pending pending;

    private final ObjectProperty<PreviewLayout.Pages> pages = new SimpleObjectProperty<>();
    private final IntegerProperty pageIndex = new SimpleIntegerProperty(-1);
    private final IntegerProperty pageCount = new SimpleIntegerProperty(0);
    private final ObjectProperty<PageBox> page = new SimpleObjectProperty<>();
    private final ObjectProperty<List<BlockSpan>> highlight = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<Throwable> failure = new SimpleObjectProperty<>();

    /**
     * @param prepare runs on the background thread with each new layout before it is shown (loading its fonts and
     *                pictures), so that painting never reads files
     */
    PreviewModel(Workspace workspace, Scheduler scheduler, Executor background, Executor ui,
                        Consumer<PreviewLayout.Pages> prepare) {
        this.workspace = workspace;
        this.layout = new PreviewLayout(org.esgstudio.layout.report.Edition.ZH);
        this.scheduler = scheduler;
        this.background = background;
        this.ui = ui;
        this.prepare = prepare;
        workspace.projectProperty().addListener((obs, was, now) -> request(now, DEBOUNCE));
        workspace.selectedProperty().addListener((obs, was, now) -> reveal(now));
        pageIndex.addListener((obs, was, now) -> showPage());
        // The first whole layout (seconds in a cold JVM) waits until the window has been drawn: on two cores it
        // would otherwise slow the first frames of the window the user is waiting for.
        request(workspace.current(), FIRST_LAYOUT_DELAY);
    }

    private void request(Project project, Duration delay) {
        long generation = requested.incrementAndGet();
        if (pending != null) {
            pending.cancel();
        }
        pending = scheduler.schedule(() -> background.execute(() -> lay(project, generation)), delay);
    }

    /** On the background thread: lays out unless a newer change came meanwhile, then hands the pages to the FX thread. */
    private void lay(Project project, long generation) {
        if (generation != requested.get()) {
            return;
        }
        try {
            PreviewLayout.Pages result = layout.update(project);
            prepare.accept(result);
            ui.execute(() -> {
                if (generation == requested.get()) {
                    publish(result);
                }
            });
        } catch (RuntimeException | LinkageError e) {
            ui.execute(() -> failure.set(e));
        }
    }

    private void publish(PreviewLayout.Pages result) {
        failure.set(null);
        pages.set(result);
        pageCount.set(result.pages().size());
        int keep = Math.min(Math.max(pageIndex.get(), 0), result.pages().size() - 1);
        int target = pageOf(workspace.selectedProperty().get()).orElse(keep);
        if (target == pageIndex.get()) {
            showPage();
        } else {
            pageIndex.set(target);
        }
    }

    private void reveal(String id) {
        pageOf(id).ifPresent(index -> {
            if (index == pageIndex.get()) {
                showPage();
            } else {
                pageIndex.set(index);
            }
        });
    }

    private void showPage() {
        PreviewLayout.Pages shown = pages.get();
        int index = pageIndex.get();
        if (shown == null || index < 0 || index >= shown.pages().size()) {
            page.set(null);
            highlight.set(List.of());
            return;
        }
        PageBox current = shown.pages().get(index);
        page.set(current);
        String block = placedBlock(workspace.selectedProperty().get());
        highlight.set(block == null ? List.of()
                : current.blocks().stream().filter(span -> span.id().equals(block)).toList());
    }

    /** The index of the first page showing the node (a block, or the heading of a chapter, section or part). */
    private Optional<Integer> pageOf(String id) {
        PreviewLayout.Pages shown = pages.get();
        if (shown == null || id == null) {
            return Optional.empty();
        }
        Project project = shown.project();
        String node = id;
        // A node with no place of its own (a block in a case study, an empty section) is shown where its container is.
        for (int depth = 0; node != null && !node.isEmpty() && depth < 8; depth++) {
            for (int i = 0; i < shown.pages().size(); i++) {
                PageBox candidate = shown.pages().get(i);
                String name = node;
                if (candidate.blocks().stream().anyMatch(span -> span.id().equals(name))
                        || candidate.anchors().stream().anyMatch(anchor -> anchor.name().equals(name))) {
                    return Optional.of(i);
                }
            }
            node = ReportQuery.position(project.report(), node).map(ReportEdits.Position::containerId).orElse(null);
        }
        return Optional.empty();
    }

    /** The selected block, or the block holding it when it has no span of its own; null for other nodes. */
    private String placedBlock(String id) {
        PreviewLayout.Pages shown = pages.get();
        if (shown == null || id == null || ReportQuery.block(shown.project().report(), id).isEmpty()) {
            return null;
        }
        String node = id;
        while (node != null && ReportQuery.block(shown.project().report(), node).isPresent()) {
            String name = node;
            if (shown.pages().stream().anyMatch(p -> p.blocks().stream().anyMatch(s -> s.id().equals(name)))) {
                return node;
            }
            node = ReportQuery.position(shown.project().report(), node).map(ReportEdits.Position::containerId)
                    .orElse(null);
        }
        return null;
    }

    /** Selects the block whose span on the current page holds {@code y} (points from the page's top); false if none. */
    public boolean selectAt(double y) {
        PageBox current = page.get();
        if (current == null) {
            return false;
        }
        // Spans of a case study hold those of nothing else, so the innermost (last) span at y is the one clicked.
        BlockSpan hit = null;
        for (BlockSpan span : current.blocks()) {
            if (span.contains(y)) {
                hit = span;
            }
        }
        if (hit == null) {
            return false;
        }
        workspace.selectedProperty().set(hit.id());
        return true;
    }

    public void next() {
        if (pageIndex.get() + 1 < pageCount.get()) {
            pageIndex.set(pageIndex.get() + 1);
        }
    }

    public void previous() {
        if (pageIndex.get() > 0) {
            pageIndex.set(pageIndex.get() - 1);
        }
    }

    /** The page on show, or null before the first layout. */
    public ReadOnlyObjectProperty<PageBox> pageProperty() {
        return page;
    }

    /** The spans of the selected block on the page on show (empty when it is elsewhere or not a block). */
    public ReadOnlyObjectProperty<List<BlockSpan>> highlightProperty() {
        return highlight;
    }

    /** 0-based index of the page on show. */
    public ReadOnlyIntegerProperty pageIndexProperty() {
        return pageIndex;
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount;
    }

    /** The latest pages: the project they show, and whether one chapter or the whole report was laid out. */
    ReadOnlyObjectProperty<PreviewLayout.Pages> pagesProperty() {
        return pages;
    }

    /** Why the last layout failed, or null. */
    public ReadOnlyObjectProperty<Throwable> failureProperty() {
        return failure;
    }
}
