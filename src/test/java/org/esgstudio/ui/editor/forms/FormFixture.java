package org.esgstudio.ui.editor.forms;

import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.esgstudio.i18n.Messages;
import org.esgstudio.model.Identified;
import org.esgstudio.model.ReportQuery;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import org.esgstudio.store.Samples;
import org.esgstudio.ui.editor.EditorContext;
import org.esgstudio.ui.editor.EditorHost;
import org.esgstudio.ui.editor.EditorRegistry;
import org.esgstudio.ui.editor.NodeEditor;
import org.esgstudio.ui.editor.ReadOnlyEditor;
import org.esgstudio.ui.workspace.Scheduler;
import org.esgstudio.ui.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main sample opened in a workspace whose saving and checking run on the calling thread, shown in a window's
 * editor host with the form editors registered as the workstation does.
 */
final class FormFixture {
    final ProjectFile file;
    final Workspace workspace;
    final EditorContext context;
    final EditorHost host;

    private FormFixture(ProjectFile file, Workspace workspace, EditorHost host, EditorContext context) {
        this.file = file;
        this.workspace = workspace;
        this.host = host;
        this.context = context;
    }

    /** Call on the FX thread (TestFX's {@code @Start}). */
    static FormFixture open(Stage stage, Path dir) {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        System.setProperty("esgstudio.user", Samples.AUTHOR);
        Path path = dir.resolve("q.esg");
        copyOfTheSample(path);
        ProjectFile file = ProjectFile.open(path, OpenMode.READ_WRITE);
        Workspace workspace = new Workspace(file, file.load(), new Workspace.Services(Scheduler.immediate(),
                Runnable::run, Runnable::run, Runnable::run, java.time.Clock.systemUTC()));
        EditorContext context = EditorContext.of(workspace);
        EditorHost host = new EditorHost(context,
                new EditorRegistry().add(FormEditors.factory()).add(ReadOnlyEditor.factory()));
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene((javafx.scene.Parent) host.view(), 720, 760));
        stage.show();
        return new FormFixture(file, workspace, host, context);
    }

    private static Path sample;

    /** The main sample as a project file, made once per run and copied for each test (each test edits its copy). */
    private static synchronized void copyOfTheSample(Path target) {
        try {
            if (sample == null) {
                Path folder = java.nio.file.Files.createTempDirectory("forms-sample");
                sample = Samples.projectFile(Samples.QINGHE, folder.resolve("sample.esg"));
                folder.toFile().deleteOnExit();
                sample.toFile().deleteOnExit();
            }
            java.nio.file.Files.copy(sample, target);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Selects the node (as a click in the outline does) and returns the editor the host made for it. */
    @SuppressWarnings("unchecked")
    <E extends NodeEditor> E open(FxRobot robot, String id, Class<E> type) {
        robot.interact(() -> workspace.selectedProperty().set(id));
        WaitForAsyncUtils.waitForFxEvents();
        return type.cast(host.editor().orElseThrow());
    }

    /** Presses the button {@code selector} names in the editor's form (it may be scrolled out of sight). */
    void press(FxRobot robot, NodeEditor editor, String selector) {
        javafx.scene.control.ButtonBase button = (javafx.scene.control.ButtonBase) editor.view().lookup(selector);
        if (button == null) {
            throw new AssertionError("no button " + selector);
        }
        robot.interact(button::fire);
    }

    <T extends Identified> T node(String id, Class<T> type) {
        return type.cast(ReportQuery.node(workspace.current().report(), id).orElseThrow());
    }

    void close() {
        file.close();
        System.clearProperty("esgstudio.user");
    }
}
