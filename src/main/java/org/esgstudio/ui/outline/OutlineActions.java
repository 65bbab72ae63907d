package org.esgstudio.ui.outline;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.esgstudio.model.Block;
import org.esgstudio.model.CaseStudy;
import org.esgstudio.model.Chapter;
import org.esgstudio.model.FrontPart;
import org.esgstudio.model.Heading;
import org.esgstudio.model.Identified;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Part;
import org.esgstudio.model.Report;
import org.esgstudio.model.ReportEdits;
import org.esgstudio.model.ReportIds;
import org.esgstudio.model.ReportQuery;
import org.esgstudio.model.Section;
import org.esgstudio.ui.common.I18n;
import org.esgstudio.ui.workspace.Edit;
import org.esgstudio.ui.workspace.Workspace;

/**
 * What the outline can do to the report: add chapters, sections and blocks next to the selection, delete, rename,
 * move up and down, and drop a dragged node before, after or into another. Each is one undoable edit of the
 * workspace; each returns the id to select afterwards. Tested without a window.
 */
public final class OutlineActions {
    /** Where a dragged node lands relative to the node under the mouse. */
    public enum Drop {
        BEFORE, AFTER, INTO
    }

    private final Workspace workspace;

    public OutlineActions(Workspace workspace) {
        this.workspace = workspace;
    }

    private Report report() {
        return workspace.current().report();
    }

    // ---- add ----

    /** Adds a chapter after the one holding {@code anchorId} (at the end when there is none); returns its id. */
    public String addChapter(String anchorId) {
        Report report = report();
        Chapter chapter = NewNodes.chapter(ReportIds.all(report));
        int index = chapterOf(report, anchorId).map(c -> report.chapters().indexOf(c) + 1)
                .orElse(report.chapters().size());
        workspace.apply(Edit.report(I18n.text("ui.outline.edit.addChapter"),
                r -> ReportEdits.insertChapter(r, index, chapter)));
        return chapter.id();
    }

    /** Adds a section after the selected one, or at the end of the selected chapter; empty when there is no place. */
    public Optional<String> addSection(String anchorId) {
        Report report = report();
        Optional<Chapter> chapter = chapterOf(report, anchorId);
        if (chapter.isEmpty()) {
            return Optional.empty();
        }
        Section section = NewNodes.section(ReportIds.all(report));
        Optional<Section> anchorSection = sectionOf(report, anchorId);
        int index = anchorSection.map(s -> chapter.get().sections().indexOf(s) + 1)
                .orElse(chapter.get().sections().size());
        String chapterId = chapter.get().id();
        workspace.apply(Edit.report(I18n.text("ui.outline.edit.addSection"),
                r -> ReportEdits.insertSection(r, chapterId, index, section)));
        return Optional.of(section.id());
    }

    /**
     * Adds a block of {@code kind}: after the selected block in its container, or at the end of the selected section,
     * case study or part; empty when the selection holds no blocks (a chapter without sections, a KPI table …).
     */
    public Optional<String> addBlock(NewBlockKind kind, String anchorId) {
        Report report = report();
        Optional<Target> target = blockTarget(report, anchorId);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        Block block = NewNodes.block(kind, ReportIds.all(report), report.settings().year());
        Target where = target.get();
        workspace.apply(Edit.report(I18n.text("ui.outline.edit.add", I18n.text(kind.key())),
                r -> ReportEdits.insertBlock(r, where.container(), where.index(), block)));
        return Optional.of(block.id());
    }

    /** Whether blocks can be added at the selection. */
    public boolean canAddBlock(String anchorId) {
        return blockTarget(report(), anchorId).isPresent();
    }

    private record Target(String container, int index) {
    }

    private static Optional<Target> blockTarget(Report report, String anchorId) {
        if (anchorId == null) {
            return Optional.empty();
        }
        Optional<List<Block>> container = ReportQuery.containerBlocks(report, anchorId);
        if (container.isPresent()) {
            return Optional.of(new Target(anchorId, container.get().size()));
        }
        if (ReportQuery.block(report, anchorId).isPresent()) {
            return ReportQuery.position(report, anchorId).map(p -> new Target(p.containerId(), p.index() + 1));
        }
        return ReportQuery.chapter(report, anchorId).filter(c -> !c.sections().isEmpty())
                .map(c -> c.sections().get(c.sections().size() - 1))
                .map(s -> new Target(s.id(), s.blocks().size()));
    }

    // ---- delete, rename ----

