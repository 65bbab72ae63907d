package org.esgstudio.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.esgstudio.data.Project;
import org.esgstudio.figures.Severity;
import org.esgstudio.figures.ValidationReport;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.json.ThemeFiles;
import org.esgstudio.layout.report.Edition;
import org.esgstudio.model.ReportSettings;
import org.esgstudio.pdf.PrintOptions;
import org.esgstudio.ui.common.I18n;
import org.esgstudio.ui.common.Tasks;

/**
 * The export dialog's state without any control: edition, theme, screen or print, the target file (following the
 * edition until the user picks one), and one export at a time run in the background, with its phase, its outcome
 * or its error, and cancel.
 */
public final class ExportViewModel {
    /**
     * Where the dialog is: choosing, asking whether to export a report with validation errors, exporting, or after a
     * success, a failure or a cancel.
     */
    public enum State {
        READY, CONFIRMING, RUNNING, DONE, FAILED, CANCELLED
    }

    private final Supplier<Project> project;
    private final Supplier<ValidationReport> validation;
    private final Executor background;
    private final Executor ui;
    private final PdfStages stages;
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(ExportFormat.PDF);
    private final ObjectProperty<Edition> edition = new SimpleObjectProperty<>(Edition.ZH);
    /** The Word review copy's chapter (1-based), or null for the whole report. */
    private final ObjectProperty<Integer> chapter = new SimpleObjectProperty<>();
    /** Whether the review copy comments on info notes too (figures matched to no indicator), not only errors and warnings. */
    private final BooleanProperty allFindings = new SimpleBooleanProperty(false);
    /** The department whose data-collection workbook is written. */
    private final StringProperty department = new SimpleStringProperty();
    private final Path projectFile;
    private final StringProperty theme = new SimpleStringProperty();
    private final BooleanProperty print = new SimpleBooleanProperty(false);
    private final ObjectProperty<Path> target = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.READY);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ExportOutcome> outcome = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<java.util.Map<String, String>> themeNames =
            new ReadOnlyObjectWrapper<>(java.util.Map.of());
    private boolean targetChosen;
    private ExportJob job;
    /** The review comment threads the Word copy carries (open ones); read on the background thread at export. */
    private Supplier<java.util.List<org.esgstudio.review.CommentThread>> commentThreads = java.util.List::of;

    /**
     * {@code project} gives the project as it is when Export is pressed (any thread) and {@code validation} its
     * latest validation (null while none has finished); the suggested file goes beside {@code projectFile}.
     * Background work runs on {@code background}, results come back through {@code ui}.
     */
    public ExportViewModel(Supplier<Project> project, Supplier<ValidationReport> validation, Path projectFile,
                           Executor background, Executor ui, PdfStages stages) {
        this.project = project;
        this.validation = validation;
        this.background = background;
        this.ui = ui;
        this.stages = stages;
        this.projectFile = projectFile;
        ReportSettings settings = project.get().report().settings();
        theme.set(ThemeFiles.SHIPPED.contains(settings.theme()) ? settings.theme() : ThemeFiles.SHIPPED.get(0));
        target.set(OutputName.beside(projectFile, settings, edition.get()));
        Tasks.create(ExportViewModel::loadThemeNames).onSuccess(themeNames::set).run(background, ui);
        List<String> owners = departments();
        department.set(owners.isEmpty() ? null : owners.get(0));
        edition.addListener((obs, old, now) -> suggestTarget());
        chapter.addListener((obs, old, now) -> suggestTarget());
        department.addListener((obs, old, now) -> suggestTarget());
        format.addListener((obs, old, now) -> {
            if (now != ExportFormat.PDF && edition.get() == Edition.BILINGUAL) {
                edition.set(Edition.ZH);
            }
            if (targetChosen && target.get() != null) {
                target.set(now.withExtension(stripExtension(target.get(), old)));
            }
            suggestTarget();
        });
    }

    /** The file name follows the choices until the user picks a file. */
    private void suggestTarget() {
        if (targetChosen || format.get() == null || edition.get() == null) {
            return;
        }
        ReportSettings settings = project.get().report().settings();
        target.set(switch (format.get()) {
            case PDF -> OutputName.beside(projectFile, settings, edition.get());
            case DOCX -> OutputName.reviewCopy(projectFile, settings, edition.get(), chapter.get());
            case TEMPLATE -> OutputName.template(projectFile, settings, department.get());
        });
    }

    private static Path stripExtension(Path file, ExportFormat format) {
        String name = file.getFileName().toString();
        String suffix = "." + format.extension();
        return name.toLowerCase(Locale.ROOT).endsWith(suffix)
                ? file.resolveSibling(name.substring(0, name.length() - suffix.length())) : file;
    }

    /** The departments that own indicators in the data store, for the data-collection workbook. */
    public List<String> departments() {
        return org.esgstudio.office.template.Departments.of(project.get().data());
    }

    /** The chapters a review copy may be limited to, numbered from 1 as {@code export-docx --chapter} counts. */
    public List<String> chapterTitles() {
        return project.get().report().chapters().stream().map(c -> c.title().zh()).toList();
    }

    /** The themes to choose from (shipped with the app). */
    public List<String> themes() {
        return ThemeFiles.SHIPPED;
    }

    /** Each shipped theme's name in the user's language (青岚, Jade …), read from the theme files. */
    private static java.util.Map<String, String> loadThemeNames() {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        boolean english = org.esgstudio.i18n.Messages.locale().getLanguage().equals("en");
        for (String name : ThemeFiles.SHIPPED) {
            org.esgstudio.model.LocalizedText display = ThemeFiles.load(name).displayName();
            String shown = english && display.en() != null && !display.en().isBlank() ? display.en() : display.zh();
            names.put(name, shown == null || shown.isBlank() ? name : shown);
        }
        return names;
    }

    /** Shipped theme names to the names shown (empty until the theme files are read in the background). */
    public ReadOnlyObjectProperty<java.util.Map<String, String>> themeNamesProperty() {
        return themeNames.getReadOnlyProperty();
    }

    /** The user picked a file: it stays, whatever edition is chosen afterwards. */
    public void choose(Path file) {
        String name = file.getFileName().toString();
        targetChosen = true;
        target.set(format.get().withExtension(file));
    }

    /**
     * Starts an export of the project as it is now; ignored while one is still running. When the latest validation
     * has errors, asks first ({@link State#CONFIRMING}): {@link #exportAnyway} goes on, {@link #cancel} goes back.
     */
    public void export() {
        if (working.get() || target.get() == null || state.get() == State.CONFIRMING) {
            return;
        }
        long errors = errors();
        // The review copy exists to show the errors, and a data workbook does not print the text: no need to ask.
        if (errors > 0 && format.get() == ExportFormat.PDF) {
            outcome.set(null);
            state.set(State.CONFIRMING);
            status.set(I18n.text("ui.export.hasErrors", errors));
            return;
        }
        start();
    }

    /** Exports although the report has validation errors (after {@link #export} asked). */
    public void exportAnyway() {
        if (state.get() == State.CONFIRMING && !working.get()) {
            start();
        }
    }

    /** Errors in the latest validation; none known while the first validation is still running. */
    public long errors() {
        ValidationReport report = validation.get();
        return report == null ? 0 : report.count(Severity.ERROR);
    }

    private void start() {
        if (target.get() == null) {
            return;
        }
        ExportJob started = new ExportJob(stages);
        job = started;
        Project snapshot = project.get();
        if (format.get() != ExportFormat.PDF) {
            startOffice(started, snapshot);
            return;
        }
        String chosenTheme = theme.get();
        Edition chosenEdition = edition.get();
        PrintOptions options = print.get() ? PrintOptions.PRINT : PrintOptions.SCREEN;
        Path to = target.get();
        outcome.set(null);
        working.set(true);
        state.set(State.RUNNING);
        status.set(I18n.text("ui.export.phase.layout"));
        Tasks.create(() -> started.run(snapshot, chosenTheme, chosenEdition, options, to,
                        phase -> ui.execute(() -> phase(started, phase))))
                .onSuccess(done -> finished(started, done))
                .onError(error -> failed(started, error))
                .run(background, ui);
    }

    /** Where the Word review copy takes its review comment threads from (the project file's, in the app). */
    public ExportViewModel withCommentThreads(Supplier<java.util.List<org.esgstudio.review.CommentThread>> threads) {
        this.commentThreads = threads;
        return this;
    }

    private void startOffice(ExportJob started, Project snapshot) {
        ExportJob.OfficeWork work = format.get() == ExportFormat.DOCX
                ? OfficeExports.reviewCopy(snapshot, commentThreads, edition.get(), chapter.get(), allFindings.get())
                : OfficeExports.template(snapshot, department.get());
        Path to = target.get();
        outcome.set(null);
        working.set(true);
        state.set(State.RUNNING);
        status.set(I18n.text("ui.export.phase.writingFile", to.getFileName()));
        Tasks.create(() -> started.run(work, to, phase -> { }))
                .onSuccess(done -> finished(started, done))
                .onError(error -> failed(started, error))
                .run(background, ui);
    }

    /**
     * Stops the running export; it leaves no file behind unless it was already moving the file into place. While
     * asking about validation errors, goes back to choosing instead.
     */
    public void cancel() {
        if (state.get() == State.CONFIRMING) {
            state.set(State.READY);
            status.set("");
            return;
        }
        if (state.get() == State.RUNNING && job != null && job.cancel()) {
            state.set(State.CANCELLED);
            status.set(I18n.text("ui.export.cancelled"));
        }
    }

    private void phase(ExportJob from, ExportJob.Phase phase) {
        if (from == job && state.get() == State.RUNNING) {
            status.set(I18n.text(phase == ExportJob.Phase.LAYOUT ? "ui.export.phase.layout"
                    : "ui.export.phase.writing"));
        }
    }

    private void finished(ExportJob from, ExportOutcome done) {
        if (from != job) {
            return;
        }
        working.set(false);
        outcome.set(done);
        state.set(State.DONE);
        String seconds = String.format(Locale.ROOT, "%.1f", done.seconds());
        status.set(done.summary() != null
                ? I18n.text("ui.export.doneOffice", done.file().getFileName(), done.summary(), seconds)
                : I18n.text("ui.export.done", done.file().getFileName(), done.pages(), seconds));
    }

    private void failed(ExportJob from, Throwable error) {
        if (from != job) {
            return;
        }
        working.set(false);
        if (error instanceof ExportJob.Cancelled || state.get() == State.CANCELLED) {
            state.set(State.CANCELLED);
            status.set(I18n.text("ui.export.cancelled"));
            return;
        }
        state.set(State.FAILED);
        status.set(error instanceof UserFacingException problem ? problem.getMessage()
                : I18n.text("ui.export.failed", String.valueOf(error.getMessage() == null ? error : error.getMessage())));
    }

    /** What the result says about English: texts without it, for the English and bilingual editions. */
    public String englishNote(ExportOutcome done) {
        if (done == null || done.missingEnglish() == 0) {
            return "";
        }
        return I18n.text(edition.get() == Edition.BILINGUAL ? "ui.export.missingEnglishBilingual"
                : "ui.export.missingEnglish", done.missingEnglish());
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    /** The review copy's chapter, 1-based; null for the whole report. */
    public ObjectProperty<Integer> chapterProperty() {
        return chapter;
    }

    public BooleanProperty allFindingsProperty() {
        return allFindings;
    }

    public StringProperty departmentProperty() {
        return department;
    }

    public ObjectProperty<Edition> editionProperty() {
        return edition;
    }

    public StringProperty themeProperty() {
        return theme;
    }

    /** True for the print PDF (CMYK, bleed, crop marks), false for the screen PDF. */
    public BooleanProperty printProperty() {
        return print;
    }

    public ReadOnlyObjectProperty<Path> targetProperty() {
        return target;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The phase under way, or the result, or the error, as one sentence. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ExportOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /**
     * True while an export's thread is at work, which after a cancel may be a little longer than the dialog shows
     * (a layout runs to its end before its result is dropped); no new export starts until then.
     */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }
}
