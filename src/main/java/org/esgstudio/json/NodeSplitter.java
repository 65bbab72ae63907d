package org.esgstudio.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.esgstudio.model.BackPart;
import org.esgstudio.model.Chapter;
import org.esgstudio.model.FrontPart;
import org.esgstudio.model.Identified;
import org.esgstudio.model.Report;
import org.esgstudio.model.Section;

/**
 * Splits successive versions of one report into rows ({@link ReportNodes#split}) without serialising what did not
 * change. The report's parts are immutable, and an edit replaces only the objects on its path (the report, one chapter,
 * one section), so a section, front part or back part that is the very object split last time has the same rows, but
 * for its own place. Only the changed parts are serialised again; the rows are those {@link ReportNodes#split} gives,
 * in the same order. It remembers the parts of the last report it split, so it holds about one copy of the rows.
 */
public final class NodeSplitter {
    private Map<Object, List<NodeRow>> last = new IdentityHashMap<>();

    public List<NodeRow> split(Report report) {
        Map<Object, List<NodeRow>> next = new IdentityHashMap<>();
        List<NodeRow> rows = new ArrayList<>();
        ReportDocument document = ReportDocument.of(report);
        ReportDocument bare = new ReportDocument(document.formatVersion(), document.settings(), List.of(), List.of(),
                List.of(), document.disclosures());
        ReportNodes.split(tree(bare), ReportNodes.ROOT_ID, null, "", 0, ReportNodes.ROOT_KIND, rows);
        int position = 0;
        for (FrontPart part : report.front()) {
            rows.addAll(subtree(part, "front", ReportNodes.ROOT_ID, "front", position++, next));
        }
        position = 0;
        for (Chapter chapter : report.chapters()) {
            chapter(chapter, position++, next, rows);
        }
        position = 0;
        for (BackPart part : report.back()) {
            rows.addAll(subtree(part, "back", ReportNodes.ROOT_ID, "back", position++, next));
        }
        last = next;
        return rows;
    }

    /** A chapter's own row (from a copy without its sections, so they are not serialised), then its sections. */
    private void chapter(Chapter chapter, int position, Map<Object, List<NodeRow>> next, List<NodeRow> rows) {
        Chapter bare = new Chapter(chapter.id(), chapter.kind(), chapter.title(), chapter.themeWord(), chapter.intro(),
                List.of());
        ReportNodes.split(tree(bare), chapter.id(), ReportNodes.ROOT_ID, "chapters", position, "chapter", rows);
        int index = 0;
        for (Section section : chapter.sections()) {
            rows.addAll(subtree(section, "section", chapter.id(), "sections", index++, next));
        }
    }

    /**
     * The rows of a section, front part or back part and of everything in it: reused when it is the very object split
     * last time, else serialised whole (a part with its type, which is its kind).
     */
    private List<NodeRow> subtree(Identified node, String kind, String parentId, String list, int position,
                                  Map<Object, List<NodeRow>> next) {
        List<NodeRow> own = reused(node, parentId, list, position, next);
        if (own == null) {
            ObjectNode tree = tree(node);
            own = new ArrayList<>();
            ReportNodes.split(tree, node.id(), parentId, list, position,
                    tree.has("type") ? tree.get("type").asText() : kind, own);
            next.put(node, own);
        }
        return own;
    }

    /**
     * The rows of a part split last time, with its own row moved to its place now (its descendants' rows name it, not
     * their place in the report, so they stay as they were); null when the part is new or changed.
     */
    private List<NodeRow> reused(Object part, String parentId, String list, int position, Map<Object, List<NodeRow>> next) {
        List<NodeRow> before = last.get(part);
        if (before == null) {
            return null;
        }
        NodeRow head = before.get(0);
        List<NodeRow> rows = before;
        if (head.position() != position || !head.list().equals(list) || !head.parentId().equals(parentId)) {
            rows = new ArrayList<>(before);
            rows.set(0, new NodeRow(head.id(), parentId, list, position, head.kind(), head.content()));
        }
        next.put(part, rows);
        return rows;
    }

    private static ObjectNode tree(Object value) {
        return (ObjectNode) JsonMapping.mapper().<JsonNode>valueToTree(value);
    }
}
