package org.esgstudio.ui.data;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.esgstudio.data.Project;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.model.ReportSettings;
import org.esgstudio.office.evidence.EvidenceExport;
import org.esgstudio.ui.common.I18n;
import org.esgstudio.ui.common.Tasks;
import org.esgstudio.ui.workspace.Workspace;

/**
 * Writes the evidence list (证据清单) of the open project on a background thread, as {@code export-evidence} does: the
 * values of the report's year and the year before, as the workspace holds them now, with their history and approvals
 * from the project file. The outcome is one line for the page's message.
 */
final class EvidenceExporter {
    private final Workspace workspace;
    private final Executor background;
    private final Executor ui;

    EvidenceExporter(Workspace workspace, Executor background, Executor ui) {
        this.workspace = workspace;
        this.background = background;
        this.ui = ui;
    }

    /** The file suggested beside the project file: {@code <short name>-<year>-证据清单.xlsx}. */
    Path suggested() {
        ReportSettings settings = workspace.current().report().settings();
        String name = settings.shortName().zh().isBlank() ? settings.company().zh() : settings.shortName().zh();
        String file = I18n.text("lineage.ui.export.fileName",
                (name.isBlank() ? "report" : name.strip()).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-"),
                settings.year());
        Path folder = workspace.path().toAbsolutePath().getParent();
        return folder == null ? Path.of(file) : folder.resolve(file);
    }

    /** Starts writing {@code target} (".xlsx" added when it has another ending); {@code done} gets the outcome line. */
    void start(Path target, Consumer<String> done) {
        Path file = target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx") ? target
                : target.resolveSibling(target.getFileName() + ".xlsx");
        Project project = workspace.current();
        int year = project.report().settings().year();
        Tasks.create(() -> EvidenceExport.write(project, workspace.file(), year, file))
                .onSuccess(result -> done.accept(I18n.text("lineage.ui.export.done", result.file(), result.values(),
                        result.changes())))
                .onError(error -> done.accept(I18n.text("lineage.ui.export.failed",
                        error instanceof UserFacingException ? error.getMessage() : error.toString())))
                .run(background, ui);
    }
}
