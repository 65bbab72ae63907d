package org.esgstudio.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finding nodes of a report by id: chapters, sections, parts, blocks (also inside case studies) and containers. */
public final class ReportQuery {
    private ReportQuery() {
    }

    public static Optional<Chapter> chapter(Report report, String id) {
        return report.chapters().stream().filter(chapter -> chapter.id().equals(id)).findFirst();
    }

    public static Optional<Section> section(Report report, String id) {
        for (Chapter chapter : report.chapters()) {
            for (Section section : chapter.sections()) {
                if (section.id().equals(id)) {
                    return Optional.of(section);
                }
            }
        }
        return Optional.empty();
    }

    /** The chapter that holds a section. */
    public static Optional<Chapter> chapterOfSection(Report report, String sectionId) {
        return report.chapters().stream()
                .filter(chapter -> chapter.sections().stream().anyMatch(s -> s.id().equals(sectionId))).findFirst();
    }

    public static Optional<Part> part(Report report, String id) {
        for (Part part : parts(report)) {
            if (part.id().equals(id)) {
                return Optional.of(part);
            }
        }
        return Optional.empty();
    }

    /** Front parts, then back parts. */
    public static List<Part> parts(Report report) {
        List<Part> parts = new ArrayList<>(report.front());
        parts.addAll(report.back());
        return parts;
    }

    /** The block with that id, also inside case studies and part bodies (a plain search: no locations built). */
    public static Optional<Block> block(Report report, String id) {
        for (Part part : report.front()) {
            Block found = search(part.blocks(), id);
            if (found != null) {
                return Optional.of(found);
            }
        }
        for (Chapter chapter : report.chapters()) {
            for (Section section : chapter.sections()) {
                Block found = search(section.blocks(), id);
                if (found != null) {
                    return Optional.of(found);
                }
            }
        }
        for (Part part : report.back()) {
            Block found = search(part.blocks(), id);
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    private static Block search(List<Block> blocks, String id) {
        for (Block block : blocks) {
            if (block.id().equals(id)) {
                return block;
            }
            if (!block.children().isEmpty()) {
                Block found = search(block.children(), id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Any node with that id: a chapter, section, part or block. */
    public static Optional<Identified> node(Report report, String id) {
        Optional<? extends Identified> found = chapter(report, id);
        if (found.isEmpty()) {
            found = section(report, id);
        }
        if (found.isEmpty()) {
            found = part(report, id);
        }
        if (found.isEmpty()) {
            found = block(report, id);
        }
        return found.map(Identified.class::cast);
    }

    /** The ids of every part, chapter, section and block of the report (also inside case studies). */
    public static java.util.Set<String> ids(Report report) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Part part : parts(report)) {
            ids.add(part.id());
            collect(part.blocks(), ids);
        }
        for (Chapter chapter : report.chapters()) {
            ids.add(chapter.id());
            for (Section section : chapter.sections()) {
                ids.add(section.id());
                collect(section.blocks(), ids);
            }
        }
        return ids;
    }

    private static void collect(List<Block> blocks, java.util.Set<String> ids) {
        for (Block block : blocks) {
            ids.add(block.id());
            collect(block.children(), ids);
        }
    }

    /** The blocks of a container: a section, a case study, or a part with a body or intro. */
    public static Optional<List<Block>> containerBlocks(Report report, String containerId) {
        Optional<Section> section = section(report, containerId);
        if (section.isPresent()) {
            return Optional.of(section.get().blocks());
        }
        Optional<Part> part = part(report, containerId);
        if (part.isPresent()) {
            return PartTitles.holdsBlocks(part.get()) ? Optional.of(part.get().blocks()) : Optional.empty();
        }
        return block(report, containerId).filter(CaseStudy.class::isInstance).map(Block::children);
    }

    /**
     * Where a node sits: a block's container and index, a section's chapter and index, a chapter's or part's index
     * (container ""), or empty when there is no such node.
     */
    public static Optional<ReportEdits.Position> position(Report report, String id) {
        for (int i = 0; i < report.chapters().size(); i++) {
            Chapter chapter = report.chapters().get(i);
            if (chapter.id().equals(id)) {
                return Optional.of(new ReportEdits.Position("", i));
            }
            for (int j = 0; j < chapter.sections().size(); j++) {
                if (chapter.sections().get(j).id().equals(id)) {
                    return Optional.of(new ReportEdits.Position(chapter.id(), j));
                }
            }
        }
        for (List<? extends Part> parts : List.of(report.front(), report.back())) {
            for (int i = 0; i < parts.size(); i++) {
                if (parts.get(i).id().equals(id)) {
                    return Optional.of(new ReportEdits.Position("", i));
                }
            }
        }
        ReportEdits.Position[] found = new ReportEdits.Position[1];
        ReportEdits.rewriteContainers(report, (container, blocks) -> {
            for (int i = 0; i < blocks.size() && found[0] == null; i++) {
                if (blocks.get(i).id().equals(id)) {
                    found[0] = new ReportEdits.Position(container, i);
                }
            }
            return blocks;
        });
        return Optional.ofNullable(found[0]);
    }

    /** Whether a part can hold blocks (letter, profile, appendix, materiality and stakeholder intros). */
    public static boolean holdsBlocks(Part part) {
        return PartTitles.holdsBlocks(part);
    }
}
