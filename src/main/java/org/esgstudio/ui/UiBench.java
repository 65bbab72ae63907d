package org.esgstudio.ui;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.esgstudio.data.Project;
import org.esgstudio.json.SyntheticReports;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import org.esgstudio.ui.common.StartupTrace;
import org.esgstudio.ui.common.Tasks;
import org.esgstudio.ui.files.FileDialogs;
import org.esgstudio.ui.settings.AppSettings;
import org.esgstudio.ui.workspace.Workspace;

/**
 * {@code esg-studio.jar bench-ui FILE.esg [--scale K] [--chars N]}: starts the real window on a report (a copy,
 * scaled K times) and prints (1) the time from the JVM's start until the window is interactive, (2) the latency of
 * each keystroke typed into a paragraph, from the key event to the end of the layout pulse that shows it, and the
 * time until the figure marks are re-checked, (3) heap and resident memory afterwards. Needs a display (Xvfb).
 */
public final class UiBench extends Application {
    private static final long TYPING_GAP_MS = 120; // a quick typist: about eight characters a second
    private Path file;
    private int chars;
    private MainViewModel model;
    private MainWindow window;
    private long interactiveAt;

    public static void main(String[] args) {
        Application.launch(UiBench.class, args);
    }

    @Override
    public void start(Stage stage) throws Exception {
        StartupTrace.step("fx started");
        List<String> args = getParameters().getRaw();
        Path source = Path.of(args.get(0));
        int scale = intOption(args, "--scale", 1);
        chars = intOption(args, "--chars", 60);
        Path dir = Files.createTempDirectory("esg-bench-ui");
        file = dir.resolve(scale > 1 ? "scaled-x" + scale + ".esg" : source.getFileName().toString());
        prepare(source, scale, file);
        AppSettings settings = AppSettings.load(dir.resolve("settings.properties"));
        org.esgstudio.ui.common.UiFonts.preload();
        model = new MainViewModel(Tasks.background(), Tasks.fxThread());
        model.open(file); // loads in the background while the window is built, as the app does
        window = new MainWindow(model, settings, FileDialogs.system());
        StartupTrace.step("window built");
        window.showIn(stage, model);
        StartupTrace.step("window shown");
        model.workspaceProperty().addListener((obs, old, workspace) -> {
            if (workspace != null) {
                StartupTrace.step("workspace opened");
                stage.getScene().addPreLayoutPulseListener(new Runnable() {
                    @Override
                    public void run() {
                        stage.getScene().removePreLayoutPulseListener(this);
                        StartupTrace.step("first pulse begins");
                    }
                });
                stage.getScene().addPostLayoutPulseListener(new Runnable() {
                    @Override
                    public void run() {
                        stage.getScene().removePostLayoutPulseListener(this);
                        interactiveAt = System.currentTimeMillis();
                        new Thread(() -> measure(workspace, stage), "bench-ui").start();
                    }
                });
            }
        });
    }

    /** The report to open: a copy of the file, or a copy with its chapters repeated. */
    private static void prepare(Path source, int scale, Path target) throws IOException {
        if (scale <= 1) {
            Files.copy(source, target);
            return;
        }
        Project project;
        try (ProjectFile opened = ProjectFile.open(source, OpenMode.READ_ONLY)) {
            project = opened.load();
        }
        Project scaled = project.withReport(SyntheticReports.scaled(project.report(), scale));
        ProjectFile.create(target, scaled, "bench", "bench-ui ×" + scale);
    }

