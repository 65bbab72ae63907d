package org.esgstudio.store.crash;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.esgstudio.data.Project;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import org.esgstudio.ui.workspace.Autosave;
import org.esgstudio.ui.workspace.SaveState;
import org.esgstudio.ui.workspace.Scheduler;
import org.esgstudio.ui.workspace.Workers;

/**
 * The editor the crash test kills: opens the project file for writing as the app does, then makes {@link CrashEdits}
 * one after another (5–30 ms apart, now and then "Ctrl+S") and hands each to the app's own {@link Autosave} (its timer,
 * its single store thread, its 400 ms delay, {@link ProjectFile#save} with the author and summary). It runs until it
 * is killed. On standard output, one line each: {@code READY m} (opened; the file holds edits 1…m),
 * {@code EDIT n} (about to make edit n), {@code SAVING n} (a save of the project up to edit n begins),
 * {@code ACK n} (that save has returned: edits 1…n are in the file), {@code FAILED why}.
 *
 * <p>Arguments: the project file and a seed for the pauses.
 */
public final class EditingChild {
    private static final PrintStream OUT = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out),
            false, StandardCharsets.UTF_8);

    private record Edited(Project project, int edit) {
    }

    private EditingChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path file = Path.of(args[0]);
        SplittableRandom random = new SplittableRandom(Long.parseLong(args[1]));
        endWithTheParent();
        ProjectFile project = ProjectFile.open(file, OpenMode.READ_WRITE);
        Project opened = project.load();
        int last = CrashEdits.lastEdit(opened.report());
        AtomicReference<Edited> current = new AtomicReference<>(new Edited(opened, last));
        int[] held = {last}; // the edit the save under way holds; written and read on the store thread only
        Autosave autosave = new Autosave(project, () -> {
            Edited edited = current.get();
            held[0] = edited.edit();
            return edited.project();
        }, Scheduler.timer(), Workers.single("esg-store"), Runnable::run, state -> {
            // With a direct "UI" executor, SAVING and SAVED arrive on the store thread inside the save's own task.
            if (state.kind() == SaveState.Kind.SAVING) {
                say("SAVING " + held[0]);
            } else if (state.kind() == SaveState.Kind.SAVED && Thread.currentThread().getName().equals("esg-store")) {
                say("ACK " + held[0]);
            } else if (state.kind() == SaveState.Kind.FAILED) {
                say("FAILED " + state.problem());
            }
        }, Clock.systemUTC());
        say("READY " + last);
        for (int n = last + 1; ; n++) {
            Thread.sleep(5 + random.nextInt(26));
            say("EDIT " + n);
            current.set(new Edited(CrashEdits.apply(current.get().project(), n), n));
            autosave.changed(CrashEdits.LABEL);
            if (random.nextInt(25) == 0) {
                autosave.flush(); // Ctrl+S
            }
        }
    }

    private static synchronized void say(String line) {
        OUT.print(line + "\n");
        OUT.flush();
        if (OUT.checkError()) {
            Runtime.getRuntime().halt(4); // nobody is listening any more
        }
    }

    /** Ends this process when the test that started it goes away (its end of standard input closes). */
    private static void endWithTheParent() {
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // nothing is sent
                }
            } catch (IOException ignored) {
                // the parent is gone either way
            }
            Runtime.getRuntime().halt(4);
        }, "parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }
}
