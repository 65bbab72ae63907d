package org.esgstudio.ui.data;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.esgstudio.i18n.Messages;
import org.esgstudio.json.ReportFolder;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import org.esgstudio.store.Samples;
import org.esgstudio.ui.workspace.Scheduler;
import org.esgstudio.ui.workspace.Workspace;

/** A project file opened in a workspace that does everything on the calling thread (save, validation, timers). */
public final class OpenWorkspace implements AutoCloseable {
    static final Path PLANTED = Path.of("src/test/resources/validation/planted");
    static final Path WORKBOOKS = Path.of("src/test/resources/workbooks");

    public final ProjectFile file;
    public final Workspace workspace;

    private OpenWorkspace(Path path) {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        System.setProperty("esgstudio.user", Samples.AUTHOR);
        file = ProjectFile.open(path, OpenMode.READ_WRITE);
        workspace = new Workspace(file, file.load(), new Workspace.Services(Scheduler.immediate(), Runnable::run,
                Runnable::run, Runnable::run, Clock.systemUTC()));
    }

    /** An existing project file. */
    public static OpenWorkspace of(Path projectFile) {
        return new OpenWorkspace(projectFile);
    }

    /** The main sample (青禾 2024). */
    public static OpenWorkspace mainSample(Path dir) {
        return new OpenWorkspace(Samples.projectFile(Samples.QINGHE, dir.resolve("qinghe.esg")));
    }

    /** The planted-error fixture's report folder, before its KPI workbook is imported. */
    static OpenWorkspace planted(Path dir) {
        Path target = dir.resolve("planted.esg");
        ProjectFile.create(target, ReportFolder.read(PLANTED.resolve("report").toAbsolutePath(), Samples.AUTHOR,
                Samples.READ_AT), Samples.AUTHOR, "planted");
        return new OpenWorkspace(target);
    }

    @Override
    public void close() {
        file.close();
        System.clearProperty("esgstudio.user");
    }
}
