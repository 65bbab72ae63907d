package org.esgstudio.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.esgstudio.ui.files.FileDialogs;
import org.esgstudio.ui.files.NewReportChoice;
import org.esgstudio.ui.files.NewReportDialog;
import org.esgstudio.ui.outline.NewBlockKind;
import org.esgstudio.ui.settings.AppSettings;
import org.esgstudio.ui.workspace.Workspace;

/**
 * What the menus and keys of the main window do. Each command acts on the open workspace and does nothing when no
 * report is open; file commands ask through {@link FileDialogs}, which tests replace.
 */
final class MainCommands {
    /** Opens the export dialog for a workspace (the export package supplies it). */
    interface Exporter {
        void export(Window owner, Workspace workspace, org.esgstudio.ui.export.ExportFormat format);
    }

    private final MainViewModel model;
    private final AppSettings settings;
    private final FileDialogs dialogs;
    private final Executor background;
    private final Supplier<Window> owner;
    private final Supplier<Optional<WorkspaceView>> view;
    private final Consumer<Locale> relocalize;
    private Exporter exporter;
    private Runnable quit = () -> { };

    MainCommands(MainViewModel model, AppSettings settings, FileDialogs dialogs, Executor background,
            Supplier<Window> owner, Supplier<Optional<WorkspaceView>> view, Consumer<Locale> relocalize,
            Exporter exporter) {
        this.model = model;
        this.settings = settings;
        this.dialogs = dialogs;
        this.background = background;
        this.owner = owner;
        this.view = view;
        this.relocalize = relocalize;
        this.exporter = exporter;
    }

    void onQuit(Runnable quit) {
        this.quit = quit;
    }

    // ---- file ----

    void newReport() {
        Optional<NewReportChoice> choice = NewReportDialog.ask(owner.get());
        choice.ifPresent(chosen -> dialogs.newProject(owner.get(), chosen.suggestedFileName())
                .ifPresent(target -> model.create(chosen, target)));
    }

    void open() {
        dialogs.openProject(owner.get()).ifPresent(model::open);
    }

    void openRecent(Path path) {
        model.open(path);
    }

    void save() {
        workspace().ifPresent(workspace -> background.execute(workspace::saveNow));
    }

    /** File → Import Word draft: asks for the .docx and where it goes, imports it in the background, says what came. */
    void importDraft() {
        workspace().ifPresent(workspace -> org.esgstudio.ui.draft.DraftImportDialog.ask(owner.get(),
                workspace.current().report(), dialogs::openDraft).ifPresent(request ->
                new org.esgstudio.ui.draft.DraftImporter(workspace, background, org.esgstudio.ui.common.Tasks.fxThread())
                        .start(request.file(), request.intoChapter(),
                                outcome -> org.esgstudio.ui.draft.DraftImportDialog.showOutcome(owner.get(), outcome))));
    }

    void exportPdf() {
        export(org.esgstudio.ui.export.ExportFormat.PDF);
    }

    void export(org.esgstudio.ui.export.ExportFormat format) {
        workspace().ifPresent(workspace -> exporter.export(owner.get(), workspace, format));
    }

    /** Shows one tab of the review panel: findings (0), sign-off (1), comments (2). */
    void showReviewTab(int index) {
        view.get().ifPresent(v -> v.showReviewTab(index));
    }

    /** The named versions of the report, their comparison and change report. */
    void versions() {
        workspace().ifPresent(workspace -> org.esgstudio.ui.versions.VersionsDialog.show(owner.get(), workspace));
    }

    void quit() {
        quit.run();
    }

    // ---- edit ----

    void undo() {
        workspace().ifPresent(Workspace::undo);
    }

    void redo() {
        workspace().ifPresent(Workspace::redo);
    }

    void find() {
        view.get().ifPresent(WorkspaceView::showFind);
    }

    void rename() {
        view.get().ifPresent(v -> v.outline().rename());
    }

    void delete() {
        view.get().ifPresent(v -> v.outline().delete());
    }

    void move(int by) {
        view.get().ifPresent(v -> v.outline().move(by));
    }

    // ---- insert ----

    void addChapter() {
        view.get().ifPresent(v -> v.outline().addChapter());
    }

    void addSection() {
        view.get().ifPresent(v -> v.outline().addSection());
    }

    void addBlock(NewBlockKind kind) {
        view.get().ifPresent(v -> v.outline().addBlock(kind));
    }

    // ---- view ----

