package org.esgstudio.ui.workspace;

import java.util.Objects;
import java.util.function.UnaryOperator;
import org.esgstudio.data.DataSet;
import org.esgstudio.data.Project;
import org.esgstudio.model.Block;
import org.esgstudio.model.Report;
import org.esgstudio.model.ReportEdits;

/**
 * One change a user makes, undoable: what it is called in the Edit menu ("撤销 编辑段落"), how it changes the project,
 * and what it touched, so that validation and preview redo only that. Consecutive edits with the same
 * {@code mergeKey} within a short time (typing in one paragraph) are undone as one.
 */
public record Edit(String label, UnaryOperator<Project> change, Scope scope, String targetId, String mergeKey) {
    /** What an edit touched: one block's content, the report's structure or several parts, or the data store. */
    public enum Scope {
        BLOCK, REPORT, DATA
    }

    public Edit {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(scope, "scope");
    }

    /** A block replaced by a new version of itself (same id): typing, a form field, a table cell. */
    public static Edit block(String label, Block block) {
        return new Edit(label, project -> project.withReport(ReportEdits.replaceBlock(project.report(), block)),
                Scope.BLOCK, block.id(), "block:" + block.id());
    }

    /** A block replaced, merged with the previous edit of the same block and {@code field} (one typing run). */
    public static Edit typing(String label, Block block, String field) {
        return new Edit(label, project -> project.withReport(ReportEdits.replaceBlock(project.report(), block)),
                Scope.BLOCK, block.id(), "typing:" + block.id() + ":" + field);
    }

    /** Any change of the report tree: add, delete, move, rename, a part's form. */
    public static Edit report(String label, UnaryOperator<Report> change) {
        return new Edit(label, project -> project.withReport(change.apply(project.report())), Scope.REPORT, null, null);
    }

    /** A change of the report merged with earlier ones of the same key (typing in a title field). */
    public static Edit report(String label, UnaryOperator<Report> change, String mergeKey) {
        return new Edit(label, project -> project.withReport(change.apply(project.report())), Scope.REPORT, null,
                mergeKey);
    }

    /** A change of the data store: a value typed in the grid, an indicator edited, an import. */
    public static Edit data(String label, UnaryOperator<DataSet> change) {
        return new Edit(label, project -> project.withData(change.apply(project.data())), Scope.DATA, null, null);
    }
}
