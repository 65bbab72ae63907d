package org.esgstudio.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.esgstudio.data.Project;
import org.esgstudio.figures.Quote;
import org.esgstudio.figures.QuoteCollector;
import org.esgstudio.model.Block;
import org.esgstudio.model.Chapter;
import org.esgstudio.model.Location;
import org.esgstudio.model.Part;
import org.esgstudio.model.Report;
import org.esgstudio.model.ReportVisitor;
import org.esgstudio.model.ReportWalk;
import org.esgstudio.model.Section;

/**
 * Comment anchors against one state of the project: which nodes exist and where they sit, the figures of a block a
 * comment can point at (each figure the validator reads in the block's Chinese text, as written, numbered per
 * spelling in reading order), and whether a thread's anchor still holds. Figures are read per block, when asked.
 */
public final class CommentAnchors {
    private final Project project;
    private final Map<String, CommentPlace> places = new HashMap<>();
    private final Map<String, Boolean> isBlock = new HashMap<>();
    private final Map<String, List<CommentAnchor>> figures = new HashMap<>();
    private QuoteCollector collector;

    public CommentAnchors(Project project) {
        this.project = project;
        Report report = project.report();
        Map<String, Integer> numbers = new HashMap<>();
        for (int i = 0; i < report.chapters().size(); i++) {
            numbers.put(report.chapters().get(i).id(), i + 1);
        }
        ReportWalk.walk(report, new ReportVisitor() {
            @Override
            public void part(Part part, Location location) {
                put(part.id(), location, false);
            }

            @Override
            public void chapter(Chapter chapter, String number, Location location) {
                put(chapter.id(), location, false);
            }

            @Override
            public void section(Chapter chapter, Section section, String number, Location location) {
                put(section.id(), location, false);
            }

            @Override
            public void block(Block block, Location location) {
                put(block.id(), location, true);
            }

            private void put(String id, Location location, boolean block) {
                String chapterId = location.partOrChapterId();
                String title = location.trail().isEmpty() ? chapterId : location.trail().get(0);
                places.putIfAbsent(id, new CommentPlace(chapterId, numbers.get(chapterId), title, location.path()));
                isBlock.putIfAbsent(id, block);
            }
        });
    }

    /** Where a node (block, section, chapter or part) sits, or empty when the report has no such node. */
    public Optional<CommentPlace> place(String nodeId) {
        return Optional.ofNullable(places.get(nodeId));
    }

    public boolean exists(String nodeId) {
        return places.containsKey(nodeId);
    }

    /**
     * The figures a comment on block {@code blockId} can point at, in reading order: empty when there is no such
     * block; an empty list for a block without figures, a chapter, section or part.
     */
    public Optional<List<CommentAnchor>> figures(String blockId) {
        if (!exists(blockId)) {
            return Optional.empty();
        }
        if (!isBlock.get(blockId)) {
            return Optional.of(List.of());
        }
        return Optional.of(figures.computeIfAbsent(blockId, this::read));
    }

    private List<CommentAnchor> read(String blockId) {
        if (collector == null) {
            collector = new QuoteCollector(project.data(), project.report().settings().year());
        }
        List<CommentAnchor> anchors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Quote quote : collector.ofBlock(project.report(), blockId).orElse(List.of())) {
            if (quote.mention() == null) {
                continue; // a figure reference prints the store's value; comment on its block instead
            }
            String raw = quote.mention().raw();
            anchors.add(CommentAnchor.figure(blockId, raw, seen.merge(raw, 1, Integer::sum)));
        }
        return List.copyOf(anchors);
    }

    /** Why {@code anchor} no longer holds, or empty while it does. */
    public Optional<Orphan> orphan(CommentAnchor anchor) {
        if (!exists(anchor.blockId())) {
            return Optional.of(Orphan.NODE_GONE);
        }
        if (anchor.onFigure() && !figures(anchor.blockId()).orElse(List.of()).contains(anchor)) {
            return Optional.of(Orphan.FIGURE_GONE);
        }
        return Optional.empty();
    }

    /** The thread read against this state of the project. */
    public PlacedThread place(CommentThread thread) {
        return new PlacedThread(thread, places.get(thread.anchor().blockId()), orphan(thread.anchor()).orElse(null));
    }

    /** Every thread read against this state of the project, in the order given. */
    public List<PlacedThread> place(List<CommentThread> threads) {
        return threads.stream().map(this::place).toList();
    }
}
