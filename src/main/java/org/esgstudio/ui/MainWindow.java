package org.esgstudio.ui;

import java.util.Locale;
import java.util.Optional;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.esgstudio.data.Project;
import org.esgstudio.i18n.Messages;
import org.esgstudio.store.UserDataFolder;
import org.esgstudio.ui.common.I18n;
import org.esgstudio.ui.common.StartupTrace;
import org.esgstudio.ui.common.Tasks;
import org.esgstudio.ui.common.UiFonts;
import org.esgstudio.ui.files.FileDialogs;
import org.esgstudio.ui.settings.AppSettings;
import org.esgstudio.ui.workspace.Workspace;

/**
 * The main window: the menu bar with the open report's name, the workspace (outline | editor | preview over the
 * review panel; the data page), the status bar. Changing the interface language builds the window anew.
 */
public final class MainWindow {
    private static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    private static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Y");
    private static final KeyCombination REDO_ALT = KeyCombination.keyCombination("Shortcut+Shift+Z");
    private final BorderPane root = new BorderPane();
    private final MainViewModel model;
    private final AppSettings settings;
    private final MainCommands commands;
    private final Label opening = new Label();
    private WorkspaceView view;
    private StatusBar statusBar;
    private final ChangeListener<Workspace> onWorkspace = (obs, old, workspace) -> show(workspace);
    private final Label reportTitle = new Label();
    private final ChangeListener<Project> onProject = (obs, old, project) -> reportTitle.setText(title(project));

    /** With the settings in the user data folder and the system's file choosers. */
    public MainWindow(MainViewModel model) {
        this(model, AppSettings.load(UserDataFolder.path().resolve("settings.properties")), FileDialogs.system());
    }

    public MainWindow(MainViewModel model, AppSettings settings, FileDialogs dialogs) {
        this.model = model;
        this.settings = settings;
        this.commands = new MainCommands(model, settings, dialogs, Tasks.background(), this::window,
                () -> Optional.ofNullable(view), this::relocalize,
                org.esgstudio.ui.export.ExportDialog::show);
        model.setOnOpened(path -> {
            settings.opened(path);
            commands.saveSettings();
        });
        model.problemProperty().addListener((obs, old, problem) -> {
            if (problem != null) {
                showProblem(problem);
            }
        });
        model.noticeProperty().addListener((obs, old, notice) -> {
            if (notice != null) {
                showReadOnly(notice);
            }
        });
        opening.getStyleClass().add("text-muted");
        build();
    }

