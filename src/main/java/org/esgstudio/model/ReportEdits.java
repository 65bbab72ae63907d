package org.esgstudio.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The editor's operations on the report tree, as pure functions: each returns a new report that shares every
 * untouched node with the old one, so that an edit costs the path to the node and undo can keep old reports.
 * Blocks live in containers: a section, a case study, or a part with a body (letter, profile, appendix) or an intro
 * (materiality, stakeholders). Every operation names nodes by id and throws {@link IllegalArgumentException} when an
 * id is unknown or a move would put a node inside itself.
 */
public final class ReportEdits {
    private ReportEdits() {
    }

    /** Where a node sits: the id of its container (a chapter for a section; "" for a chapter or part) and its index. */
    public record Position(String containerId, int index) {
    }

    // ---- blocks ----

    /** The report with the block of the same id replaced by {@code block}. */
    public static Report replaceBlock(Report report, Block block) {
        boolean[] found = {false};
        Report result = rewriteContainers(report, (container, blocks) -> {
            int at = indexOf(blocks, block.id());
            if (at < 0) {
                return blocks;
            }
            found[0] = true;
            List<Block> changed = new ArrayList<>(blocks);
            changed.set(at, block);
            return changed;
        });
        return require(found[0], result, block.id());
    }

    /** The report with {@code block} inserted into the container at {@code index} (clamped to its size). */
    public static Report insertBlock(Report report, String containerId, int index, Block block) {
        boolean[] found = {false};
        Report result = rewriteContainers(report, (container, blocks) -> {
            if (!container.equals(containerId)) {
                return blocks;
            }
            found[0] = true;
            List<Block> changed = new ArrayList<>(blocks);
            changed.add(Math.max(0, Math.min(index, changed.size())), block);
            return changed;
        });
        return require(found[0], result, containerId);
    }

    /** The report without the block {@code blockId} (and what it holds). */
    public static Report removeBlock(Report report, String blockId) {
        boolean[] found = {false};
        Report result = rewriteContainers(report, (container, blocks) -> {
            int at = indexOf(blocks, blockId);
            if (at < 0) {
                return blocks;
            }
            found[0] = true;
            List<Block> changed = new ArrayList<>(blocks);
            changed.remove(at);
            return changed;
        });
        return require(found[0], result, blockId);
    }

    /** The report with the block moved into {@code containerId} at {@code index} of the list without it. */
    public static Report moveBlock(Report report, String blockId, String containerId, int index) {
        Block block = ReportQuery.block(report, blockId)
                .orElseThrow(() -> new IllegalArgumentException("no block " + blockId));
        if (containsContainer(block, containerId)) {
            throw new IllegalArgumentException("cannot move " + blockId + " into itself");
        }
        return insertBlock(removeBlock(report, blockId), containerId, index, block);
    }

    // ---- sections and chapters ----

    public static Report replaceSection(Report report, Section section) {
        return rewriteSections(report, section.id(), (chapter, sections) -> {
            List<Section> changed = new ArrayList<>(sections);
            changed.set(indexOfSection(sections, section.id()), section);
            return changed;
        });
    }

    public static Report insertSection(Report report, String chapterId, int index, Section section) {
        List<Chapter> chapters = new ArrayList<>(report.chapters());
        int at = indexOf(chapters, chapterId);
        if (at < 0) {
            throw new IllegalArgumentException("no chapter " + chapterId);
        }
        Chapter chapter = chapters.get(at);
        List<Section> sections = new ArrayList<>(chapter.sections());
        sections.add(Math.max(0, Math.min(index, sections.size())), section);
        chapters.set(at, withSections(chapter, sections));
        return report.withChapters(chapters);
    }

    public static Report removeSection(Report report, String sectionId) {
        return rewriteSections(report, sectionId, (chapter, sections) -> {
            List<Section> changed = new ArrayList<>(sections);
            changed.remove(indexOfSection(sections, sectionId));
            return changed;
        });
    }

    public static Report moveSection(Report report, String sectionId, String chapterId, int index) {
        Section section = ReportQuery.section(report, sectionId)
                .orElseThrow(() -> new IllegalArgumentException("no section " + sectionId));
        return insertSection(removeSection(report, sectionId), chapterId, index, section);
    }

    public static Report replaceChapter(Report report, Chapter chapter) {
        List<Chapter> chapters = new ArrayList<>(report.chapters());
        int at = indexOf(chapters, chapter.id());
        if (at < 0) {
            throw new IllegalArgumentException("no chapter " + chapter.id());
        }
        chapters.set(at, chapter);
        return report.withChapters(chapters);
    }

