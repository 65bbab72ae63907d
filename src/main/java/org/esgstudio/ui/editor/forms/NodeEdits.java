package org.esgstudio.ui.editor.forms;

import org.esgstudio.model.Block;
import org.esgstudio.model.Chapter;
import org.esgstudio.model.Identified;
import org.esgstudio.model.Part;
import org.esgstudio.model.ReportEdits;
import org.esgstudio.model.Section;
import org.esgstudio.ui.workspace.Edit;

/** The edit that puts a node's new version (same id) into the report: a block, part, chapter or section. */
final class NodeEdits {
    private NodeEdits() {
    }

    /**
     * The edit replacing the node; with a {@code field} (typing in it) consecutive edits of that field merge into one
     * undo step.
     */
    static Edit replacing(Identified node, String label, String field) {
        if (node instanceof Block block) {
            return field == null ? Edit.block(label, block) : Edit.typing(label, block, field);
        }
        String mergeKey = field == null ? null : "typing:" + node.id() + ":" + field;
        if (node instanceof Part part) {
            return Edit.report(label, report -> ReportEdits.replacePart(report, part), mergeKey);
        }
        if (node instanceof Chapter chapter) {
            return Edit.report(label, report -> ReportEdits.replaceChapter(report, chapter), mergeKey);
        }
        if (node instanceof Section section) {
            return Edit.report(label, report -> ReportEdits.replaceSection(report, section), mergeKey);
        }
        throw new IllegalArgumentException("no edit replaces a " + node.getClass().getSimpleName());
    }
}
