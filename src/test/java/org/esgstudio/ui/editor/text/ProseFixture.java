package org.esgstudio.ui.editor.text;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.esgstudio.i18n.Messages;
import org.esgstudio.model.Block;
import org.esgstudio.model.Language;
import org.esgstudio.model.ReportQuery;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import org.esgstudio.store.Samples;
import org.esgstudio.ui.editor.EditorContext;
import org.esgstudio.ui.editor.EditorHost;
import org.esgstudio.ui.editor.EditorRegistry;
import org.esgstudio.ui.workspace.Scheduler;
import org.esgstudio.ui.workspace.Workers;
import org.esgstudio.ui.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main sample open in a workspace that runs as in the app (validation and saving on their own threads, results
 * on the FX thread), with the editor host showing one block in a window.
 */
final class ProseFixture implements AutoCloseable {
    final ProjectFile file;
    final Workspace workspace;
    final EditorContext context;
    final EditorHost host;
    private final ExecutorService store = Workers.single("test-store");
    private final ExecutorService validation = Workers.single("test-validation");

    ProseFixture(FxRobot robot, Stage stage, Path dir, String blockId) {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        System.setProperty("esgstudio.user", Samples.AUTHOR);
        Path path = Samples.projectFile(Samples.QINGHE, dir.resolve("q.esg"));
        file = ProjectFile.open(path, OpenMode.READ_WRITE);
        workspace = new Workspace(file, file.load(), new Workspace.Services(Scheduler.timer(), store, validation,
                Platform::runLater, Clock.systemUTC()));
        context = EditorContext.of(workspace);
        // Built on the FX thread, as the app builds it: the host's disclosure row is updated from there too.
        EditorHost[] built = new EditorHost[1];
        robot.interact(() -> built[0] = new EditorHost(context, new EditorRegistry().add(ProseEditor.factory())));
        host = built[0];
        robot.interact(() -> {
            stage.setScene(new Scene(new javafx.scene.layout.StackPane(host.view()), 1100, 640));
            stage.show();
            workspace.selectedProperty().set(blockId);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    ProseEditor editor() {
        return (ProseEditor) host.editor().orElseThrow();
    }

    ProseArea area(int item, Language language) {
        return editor().fields().get(item).area(language);
    }

    ProseArea zh() {
        return area(0, Language.ZH);
    }

    Block block(String id) {
        return ReportQuery.block(workspace.current().report(), id).orElseThrow();
    }

    static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 15 s", e);
        }
    }

    @Override
    public void close() {
        workspace.saveNow();
        store.shutdown();
        validation.shutdown();
        file.close();
        System.clearProperty("esgstudio.user");
    }
}