    private void measure(Workspace workspace, Stage stage) {
        try {
            long startup = interactiveAt - ManagementFactory.getRuntimeMXBean().getStartTime();
            String paragraph = lastCopyOf(workspace, "ch2-s4-p6");
            onFx(() -> workspace.selectedProperty().set(paragraph));
            Thread.sleep(500);
            onFx(() -> window.workspaceView().ifPresent(view -> view.editors().editor().ifPresent(e -> e.focus())));
            Thread.sleep(300);
            waitForValidation(workspace);
            List<Double> latencies = new ArrayList<>();
            for (int i = 0; i < chars; i++) {
                latencies.add(keystroke(stage, i % 10 == 9 ? " " : "绿"));
                Thread.sleep(TYPING_GAP_MS);
            }
            Thread.sleep(1500); // everything settles; then one more key, and the wait for its re-check
            Object before = workspace.validationProperty().get();
            long typedAt = System.nanoTime();
            keystroke(stage, "绿");
            waitUntil(() -> workspace.validationProperty().get() != before);
            double recheck = (System.nanoTime() - typedAt) / 1e6;
            System.gc();
            System.gc();
            Thread.sleep(500);
            Runtime runtime = Runtime.getRuntime();
            long heap = runtime.totalMemory() - runtime.freeMemory();
            print(workspace, startup, latencies, recheck, heap);
        } catch (Exception e) {
            e.printStackTrace();
        } finally {
            Platform.runLater(() -> {
                model.shutdown();
                Platform.exit();
            });
        }
    }

    private static String lastCopyOf(Workspace workspace, String id) {
        String found = id;
        for (int copy = 2; copy <= 100; copy++) {
            if (org.esgstudio.model.ReportQuery.block(workspace.current().report(), id + "-x" + copy).isPresent()) {
                found = id + "-x" + copy;
            }
        }
        return found;
    }

    /** One key typed into the focused control: ms from the key event until the layout pulse after it has run. */
    private double keystroke(Stage stage, String character) throws Exception {
        long[] times = new long[2];
        java.util.concurrent.CountDownLatch laidOut = new java.util.concurrent.CountDownLatch(1);
        Platform.runLater(() -> {
            Node target = stage.getScene().getFocusOwner();
            Runnable after = new Runnable() {
                @Override
                public void run() {
                    stage.getScene().removePostLayoutPulseListener(this);
                    times[1] = System.nanoTime();
                    laidOut.countDown();
                }
            };
            times[0] = System.nanoTime();
            Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_TYPED, character, "", KeyCode.UNDEFINED,
                    false, false, false, false));
            stage.getScene().addPostLayoutPulseListener(after);
            Platform.requestNextPulse();
        });
        if (!laidOut.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no layout pulse within 10 s of a keystroke");
        }
        return (times[1] - times[0]) / 1e6;
    }

    private static void waitForValidation(Workspace workspace) throws InterruptedException {
        waitUntil(() -> workspace.validationProperty().get() != null);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(5);
        }
    }

    private static void onFx(Runnable action) throws InterruptedException {
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        Platform.runLater(() -> {
            action.run();
            done.countDown();
        });
        done.await(30, TimeUnit.SECONDS);
    }

    private void print(Workspace workspace, long startup, List<Double> latencies, double recheck, long heap)
            throws IOException {
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        var stats = org.esgstudio.model.ReportStatistics.of(workspace.current().report());
        System.out.printf(Locale.ROOT, "report: %s, %d chapters, %d blocks, %d indicators%n", file.getFileName(),
                stats.chapters(), stats.blocks(), workspace.current().data().indicators().size());
        System.out.printf(Locale.ROOT, "startup: %d ms from JVM start to interactive%n", startup);
        System.out.printf(Locale.ROOT, "typing: %d keys, latency median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                sorted.size(), sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1),
                sorted.get(sorted.size() - 1));
        System.out.printf(Locale.ROOT, "figures re-checked %.0f ms after the last key (250 ms pause included)%n",
                recheck);
        System.out.printf(Locale.ROOT, "memory: heap used %.0f MB after GC, resident %s%n", heap / 1048576.0,
                resident());
    }

    private static String resident() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return "n/a";
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) {
                long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                return String.format(Locale.ROOT, "%.0f MB", kb / 1024.0);
            }
        }
        return "n/a";
    }

    private static int intOption(List<String> args, String name, int fallback) {
        int at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? Integer.parseInt(args.get(at + 1)) : fallback;
    }
}
