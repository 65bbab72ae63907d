package org.esgstudio.ui.draft;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.esgstudio.data.Project;
import org.esgstudio.figures.Finding;
import org.esgstudio.figures.Severity;
import org.esgstudio.figures.ValidationReport;
import org.esgstudio.figures.Validator;
import org.esgstudio.office.draft.DraftImport;
import org.esgstudio.ui.common.I18n;
import org.esgstudio.ui.common.Tasks;
import org.esgstudio.ui.data.WorkbookImport;
import org.esgstudio.ui.workspace.Edit;
import org.esgstudio.ui.workspace.Workspace;

/**
 * Brings a chapter draft written in Word into the open report, all or nothing, as the command line's
 * {@code import-docx} does: the file is read and the result validated on a background thread; a sound draft becomes
 * one undoable edit and the editor jumps to it; a refused one changes nothing and lists every problem with its
 * place. When the report changed while the file was read, the draft is read again into the report as it is now.
 */
public final class DraftImporter {
    private static final int ATTEMPTS = 3;

    /** How an import ended. */
    public sealed interface Outcome permits Imported, Refused {
    }

    /**
     * The draft is in the report (one undo step): what it brought, what was read differently from the draft, and
     * what validation found in the imported text.
     */
    public record Imported(String file, DraftImport.Counts counts, List<String> notes, long errors, long warnings,
                           String firstNode) implements Outcome {
        public Imported {
            notes = List.copyOf(notes);
        }

        /** One line for the status bar and the result dialog's header. */
        public String summary() {
            return I18n.text("ui.draft.done", file, counts.chapters(), counts.sections(), counts.paragraphs(),
                    counts.tables(), counts.images(), counts.caseStudies(), counts.footnotes());
        }

        /** What validation says about the imported text, at once. */
        public String validation() {
            return errors == 0 && warnings == 0 ? I18n.text("ui.draft.valid")
                    : I18n.text("ui.draft.findings", errors, warnings);
        }
    }

    /** Nothing imported: the problems, each with its place (as the workbook import shows them). */
    public record Refused(WorkbookImport.Refused problems) implements Outcome {
    }

    private final Workspace workspace;
    private final Executor background;
    private final Executor ui;

    public DraftImporter(Workspace workspace, Executor background, Executor ui) {
        this.workspace = workspace;
        this.background = background;
        this.ui = ui;
    }

    /**
     * Starts the import on the FX thread: new chapters from the draft's Heading 1s, or with {@code intoChapter} (a
     * chapter's id) its sections into that chapter; {@code done} hears the outcome on the FX thread.
     */
    public void start(Path file, Optional<String> intoChapter, Consumer<Outcome> done) {
        start(file, intoChapter, done, ATTEMPTS);
    }

    private void start(Path file, Optional<String> intoChapter, Consumer<Outcome> done, int attemptsLeft) {
        Project base = workspace.current();
        Tasks.create(() -> read(file, base, intoChapter))
                .onSuccess(read -> finish(file, intoChapter, base, read, done, attemptsLeft))
                .onError(error -> done.accept(new Refused(WorkbookImport.refused(file, error))))
                .run(background, ui);
    }

    /** The draft read into {@code base}, and the validation of the result (background thread). */
    private record Read(DraftImport.Result result, ValidationReport validation) {
    }

    private static Read read(Path file, Project base, Optional<String> intoChapter) {
        DraftImport.Result result = DraftImport.read(file, base, intoChapter);
        Project after = result.project();
        return new Read(result, Validator.validate(after.report(), after.data(), after.report().settings().year()));
    }

    private void finish(Path file, Optional<String> intoChapter, Project base, Read read, Consumer<Outcome> done,
                        int attemptsLeft) {
        DraftImport.Result result = read.result();
        if (workspace.current() != base) {
            if (attemptsLeft > 1) {
                start(file, intoChapter, done, attemptsLeft - 1);
            } else {
                // Never replace the report with one that misses what was typed meanwhile.
                done.accept(new Refused(new WorkbookImport.Refused(result.fileName(), List.of(
                        new WorkbookImport.ProblemLine(result.fileName(), I18n.text("ui.data.import.busy"))))));
            }
            return;
        }
        Project imported = result.project();
        workspace.apply(new Edit(I18n.text("ui.draft.edit", result.fileName()), project -> imported,
                Edit.Scope.REPORT, null, null));
        workspace.sealUndo();
        List<Finding> inDraft = read.validation().findings().stream()
                .filter(finding -> finding.blockId() != null && result.blockIds().contains(finding.blockId()))
                .toList();
        long errors = inDraft.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = inDraft.stream().filter(f -> f.severity() == Severity.WARNING).count();
        String first = !result.chapterIds().isEmpty() && intoChapter.isEmpty() ? result.chapterIds().get(0)
                : result.sectionIds().isEmpty() ? intoChapter.orElse(null) : result.sectionIds().get(0);
        if (first != null) {
            workspace.selectedProperty().set(first);
        }
        done.accept(new Imported(result.fileName(), result.counts(), result.notes(), errors, warnings, first));
    }
}
