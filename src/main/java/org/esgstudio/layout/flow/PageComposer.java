package org.esgstudio.layout.flow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.esgstudio.layout.Anchor;
import org.esgstudio.layout.BlockSpan;
import org.esgstudio.layout.Box;
import org.esgstudio.layout.LayoutWarning;
import org.esgstudio.layout.OutlineEntry;
import org.esgstudio.layout.PageBox;
import org.esgstudio.layout.theme.PageGeometry;

/**
 * Pours a sequence of flow items into pages: keeps headings with what follows, moves content that does not fit to
 * the next page, reserves and paints footnotes at the foot of the page that refers to them, and mirrors margins on
 * facing pages. The result is a plain list of {@link PageBox}es; each records where the blocks labelled by a
 * {@link BlockFlow} landed on it.
 */
public final class PageComposer {
    private final PageGeometry geometry;
    private final PageDecorator decorator;
    private final FootnoteSetter footnotes;
    private final Consumer<LayoutWarning> warnings;
    private final List<PageBox> pages = new ArrayList<>();
    private final List<OutlineEntry> outline = new ArrayList<>();
    private final Map<String, Integer> anchorPages = new LinkedHashMap<>();

    private List<Box> boxes;
    private List<Anchor> anchors;
    private List<BlockSpan> spans;
    private Set<String> pageFootnotes;
    private double cursor;
    private double footnoteHeight;
    private boolean pageOpen;
    private boolean overflowReported;
    private String runningHead = "";
    private int firstNumber = 1;

    public PageComposer(PageGeometry geometry, PageDecorator decorator, FootnoteSetter footnotes,
                        Consumer<LayoutWarning> warnings) {
        this.geometry = geometry;
        this.decorator = decorator;
        this.footnotes = footnotes;
        this.warnings = warnings;
    }

    /**
     * Numbers the first page {@code number} instead of 1 (margins mirror by it): to lay out a part of a document that
     * starts on a new page, such as one chapter, as it falls in the whole.
     */
    public PageComposer numberingFrom(int number) {
        this.firstNumber = number;
        return this;
    }

    /** The number of the page being filled (or of the next one). */
    private int number() {
        return firstNumber + pages.size();
    }

    /** Lays out every item; returns the pages (page numbers start at 1 with the first page). */
    public List<PageBox> compose(List<FlowItem> items) {
        Snapshot chain = null;
        for (int i = 0; i < items.size(); i++) {
            FlowItem item = items.get(i);
            if (item instanceof FlowItem.NewPage) {
                finishPage();
                chain = null;
            } else if (item instanceof FlowItem.Designed designed) {
                finishPage();
                designedPage(designed.page());
                chain = null;
            } else if (item instanceof FlowItem.RunningHead head) {
                runningHead = head.text();
            } else if (item instanceof FlowItem.Mark mark) {
                ensurePage();
                if (!keepsWithFollowing(items, i)) {
                    finishPage();
                    ensurePage();
                }
                if (chain == null && cursor > 0) {
                    chain = snapshot(i);
                }
                anchors.add(new Anchor(mark.anchor(), cursor));
                anchorPages.put(mark.anchor(), number());
                if (mark.outline() != null) {
                    outline.add(mark.outline());
                }
            } else if (item instanceof FlowItem.Content content) {
                ensurePage();
                Flowable flowable = content.flowable();
                if (flowable.keepWithNext()) {
                    if (!keepsWithFollowing(items, i)) {
                        finishPage();
                        ensurePage();
                        chain = null;
                    }
                    if (chain == null && cursor > 0) {
                        chain = snapshot(i);
                    }
                    place(flowable);
                    continue;
                }
                if (chain != null && chain.pageCount() == pages.size() && !fitsAnything(flowable)) {
                    // What the headings were kept with does not start on this page: move them with it.
                    int restart = chain.index();
                    rollback(chain);
                    chain = null;
                    finishPage();
                    ensurePage();
                    i = restart - 1;
                    continue;
                }
                chain = null;
                place(flowable);
            }
        }
        finishPage();
        return List.copyOf(pages);
    }

    /** The page state before a keep-with-next chain, to take the chain back if what follows it cannot start here. */
    private record Snapshot(int index, int pageCount, int boxCount, int anchorCount, int outlineCount, int spanCount,
                            double cursor, double footnoteHeight, Set<String> footnotes) {
    }

    private Snapshot snapshot(int index) {
        return new Snapshot(index, pages.size(), boxes.size(), anchors.size(), outline.size(), spans.size(), cursor,
                footnoteHeight, new LinkedHashSet<>(pageFootnotes));
    }

    private void rollback(Snapshot snapshot) {
        if (snapshot.pageCount() != pages.size()) {
            return;
        }
        boxes.subList(snapshot.boxCount(), boxes.size()).clear();
        anchors.subList(snapshot.anchorCount(), anchors.size()).clear();
        outline.subList(snapshot.outlineCount(), outline.size()).clear();
        spans.subList(snapshot.spanCount(), spans.size()).clear();
        cursor = snapshot.cursor();
        footnoteHeight = snapshot.footnoteHeight();
        pageFootnotes = snapshot.footnotes();
    }

    /** Whether the flowable would place at least its first part on the current page (asked without placing it). */
    private boolean fitsAnything(Flowable flowable) {
        PageContext context = new PageContext(geometry.contentWidth(), cursor == 0, pageFootnotes, footnotes, warnings);
        return flowable.place(context, remaining()).status() != Placement.Status.NOTHING;
    }

