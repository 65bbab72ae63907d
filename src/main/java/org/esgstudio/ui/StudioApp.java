package org.esgstudio.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;
import org.esgstudio.ui.common.Tasks;

/** The desktop application: opens the given project, or the user's working copy of the main sample. */
public final class StudioApp extends Application {
    private MainViewModel model;

    public static void launchWith(String[] args) {
        Application.launch(StudioApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        model = new MainViewModel(Tasks.background(), Tasks.fxThread());
        new MainWindow(model).showIn(stage, model);
        List<String> args = getParameters().getRaw();
        if (args.isEmpty()) {
            model.openWorkingCopy();
        } else {
            model.open(Path.of(args.get(0)));
        }
    }

    @Override
    public void stop() {
        if (model != null) {
            model.shutdown();
        }
    }
}