    private void build() {
        opening.setText(I18n.text("ui.status.opening"));
        MenuBar menu = MainMenu.build(commands, model, settings::recent, settings.englishVisible());
        reportTitle.setText(title(model.projectProperty().get()));
        reportTitle.setId("reportTitle");
        reportTitle.getStyleClass().setAll("label", "text-muted");
        reportTitle.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(menu, Priority.NEVER);
        HBox top = new HBox(8, menu, spacer, reportTitle);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(0, 16, 0, 0));
        top.getStyleClass().add("esg-header");
        root.setTop(top);
        statusBar = new StatusBar(model);
        root.setBottom(statusBar.node());
        model.workspaceProperty().addListener(onWorkspace);
        model.projectProperty().addListener(onProject);
        show(model.workspaceProperty().get());
    }

    private void dispose() {
        model.workspaceProperty().removeListener(onWorkspace);
        model.projectProperty().removeListener(onProject);
        statusBar.dispose();
        show(null);
    }

    private static String title(Project project) {
        return project == null ? "" : project.report().settings().company().zh() + " · "
                + project.report().settings().title().zh();
    }

    private void show(Workspace workspace) {
        if (view != null) {
            view.saveLayout(settings);
            view.dispose();
            view = null;
        }
        if (workspace == null) {
            root.setCenter(opening);
            return;
        }
        StartupTrace.step("building the workspace view");
        view = new WorkspaceView(workspace, model);
        view.onChangeUserName(commands::userName);
        StartupTrace.step("workspace view built");
        view.context().englishVisible().set(settings.englishVisible());
        view.restoreLayout(settings);
        root.setCenter(view.view());
    }

    /** The language changed: every text of the window is read again, the report reopened in new views. */
    private void relocalize(Locale locale) {
        Messages.setLocale(locale);
        dispose();
        build();
        model.reopen();
    }

    /**
     * A file that cannot be opened or created. When it is damaged and has a sound backup, the dialog offers to
     * restore it ("restore from backup <time>"): the damaged file is kept as a backup, the restored one opened.
     */
    private void showProblem(String problem) {
        MainViewModel.RestoreOffer offer = model.restoreOfferProperty().get();
        Alert alert = new Alert(Alert.AlertType.ERROR, offer == null ? problem
                : I18n.text("backup.ui.offer", problem, offer.backup().atText()));
        alert.initOwner(window());
        alert.setTitle(I18n.text("ui.problem.title"));
        alert.setHeaderText(I18n.text("ui.problem.header"));
        alert.getDialogPane().setId("problemDialog");
        if (offer != null) {
            javafx.scene.control.ButtonType restore = new javafx.scene.control.ButtonType(
                    I18n.text("backup.ui.restore", offer.backup().atText()),
                    javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
            alert.getButtonTypes().setAll(restore, javafx.scene.control.ButtonType.CANCEL);
            alert.getDialogPane().lookupButton(restore).setId("restoreFromBackup");
            alert.resultProperty().addListener((obs, old, chosen) -> {
                if (chosen == restore) {
                    model.restore(offer);
                }
            });
        }
        alert.show();
    }

    /** The file was opened read-only: who is editing it, and what can be done meanwhile. */
    private void showReadOnly(String notice) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, notice);
        alert.initOwner(window());
        alert.setTitle(I18n.text("lock.ui.title"));
        alert.setHeaderText(I18n.text("lock.ui.header"));
        alert.getDialogPane().setId("readOnlyDialog");
        alert.show();
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    public Parent root() {
        return root;
    }

    /**
     * Shows the welcome over the report once it has opened (the user sees it behind the welcome): the first start's
     * welcome. Not when the report fails to open or opens read-only (those have their own message); once only.
     */
    public void welcomeWhenOpened() {
        ChangeListener<Boolean> whenLoaded = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> loading, Boolean was,
                    Boolean now) {
                if (!now) {
                    model.loadingProperty().removeListener(this);
                    welcomeIfOpened();
                }
            }
        };
        if (model.loadingProperty().get()) {
            model.loadingProperty().addListener(whenLoaded);
        } else {
            welcomeIfOpened();
        }
    }

    private void welcomeIfOpened() {
        // after the rest of the opening (a read-only notice is set just after loading ends)
        javafx.application.Platform.runLater(() -> {
            if (model.workspaceProperty().get() != null && model.noticeProperty().get() == null) {
                commands.welcome(true);
            }
        });
    }

    /** Lets the export package supply the dialog behind File → Export PDF (Ctrl+E). */
    public void exporter(MainCommands.Exporter exporter) {
        commands.exporter(exporter);
    }

    /** What File → Exit does (the application saves and closes). */
    public void onQuit(Runnable quit) {
        commands.onQuit(quit);
    }

    /** Remembers the window's place and size and the split positions, and writes the settings (on exit). */
    public void rememberLayout(Stage stage) {
        if (view != null) {
            view.saveLayout(settings);
        }
        settings.maximized(stage.isMaximized());
        if (!stage.isMaximized() && !stage.isIconified()) {
            settings.windowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        }
        try {
            settings.save();
        } catch (java.io.IOException lost) {
            // only preferences are lost; the report itself is saved by its workspace
        }
    }

    /** The workspace view of the open report, if one is open. */
    Optional<WorkspaceView> workspaceView() {
        return Optional.ofNullable(view);
    }

    MainCommands commands() {
        return commands;
    }

    /** Puts the window on a stage with the app's theme, fonts and styles, its place and size as last left. */
    public void showIn(Stage stage, MainViewModel viewModel) {
        StartupTrace.step("loading fonts");
        UiFonts.load();
        StartupTrace.step("fonts loaded");
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        double[] bounds = settings.windowBounds().orElse(new double[] {Double.NaN, Double.NaN, 1280, 800});
        Scene scene = new Scene(root, bounds[2], bounds[3]);
        scene.getStylesheets().add(MainWindow.class.getResource("studio.css").toExternalForm());
        // Undo and redo are the report's, wherever the focus is: a text field's own undo would fork the history.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (UNDO.match(event)) {
                commands.undo();
                event.consume();
            } else if (REDO.match(event) || REDO_ALT.match(event)) {
                commands.redo();
                event.consume();
            }
        });
        stage.setScene(scene);
        if (!Double.isNaN(bounds[0])) {
            stage.setX(bounds[0]);
            stage.setY(bounds[1]);
        }
        stage.setMaximized(settings.maximized());
        stage.titleProperty().bind(viewModel.windowTitleProperty());
        stage.show();
    }
}