    public static Report insertChapter(Report report, int index, Chapter chapter) {
        List<Chapter> chapters = new ArrayList<>(report.chapters());
        chapters.add(Math.max(0, Math.min(index, chapters.size())), chapter);
        return report.withChapters(chapters);
    }

    public static Report removeChapter(Report report, String chapterId) {
        List<Chapter> chapters = new ArrayList<>(report.chapters());
        if (!chapters.removeIf(chapter -> chapter.id().equals(chapterId))) {
            throw new IllegalArgumentException("no chapter " + chapterId);
        }
        return report.withChapters(chapters);
    }

    public static Report moveChapter(Report report, String chapterId, int index) {
        Chapter chapter = ReportQuery.chapter(report, chapterId)
                .orElseThrow(() -> new IllegalArgumentException("no chapter " + chapterId));
        return insertChapter(removeChapter(report, chapterId), index, chapter);
    }

    // ---- parts ----

    /** The report with the front or back part of the same id replaced. */
    public static Report replacePart(Report report, Part part) {
        if (part instanceof FrontPart front) {
            List<FrontPart> parts = new ArrayList<>(report.front());
            int at = indexOf(parts, part.id());
            if (at >= 0) {
                parts.set(at, front);
                return report.withFront(parts);
            }
        } else if (part instanceof BackPart back) {
            List<BackPart> parts = new ArrayList<>(report.back());
            int at = indexOf(parts, part.id());
            if (at >= 0) {
                parts.set(at, back);
                return report.withBack(parts);
            }
        }
        throw new IllegalArgumentException("no part " + part.id());
    }

    /** The report with a front part moved to {@code index} among the front parts (or a back part among the back). */
    public static Report movePart(Report report, String partId, int index) {
        List<FrontPart> front = new ArrayList<>(report.front());
        int at = indexOf(front, partId);
        if (at >= 0) {
            FrontPart part = front.remove(at);
            front.add(Math.max(0, Math.min(index, front.size())), part);
            return report.withFront(front);
        }
        List<BackPart> back = new ArrayList<>(report.back());
        at = indexOf(back, partId);
        if (at >= 0) {
            BackPart part = back.remove(at);
            back.add(Math.max(0, Math.min(index, back.size())), part);
            return report.withBack(back);
        }
        throw new IllegalArgumentException("no part " + partId);
    }

    // ---- any node ----

    /** The report without the node {@code id}: a block, section, chapter or part. */
    public static Report remove(Report report, String id) {
        Report removed;
        if (ReportQuery.chapter(report, id).isPresent()) {
            removed = removeChapter(report, id);
        } else if (ReportQuery.section(report, id).isPresent()) {
            removed = removeSection(report, id);
        } else if (ReportQuery.part(report, id).isPresent()) {
            removed = report.withFront(report.front().stream().filter(p -> !p.id().equals(id)).toList())
                    .withBack(report.back().stream().filter(p -> !p.id().equals(id)).toList());
        } else {
            removed = removeBlock(report, id);
        }
        return withoutTagsOfRemoved(report, removed);
    }

    /** The disclosure codes of elements that are gone go with them (a move keeps them: it removes nothing). */
    private static Report withoutTagsOfRemoved(Report before, Report after) {
        if (before.disclosures().isEmpty()) {
            return after;
        }
        java.util.Set<String> gone = new java.util.HashSet<>(before.disclosures().byElement().keySet());
        gone.removeAll(ReportQuery.ids(after));
        return gone.isEmpty() ? after : after.withDisclosures(after.disclosures().without(gone));
    }

    /** The report with the node's title (or a heading's text) replaced: chapter, section, part or case study. */
    public static Report retitle(Report report, String id, LocalizedText title) {
        Optional<Chapter> chapter = ReportQuery.chapter(report, id);
        if (chapter.isPresent()) {
            Chapter c = chapter.get();
            return replaceChapter(report, new Chapter(c.id(), c.kind(), title, c.themeWord(), c.intro(), c.sections()));
        }
        Optional<Section> section = ReportQuery.section(report, id);
        if (section.isPresent()) {
            return replaceSection(report, new Section(id, title, section.get().blocks()));
        }
        Optional<Part> part = ReportQuery.part(report, id);
        if (part.isPresent()) {
            return replacePart(report, PartTitles.withTitle(part.get(), title));
        }
        Block block = ReportQuery.block(report, id).orElseThrow(() -> new IllegalArgumentException("no node " + id));
        if (block instanceof CaseStudy c) {
            return replaceBlock(report, new CaseStudy(c.id(), title, c.body(), c.image(), c.caption()));
        }
        if (block instanceof Heading h) {
            return replaceBlock(report, new Heading(h.id(), h.level(), title));
        }
        throw new IllegalArgumentException(id + " has no title");
    }

