package org.esgstudio.ui.data;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.esgstudio.data.DataSet;
import org.esgstudio.i18n.InputRejectedException;
import org.esgstudio.i18n.Problem;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.office.DataImport;
import org.esgstudio.store.Authors;
import org.esgstudio.ui.common.I18n;
import org.esgstudio.ui.common.Tasks;
import org.esgstudio.ui.workspace.Edit;
import org.esgstudio.ui.workspace.Workspace;

/**
 * Imports a department's workbook (or data.csv) into the open project, all or nothing: the file is read and merged
 * on a background thread; a sound import becomes one undoable edit that replaces the store with the merged data; a
 * refused one changes nothing and reports every problem with its {@code sheet!cell}. When the store changed while
 * the file was read (a value typed meanwhile), the file is merged again into the store as it is now.
 */
public final class WorkbookImport {
    /** Reading again after a change meanwhile is tried this often before the import gives up. */
    private static final int ATTEMPTS = 3;

    /** How an import ended. */
    public sealed interface Outcome permits Imported, Unchanged, Refused {
        String file();

        /** One line for the status bar. */
        String summary();
    }

    /** The store now holds the merged data (one undo step). */
    public record Imported(String file, int indicators, int values, int rules) implements Outcome {
        @Override
        public String summary() {
            return I18n.text("ui.data.import.done", file, indicators, values, rules);
        }
    }

    /** The file holds what the store already has. */
    public record Unchanged(String file) implements Outcome {
        @Override
        public String summary() {
            return I18n.text("ui.data.import.unchanged", file);
        }
    }

    /** Nothing imported: every problem found, with its place. */
    public record Refused(String file, List<ProblemLine> problems) implements Outcome {
        public Refused {
            problems = List.copyOf(problems);
        }

        @Override
        public String summary() {
            return I18n.text("ui.data.import.refused", file, problems.size());
        }
    }

    /** One problem of a refused import: where ({@code kpi.xlsx › 指标数据!H3}) and what. */
    public record ProblemLine(String place, String problem) {
    }

    private final Workspace workspace;
    private final Executor background;
    private final Executor ui;

    public WorkbookImport(Workspace workspace, Executor background, Executor ui) {
        this.workspace = workspace;
        this.background = background;
        this.ui = ui;
    }

    /** Starts the import (on the FX thread); {@code done} is called on the FX thread with the outcome. */
    public void start(Path file, Consumer<Outcome> done) {
        start(file, done, ATTEMPTS);
    }

    private void start(Path file, Consumer<Outcome> done, int attemptsLeft) {
        org.esgstudio.data.Project project = workspace.current();
        DataSet base = project.data();
        String author = Authors.current();
        Instant at = Instant.now();
        // The project, not only its data: a returned data-collection template is checked to be this report's.
        Tasks.create(() -> DataImport.read(file, project, author, at))
                .onSuccess(result -> finish(file, base, result, done, attemptsLeft))
                .onError(error -> done.accept(refused(file, error)))
                .run(background, ui);
    }

    private void finish(Path file, DataSet base, DataImport.Result result, Consumer<Outcome> done, int attemptsLeft) {
        if (!workspace.current().data().equals(base)) {
            if (attemptsLeft > 1) {
                start(file, done, attemptsLeft - 1);
            } else {
                // Never replace the store with a merge that misses values typed meanwhile.
                done.accept(new Refused(result.fileName(), List.of(new ProblemLine(result.fileName(),
                        I18n.text("ui.data.import.busy")))));
            }
            return;
        }
        if (result.merged().equals(workspace.current().data())) {
            done.accept(new Unchanged(result.fileName()));
            return;
        }
        DataSet merged = result.merged();
        workspace.apply(Edit.data(I18n.text("ui.data.import.edit", result.fileName()), data -> merged));
        done.accept(new Imported(result.fileName(), result.indicatorsChanged(), result.valuesChanged(),
                result.rulesChanged()));
    }

    public static Refused refused(Path file, Throwable error) {
        String name = file.getFileName().toString();
        if (error instanceof InputRejectedException rejected) {
            return new Refused(name, rejected.problems().stream()
                    .map(problem -> new ProblemLine(problem.place(), problemText(problem))).toList());
        }
        if (error instanceof UserFacingException problem) {
            return new Refused(name, List.of(new ProblemLine(name, problem.getMessage())));
        }
        // A bug, not bad input: still tell the user the file was not imported, with what went wrong.
        return new Refused(name, List.of(new ProblemLine(name, I18n.text("ui.data.import.failed", error))));
    }

    private static String problemText(Problem problem) {
        String whole = problem.message();
        String prefix = problem.place() + ": ";
        return whole.startsWith(prefix) ? whole.substring(prefix.length()) : whole;
    }
}
