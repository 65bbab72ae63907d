package org.esgstudio.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.esgstudio.i18n.Messages;
import org.esgstudio.store.Backups;
import org.esgstudio.store.UserDataFolder;
import org.esgstudio.ui.common.Tasks;
import org.esgstudio.ui.files.FileDialogs;
import org.esgstudio.ui.settings.AppSettings;
import org.esgstudio.ui.welcome.FirstStart;

/** The desktop application: opens the given project, or the user's working copy of the main sample. */
public final class StudioApp extends Application {
    private MainViewModel model;

    public static void launchWith(String[] args) {
        Application.launch(StudioApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.getIcons().setAll(org.esgstudio.ui.common.AppIcons.all());
        AppSettings settings = AppSettings.load(UserDataFolder.path().resolve("settings.properties"));
        if (System.getenv("ESGSTUDIO_LANG") == null) {
            Messages.setLocale(settings.language()); // the environment wins, for scripts and screenshots
        }
        // The name set in the app is who edits, signs off and comments; ESGSTUDIO_USER (scripts) wins over it.
        if (System.getenv("ESGSTUDIO_USER") == null) {
            settings.userName().ifPresent(name -> System.setProperty("esgstudio.user", name));
        }
        // How many backups to keep: the setting, unless ESGSTUDIO_BACKUPS (or -Desgstudio.backups) says otherwise.
        if (System.getenv(Backups.ENVIRONMENT) == null && System.getProperty(Backups.PROPERTY) == null) {
            System.setProperty(Backups.PROPERTY, Integer.toString(settings.backupsKept()));
        }
        org.esgstudio.ui.common.UiFonts.preload();
        model = new MainViewModel(Tasks.background(), Tasks.fxThread());
        MainWindow window = opening(getParameters().getRaw(), model, settings, FileDialogs.system());
        window.onQuit(() -> {
            window.rememberLayout(stage);
            Platform.exit();
        });
        stage.setOnCloseRequest(event -> window.rememberLayout(stage));
        window.showIn(stage, model);
    }

    /**
     * Opens the file named on the command line, or the user's working copy of the main sample when none is, and
     * builds the window; on the first start with no file the welcome follows once the sample is shown
     * ({@link FirstStart}). Call on the FX thread.
     */
    static MainWindow opening(List<String> args, MainViewModel model, AppSettings settings, FileDialogs dialogs) {
        boolean welcome = FirstStart.showsWelcome(args, settings);
        // The report loads in the background while the window is built (its result arrives after start returns).
        if (args.isEmpty()) {
            model.openWorkingCopy();
        } else {
            model.open(Path.of(args.get(0)));
        }
        MainWindow window = new MainWindow(model, settings, dialogs);
        if (welcome) {
            window.welcomeWhenOpened();
        }
        return window;
    }

    @Override
    public void stop() {
        if (model != null) {
            model.shutdown();
        }
    }
}