    /** Deletes a node (undoable); returns what to select next: the node after it, else before it, else its parent. */
    public Optional<String> delete(String id) {
        Report report = report();
        if (id == null || ReportQuery.node(report, id).isEmpty()) {
            return Optional.empty();
        }
        Optional<String> next = neighbour(report, id);
        workspace.apply(Edit.report(I18n.text("ui.outline.edit.delete", label(report, id)),
                r -> ReportEdits.remove(r, id)));
        return next;
    }

    /** Whether the node has a title the outline can rename (chapter, section, part, case study, heading). */
    public boolean canRename(String id) {
        return id != null && ReportQuery.node(report(), id).filter(node -> node instanceof Chapter
                || node instanceof Section || node instanceof Part || node instanceof CaseStudy
                || node instanceof Heading).isPresent();
    }

    /** The Chinese title shown for renaming. */
    public String title(String id) {
        return ReportQuery.node(report(), id).map(OutlineActions::titleOf).map(LocalizedText::zh).orElse("");
    }

    /** Renames a node's Chinese title, keeping its English one. */
    public void rename(String id, String zh) {
        String title = zh.strip();
        Identified node = ReportQuery.node(report(), id).orElseThrow();
        LocalizedText old = titleOf(node);
        if (title.isEmpty() || title.equals(old.zh())) {
            return;
        }
        workspace.apply(Edit.report(I18n.text("ui.outline.edit.rename"),
                r -> ReportEdits.retitle(r, id, new LocalizedText(title, old.en()))));
    }

    private static LocalizedText titleOf(Identified node) {
        if (node instanceof Chapter c) {
            return c.title();
        } else if (node instanceof Section s) {
            return s.title();
        } else if (node instanceof Part p) {
            return p.title();
        } else if (node instanceof CaseStudy c) {
            return c.title();
        } else if (node instanceof Heading h) {
            return h.text();
        }
        return LocalizedText.EMPTY;
    }

    // ---- move ----

    /** Moves a node one place up (-1) or down (+1) among its siblings; false when it is already at that end. */
    public boolean move(String id, int by) {
        Report report = report();
        Optional<ReportEdits.Position> position = ReportQuery.position(report, id);
        if (position.isEmpty()) {
            return false;
        }
        int index = position.get().index() + by;
        String container = position.get().containerId();
        if (index < 0 || index >= siblings(report, id, container)) {
            return false;
        }
        workspace.apply(Edit.report(I18n.text("ui.outline.edit.move"), r -> moveTo(r, id, container, index)));
        return true;
    }

    private static int siblings(Report report, String id, String container) {
        if (ReportQuery.chapter(report, id).isPresent()) {
            return report.chapters().size();
        }
        Optional<Part> part = ReportQuery.part(report, id);
        if (part.isPresent()) {
            return part.get() instanceof FrontPart ? report.front().size() : report.back().size();
        }
        if (ReportQuery.section(report, id).isPresent()) {
            return ReportQuery.chapter(report, container).map(c -> c.sections().size()).orElse(0);
        }
        return ReportQuery.containerBlocks(report, container).map(List::size).orElse(0);
    }

    private static Report moveTo(Report report, String id, String container, int index) {
        if (ReportQuery.chapter(report, id).isPresent()) {
            return ReportEdits.moveChapter(report, id, index);
        }
        if (ReportQuery.part(report, id).isPresent()) {
            return ReportEdits.movePart(report, id, index);
        }
        if (ReportQuery.section(report, id).isPresent()) {
            return ReportEdits.moveSection(report, id, container, index);
        }
        return ReportEdits.moveBlock(report, id, container, index);
    }

    /** Whether {@code dragged} may be dropped at {@code target}. */
    public boolean canDrop(String dragged, String target, Drop where) {
        return dropTarget(report(), dragged, target, where).isPresent();
    }

    /** Drops {@code dragged} before, after or into {@code target}; false when it may not go there. */
    public boolean drop(String dragged, String target, Drop where) {
        Optional<Target> to = dropTarget(report(), dragged, target, where);
        if (to.isEmpty()) {
            return false;
        }
        workspace.apply(Edit.report(I18n.text("ui.outline.edit.move"),
                r -> moveTo(r, dragged, to.get().container(), to.get().index())));
        return true;
    }