    public List<OutlineEntry> outline() {
        return List.copyOf(outline);
    }

    public Map<String, Integer> anchorPages() {
        return Map.copyOf(anchorPages);
    }

    /**
     * Whether the chain of keep-with-next items starting at {@code index} (marks and headings) fits on this page
     * together with the smallest first part of the content after it. Always true on an empty page.
     */
    private boolean keepsWithFollowing(List<FlowItem> items, int index) {
        if (cursor == 0) {
            return true;
        }
        double needed = 0;
        for (int k = index; k < items.size(); k++) {
            FlowItem item = items.get(k);
            if (item instanceof FlowItem.Content content) {
                Flowable flowable = content.flowable();
                if (flowable.keepWithNext()) {
                    needed += flowable.height();
                } else {
                    needed += flowable.minHeight();
                    break;
                }
            } else if (!(item instanceof FlowItem.Mark) && !(item instanceof FlowItem.RunningHead)) {
                break;
            }
        }
        return needed <= remaining() + 0.01;
    }

    private void place(Flowable flowable) {
        Flowable current = flowable;
        int guard = 0;
        while (current != null) {
            if (++guard > 10_000) {
                throw new IllegalStateException("layout does not progress (a flowable keeps splitting)");
            }
            boolean empty = cursor == 0;
            PageContext context = new PageContext(geometry.contentWidth(), empty, pageFootnotes, footnotes, warnings);
            Placement placement = current.place(context, remaining());
            switch (placement.status()) {
                case FULL -> {
                    accept(placement, current);
                    current = null;
                }
                case PARTIAL -> {
                    accept(placement, current);
                    finishPage();
                    ensurePage();
                    current = placement.rest();
                }
                case NOTHING -> {
                    if (empty) {
                        // A flowable that cannot fit an empty page is placed anyway, overflowing (reported by accept).
                        Placement forced = current.place(context, Double.MAX_VALUE / 4);
                        accept(forced, current);
                        current = forced.status() == Placement.Status.PARTIAL ? forced.rest() : null;
                        if (current != null) {
                            finishPage();
                            ensurePage();
                        }
                    } else {
                        finishPage();
                        ensurePage();
                    }
                }
            }
        }
    }

    private void accept(Placement placement, Flowable placed) {
        double left = geometry.left(number());
        double top = geometry.top() + cursor;
        if (placed instanceof BlockFlow block && placement.height() > 0) {
            span(block.blockId(), top, top + placement.height());
        }
        for (Box box : placement.boxes()) {
            boxes.add(box.moved(left, top));
        }
        for (Anchor anchor : placement.anchors()) {
            anchors.add(new Anchor(anchor.name(), cursor + anchor.y()));
            anchorPages.put(anchor.name(), number());
        }
        for (String id : placement.footnoteIds()) {
            if (pageFootnotes.isEmpty()) {
                footnoteHeight += footnotes.separatorHeight();
            }
            if (pageFootnotes.add(id)) {
                footnoteHeight += footnotes.height(id);
            }
        }
        cursor += placement.height();
        if (!overflowReported && cursor > geometry.contentHeight() - footnoteHeight + 0.01) {
            overflowReported = true;
            warnings.accept(new LayoutWarning(LayoutWarning.Kind.OVERFLOW, "page " + number(),
                    "layout.overflow", number()));
        }
    }

    /** Extends the block's span when its previous flowable ended just above (a title, then its table). */
    private void span(String id, double top, double bottom) {
        if (!spans.isEmpty()) {
            BlockSpan last = spans.get(spans.size() - 1);
            if (last.id().equals(id) && top - last.bottom() < 0.01) {
                spans.set(spans.size() - 1, new BlockSpan(id, last.top(), bottom));
                return;
            }
        }
        spans.add(new BlockSpan(id, top, bottom));
    }

    private double remaining() {
        return geometry.contentHeight() - cursor - footnoteHeight;
    }

    private void ensurePage() {
        if (!pageOpen) {
            boxes = new ArrayList<>();
            anchors = new ArrayList<>();
            spans = new ArrayList<>();
            pageFootnotes = new LinkedHashSet<>();
            cursor = 0;
            footnoteHeight = 0;
            overflowReported = false;
            pageOpen = true;
        }
    }

    private void finishPage() {
        if (!pageOpen) {
            return;
        }
        int number = number();
        List<Box> all = new ArrayList<>(boxes);
        if (!pageFootnotes.isEmpty()) {
            double top = geometry.top() + geometry.contentHeight() - footnoteHeight;
            for (Box box : footnotes.boxes(new ArrayList<>(pageFootnotes))) {
                all.add(box.moved(geometry.left(number), top));
            }
        }
        all.addAll(decorator.decorate(number, runningHead));
        pages.add(new PageBox(number, String.valueOf(number), geometry.width(), geometry.height(), all, anchors, spans));
        pageOpen = false;
    }

    private void designedPage(DesignedPage page) {
        int number = number();
        for (Anchor anchor : page.anchors()) {
            anchorPages.put(anchor.name(), number);
        }
        outline.addAll(page.outline());
        pages.add(new PageBox(number, page.printsNumber() ? String.valueOf(number) : "", geometry.width(),
                geometry.height(), page.painter().apply(number), page.anchors()));
    }
}