    // ---- the rewriting walk ----

    /**
     * Applies {@code rewrite} to every block container's list (sections, case-study bodies, part bodies and intros),
     * rebuilding only the nodes on the path to a changed list.
     */
    static Report rewriteContainers(Report report, BiFunction<String, List<Block>, List<Block>> rewrite) {
        List<FrontPart> front = rewriteList(report.front(), part -> (FrontPart) rewritePart(part, rewrite));
        List<Chapter> chapters = rewriteList(report.chapters(), chapter -> {
            List<Section> sections = rewriteList(chapter.sections(), section -> {
                List<Block> blocks = rewriteBlocks(section.id(), section.blocks(), rewrite);
                return blocks == section.blocks() ? section : new Section(section.id(), section.title(), blocks);
            });
            return sections == chapter.sections() ? chapter : withSections(chapter, sections);
        });
        List<BackPart> back = rewriteList(report.back(), part -> (BackPart) rewritePart(part, rewrite));
        if (front == report.front() && chapters == report.chapters() && back == report.back()) {
            return report;
        }
        return new Report(report.settings(), front, chapters, back, report.disclosures());
    }

    private static Part rewritePart(Part part, BiFunction<String, List<Block>, List<Block>> rewrite) {
        List<Block> blocks = part.blocks();
        List<Block> changed = rewriteBlocks(part.id(), blocks, rewrite);
        return changed == blocks ? part : PartTitles.withBlocks(part, changed);
    }

    private static List<Block> rewriteBlocks(String containerId, List<Block> blocks,
                                             BiFunction<String, List<Block>, List<Block>> rewrite) {
        List<Block> inner = rewriteList(blocks, block -> {
            if (block instanceof CaseStudy c) {
                List<Block> body = rewriteBlocks(c.id(), c.body(), rewrite);
                return body == c.body() ? c : new CaseStudy(c.id(), c.title(), body, c.image(), c.caption());
            }
            return block;
        });
        List<Block> result = rewrite.apply(containerId, inner);
        return result == inner && inner == blocks ? blocks : List.copyOf(result);
    }

    /** The list with each element mapped; the same list when no element changed. */
    private static <T> List<T> rewriteList(List<T> list, java.util.function.UnaryOperator<T> map) {
        List<T> changed = null;
        for (int i = 0; i < list.size(); i++) {
            T before = list.get(i);
            T after = map.apply(before);
            if (after != before && changed == null) {
                changed = new ArrayList<>(list);
            }
            if (changed != null) {
                changed.set(i, after);
            }
        }
        return changed == null ? list : changed;
    }

    private static Report rewriteSections(Report report, String sectionId,
                                          BiFunction<Chapter, List<Section>, List<Section>> rewrite) {
        List<Chapter> chapters = new ArrayList<>(report.chapters());
        for (int i = 0; i < chapters.size(); i++) {
            Chapter chapter = chapters.get(i);
            if (indexOfSection(chapter.sections(), sectionId) >= 0) {
                chapters.set(i, withSections(chapter, rewrite.apply(chapter, chapter.sections())));
                return report.withChapters(chapters);
            }
        }
        throw new IllegalArgumentException("no section " + sectionId);
    }

    private static Chapter withSections(Chapter chapter, List<Section> sections) {
        return new Chapter(chapter.id(), chapter.kind(), chapter.title(), chapter.themeWord(), chapter.intro(),
                sections);
    }

    private static boolean containsContainer(Block block, String containerId) {
        if (block.id().equals(containerId)) {
            return true;
        }
        for (Block child : block.children()) {
            if (containsContainer(child, containerId)) {
                return true;
            }
        }
        return false;
    }

    private static int indexOfSection(List<Section> sections, String id) {
        return indexOf(sections, id);
    }

    private static <T extends Identified> int indexOf(List<T> list, String id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static Report require(boolean found, Report result, String id) {
        if (!found) {
            throw new IllegalArgumentException("no such node " + id);
        }
        return result;
    }
}