    /** Where a drop puts the node: its new container and index in the container's list without it. */
    private static Optional<Target> dropTarget(Report report, String dragged, String target, Drop where) {
        if (dragged == null || target == null || dragged.equals(target)) {
            return Optional.empty();
        }
        Optional<Identified> node = ReportQuery.node(report, dragged);
        Optional<Identified> onto = ReportQuery.node(report, target);
        if (node.isEmpty() || onto.isEmpty()) {
            return Optional.empty();
        }
        Identified moved = node.get();
        Identified over = onto.get();
        if (moved instanceof Block block) {
            if (where == Drop.INTO) {
                if (ReportQuery.containerBlocks(report, target).isEmpty() || inside(block, target)) {
                    return Optional.empty();
                }
                return Optional.of(new Target(target, Integer.MAX_VALUE));
            }
            if (!(over instanceof Block) || inside(block, target)) {
                return Optional.empty();
            }
            return siblingSlot(report, dragged, target, where);
        }
        if (moved instanceof Section) {
            if (where == Drop.INTO) {
                return over instanceof Chapter ? Optional.of(new Target(target, Integer.MAX_VALUE)) : Optional.empty();
            }
            return over instanceof Section ? siblingSlot(report, dragged, target, where) : Optional.empty();
        }
        if (moved instanceof Chapter && over instanceof Chapter && where != Drop.INTO) {
            return siblingSlot(report, dragged, target, where);
        }
        if (moved instanceof Part && over instanceof Part && where != Drop.INTO
                && (moved instanceof FrontPart) == (over instanceof FrontPart)) {
            return siblingSlot(report, dragged, target, where);
        }
        return Optional.empty();
    }

    /** Before or after a sibling: the sibling's container, at its index once the dragged node is taken out. */
    private static Optional<Target> siblingSlot(Report report, String dragged, String target, Drop where) {
        Optional<ReportEdits.Position> at = ReportQuery.position(report, target);
        Optional<ReportEdits.Position> from = ReportQuery.position(report, dragged);
        if (at.isEmpty() || from.isEmpty()) {
            return Optional.empty();
        }
        int index = at.get().index() + (where == Drop.AFTER ? 1 : 0);
        if (from.get().containerId().equals(at.get().containerId()) && from.get().index() < index) {
            index--;
        }
        return Optional.of(new Target(at.get().containerId(), index));
    }

    private static boolean inside(Block block, String containerId) {
        if (block.id().equals(containerId)) {
            return true;
        }
        return block.children().stream().anyMatch(child -> inside(child, containerId));
    }

    // ---- helpers ----

    private static Optional<Chapter> chapterOf(Report report, String id) {
        if (id == null) {
            return Optional.empty();
        }
        Optional<Chapter> chapter = ReportQuery.chapter(report, id);
        if (chapter.isPresent()) {
            return chapter;
        }
        return sectionOf(report, id).flatMap(s -> ReportQuery.chapterOfSection(report, s.id()));
    }

    /** The section that is {@code id} or holds it (also through a case study). */
    private static Optional<Section> sectionOf(Report report, String id) {
        if (id == null) {
            return Optional.empty();
        }
        Optional<Section> section = ReportQuery.section(report, id);
        if (section.isPresent()) {
            return section;
        }
        Optional<ReportEdits.Position> position = ReportQuery.position(report, id);
        return position.isEmpty() || position.get().containerId().isEmpty() ? Optional.empty()
                : sectionOf(report, position.get().containerId());
    }

    private static Optional<String> neighbour(Report report, String id) {
        Optional<ReportEdits.Position> position = ReportQuery.position(report, id);
        if (position.isEmpty()) {
            return Optional.empty();
        }
        String container = position.get().containerId();
        List<? extends Identified> siblings = siblingNodes(report, id, container);
        int index = position.get().index();
        if (index + 1 < siblings.size()) {
            return Optional.of(siblings.get(index + 1).id());
        }
        if (index > 0) {
            return Optional.of(siblings.get(index - 1).id());
        }
        return container.isEmpty() ? Optional.empty() : Optional.of(container);
    }

    private static List<? extends Identified> siblingNodes(Report report, String id, String container) {
        if (ReportQuery.chapter(report, id).isPresent()) {
            return report.chapters();
        }
        Optional<Part> part = ReportQuery.part(report, id);
        if (part.isPresent()) {
            return part.get() instanceof FrontPart ? report.front() : report.back();
        }
        if (ReportQuery.section(report, id).isPresent()) {
            return ReportQuery.chapter(report, container).map(Chapter::sections).orElse(List.of());
        }
        return ReportQuery.containerBlocks(report, container).orElse(List.of());
    }

    private static String label(Report report, String id) {
        Identified node = ReportQuery.node(report, id).orElseThrow();
        if (node instanceof Block block) {
            return org.esgstudio.model.BlockLabels.label(block);
        }
        return titleOf(node).zh();
    }

    static Set<String> ids(Report report) {
        return ReportIds.all(report);
    }
}