    void showEnglish(boolean visible) {
        settings.englishVisible(visible);
        view.get().ifPresent(v -> v.context().englishVisible().set(visible));
        saveSettings();
    }

    void showPage(int index) {
        view.get().ifPresent(v -> v.showPage(index));
    }

    void language(Locale locale) {
        if (!locale.getLanguage().equals(org.esgstudio.i18n.Messages.locale().getLanguage())) {
            settings.language(locale);
            saveSettings();
            relocalize.accept(locale);
        }
    }

    /**
     * Asks for the user's name (recorded in revisions, sign-offs and comments), keeps it in the settings and uses it
     * from now on.
     */
    void userName() {
        UserNameDialog.ask(owner.get(), org.esgstudio.store.Authors.current()).ifPresent(name -> {
            settings.userName(name);
            System.setProperty("esgstudio.user", name);
            saveSettings();
            view.get().ifPresent(WorkspaceView::userNameChanged);
        });
    }

    /**
     * Asks how many rolling backups to keep (made each time a project is opened for writing), keeps the answer in the
     * settings and uses it from the next open on; ESGSTUDIO_BACKUPS, when set, still wins.
     */
    void backups() {
        BackupCountDialog.ask(owner.get(), settings.backupsKept()).ifPresent(kept -> {
            settings.backupsKept(kept);
            if (System.getenv(org.esgstudio.store.Backups.ENVIRONMENT) == null) {
                System.setProperty(org.esgstudio.store.Backups.PROPERTY, Integer.toString(kept));
            }
            saveSettings();
        });
    }

    // ---- help ----

    /**
     * Shows the welcome over the window (the first start, and 帮助 › 欢迎): what is open, the three tasks with the
     * buttons that go there. Closing it records that it was shown and whether to show it at every start.
     *
     * @param atStart whether this is the showing at start (its 启动时显示 box then starts off: once is enough)
     */
    org.esgstudio.ui.welcome.WelcomeDialog welcome(boolean atStart) {
        Workspace workspace = model.workspaceProperty().get();
        org.esgstudio.ui.welcome.WelcomeDialog welcome = new org.esgstudio.ui.welcome.WelcomeDialog(
                welcomeAbout(workspace), workspace != null, !atStart && settings.welcomeAtStart(),
                new org.esgstudio.ui.welcome.WelcomeActions() {
                    @Override
                    public void start(org.esgstudio.ui.welcome.WelcomeTask task) {
                        switch (task) {
                            case EDIT -> view.get().ifPresent(WorkspaceView::startEditing);
                            case CHECK -> view.get().ifPresent(WorkspaceView::startChecking);
                            case EXPORT -> exportPdf();
                        }
                    }

                    @Override
                    public void newReport() {
                        MainCommands.this.newReport();
                    }

                    @Override
                    public void open() {
                        MainCommands.this.open();
                    }
                });
        welcome.show(owner.get(), showAtStart -> {
            settings.welcomeShown(true);
            settings.welcomeAtStart(showAtStart);
            saveSettings();
        });
        return welcome;
    }

    /** The welcome's line on what is open: the sample's working copy (the original stays as shipped), or a report. */
    private static String welcomeAbout(Workspace workspace) {
        if (workspace == null) {
            return org.esgstudio.ui.common.I18n.text("welcome.none");
        }
        org.esgstudio.model.ReportSettings report = workspace.current().report().settings();
        boolean english = org.esgstudio.i18n.Messages.locale().getLanguage().equals("en")
                && report.company().hasEnglish() && report.title().hasEnglish();
        String name = english ? report.company().en() + " " + report.title().en()
                : report.company().zh() + report.title().zh(); // 青禾财产保险股份有限公司2024年…报告
        return org.esgstudio.store.WorkingCopy.isWorkingCopy(workspace.path())
                ? org.esgstudio.ui.common.I18n.text("welcome.sample", name)
                : org.esgstudio.ui.common.I18n.text("welcome.report", name, workspace.path().getFileName());
    }

    /** Writes the settings on a background thread (a failure only loses a remembered preference). */
    void saveSettings() {
        background.execute(() -> {
            try {
                settings.save();
            } catch (java.io.IOException ignored) {
                // the app works on without remembering; nothing the user can do about it now
            }
        });
    }

    private Optional<Workspace> workspace() {
        return Optional.ofNullable(model.workspaceProperty().get());
    }

    void exporter(Exporter exporter) {
        this.exporter = exporter;
    }
}
