package org.esgstudio.store.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.esgstudio.data.Project;
import org.esgstudio.store.HistoryChain;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import org.esgstudio.store.Samples;
import org.esgstudio.store.StoreChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety of the project file: an editor ({@link EditingChild}, the app's autosave and store in a JVM of its
 * own) is killed with SIGKILL at random moments, again and again on the same file, each new editor carrying on from
 * what the file holds. After every kill the file, as the dead editor left it (with its {@code -wal} and {@code -shm}
 * files), passes SQLite's integrity check, opens read-only and for writing, holds every edit the editor had
 * acknowledged, whole, and its history's hash chain is unbroken. Three such lanes run side by side, each on its own
 * file (the editors' start-up is most of the time).
 *
 * <p>{@code -Dcrash.kills=N} (in all, default 50), {@code -Dcrash.lanes=L} (default 3), {@code -Dcrash.maxDelay=MS}
 * (the longest an editor lives once ready, default 800), {@code -Dcrash.seed=S} (default: a new one each run; it is
 * named in every failure), e.g. {@code mvn -o test -Dtest=CrashSafetyTest -Dcrash.kills=2000 -Dcrash.maxDelay=2500}.
 */
class CrashSafetyTest {
    private static final int KILLS = Integer.getInteger("crash.kills", 50);
    private static final int LANES = Integer.getInteger("crash.lanes", 3);
    private static final int MAX_DELAY = Integer.getInteger("crash.maxDelay", 800);
    private static final String SAMPLE = System.getProperty("crash.sample", Samples.HENGCHUAN);
    /** One kill in this many comes at a random moment after the start, maybe before the file is even open. */
    private static final int EARLY_ONE_IN = 8;
    private static final int EARLY_MAX_DELAY = 2000;
    private static final long START_TIMEOUT = 120_000;

    @TempDir
    Path dir;

    /** What a lane saw, for the record (docs/reliability/crash-safety.md). */
    private static final class Tally {
        int kills;
        int killsBeforeReady;
        int killsDuringSave;
        int killsSavedUnacknowledged;
        int killsOfSavedFiles;
        int killsWithWal;
        int editsMade;
        int editsLost;
        int acknowledged;
        final List<Long> lostAges = new ArrayList<>();
        final List<Long> saveTimes = new ArrayList<>();

        void add(Tally other) {
            kills += other.kills;
            killsBeforeReady += other.killsBeforeReady;
            killsDuringSave += other.killsDuringSave;
            killsSavedUnacknowledged += other.killsSavedUnacknowledged;
            killsOfSavedFiles += other.killsOfSavedFiles;
            killsWithWal += other.killsWithWal;
            editsMade += other.editsMade;
            editsLost += other.editsLost;
            acknowledged += other.acknowledged;
            lostAges.addAll(other.lostAges);
            saveTimes.addAll(other.saveTimes);
        }

        String describe(long seed, long nanos) {
            return String.format(Locale.ROOT, "crash run (seed %d, %d lanes, sample %s, delays up to %d ms): %d kills"
                            + " (%d before the editor was ready, %d during a save, %d after a save's commit but before"
                            + " its ACK; %d of the %d kills of an editor on a file already saved to left a non-empty"
                            + " -wal file), %d edits made, %d acknowledged, %d lost (never acknowledged); age of the"
                            + " oldest edit lost at a kill %s; saves (SAVING to ACK) %s; %.1f s",
                    seed, LANES, SAMPLE, MAX_DELAY, kills, killsBeforeReady, killsDuringSave, killsSavedUnacknowledged,
                    killsWithWal, killsOfSavedFiles, editsMade, acknowledged, editsLost, spread(lostAges),
                    spread(saveTimes), nanos / 1e9);
        }

        private static String spread(List<Long> nanos) {
            if (nanos.isEmpty()) {
                return "(none)";
            }
            List<Long> sorted = nanos.stream().sorted().toList();
            return String.format(Locale.ROOT, "median %d ms, 90th percentile %d ms, 99th %d ms, max %d ms (%d)",
                    millis(sorted, 0.5), millis(sorted, 0.9), millis(sorted, 0.99), millis(sorted, 1.0), sorted.size());
        }

        private static long millis(List<Long> sorted, double quantile) {
            int at = Math.max(0, (int) Math.ceil(sorted.size() * quantile) - 1);
            return TimeUnit.NANOSECONDS.toMillis(sorted.get(at));
        }
    }

    /** The file as a kill left it, copied for checking while the next editor starts on the file itself. */
    private record Killed(Path readOnly, Path readWrite, int acknowledged, int acknowledgedByThisEditor,
                          String context, EditorProcess editor, List<EditorProcess.Line> lines) {
    }

    @Test
    void everyAcknowledgedEditSurvivesTheEditorBeingKilledAtRandomMoments() throws Exception {
        long seed = Long.getLong("crash.seed", new Random().nextLong());
        long started = System.nanoTime();
        ExecutorService lanes = Executors.newFixedThreadPool(LANES);
        List<Future<Tally>> running = new ArrayList<>();
        try {
            for (int lane = 0; lane < LANES; lane++) {
                int number = lane + 1;
                int kills = KILLS / LANES + (lane < KILLS % LANES ? 1 : 0);
                running.add(lanes.submit(() -> lane(seed, number, kills)));
            }
            Tally total = new Tally();
            for (Future<Tally> lane : running) {
                try {
                    total.add(lane.get());
                } catch (ExecutionException e) {
                    running.forEach(other -> other.cancel(true));
                    throw e.getCause() instanceof Error error ? error
                            : new AssertionError("seed " + seed, e.getCause());
                }
            }
            System.out.println(total.describe(seed, System.nanoTime() - started));
            assertThat(total.kills).isEqualTo(KILLS);
        } finally {
            lanes.shutdownNow();
            assertThat(lanes.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        }
    }

    /** One file, killed {@code kills} times; the lane's random numbers come from the run's seed and its number. */
    private Tally lane(long seed, int lane, int kills) throws Exception {
        Random random = new Random(seed * 31 + lane);
        Path work = Files.createDirectories(dir.resolve("lane-" + lane));
        Path file = Samples.projectFile(SAMPLE, work.resolve("report.esg"));
        Tally tally = new Tally();
        int acknowledged = 0;
        int holds = 0;
        Killed unchecked = null;
        for (int kill = 1; kill <= kills; kill++) {
            long childSeed = random.nextLong();
            boolean early = random.nextInt(EARLY_ONE_IN) == 0;
            long delay = random.nextInt((early ? EARLY_MAX_DELAY : MAX_DELAY) + 1);
            String context = String.format(Locale.ROOT, "seed %d, lane %d, kill %d of %d (%s %d ms), %d edits"
                    + " acknowledged before", seed, lane, kill, kills, early ? "at start +" : "after ready +", delay,
                    acknowledged);
            if (early) {
                holds = check(unchecked, holds, tally);
                unchecked = null;
            }
            EditorProcess editor = EditorProcess.start(file, childSeed, work);
            int exit;
            try {
                if (!early) {
                    holds = check(unchecked, holds, tally); // while the editor starts
                    unchecked = null;
                    int ready = editor.awaitReady(START_TIMEOUT);
                    assertThat(ready).as("%s: the editor opened the file and carried on from its last edit %d;"
                            + " stderr:%n%s", context, holds, editor.errorTail()).isEqualTo(holds);
                }
                Thread.sleep(delay);
            } finally {
                exit = editor.kill();
            }
            assertThat(exit).as("%s: the editor was alive until killed with SIGKILL (exit 137); stderr:%n%s",
                    context, editor.errorTail()).isEqualTo(137);
            List<EditorProcess.Line> lines = editor.lines();
            int acknowledgedByThisEditor = tally(tally, editor, lines, holds, context);
            acknowledged = Math.max(acknowledged, acknowledgedByThisEditor);
            if (holds > 0) {
                tally.killsOfSavedFiles++;
                tally.killsWithWal += Files.exists(wal(file)) && Files.size(wal(file)) > 0 ? 1 : 0;
            }
            Path readOnly = work.resolve("check-" + kill % 2 + "-ro.esg");
            Path readWrite = work.resolve("check-" + kill % 2 + "-rw.esg");
            copyWithLog(file, readOnly);
            copyWithLog(file, readWrite);
            unchecked = new Killed(readOnly, readWrite, acknowledged, acknowledgedByThisEditor,
                    context + ", " + acknowledged + " after", editor, lines);
        }
        holds = check(unchecked, holds, tally);
        tally.acknowledged = acknowledged;
        // The file as the last editor left it, opened in place the way the app and the commands open it.
        String end = "seed " + seed + ", lane " + lane + ", at the end";
        assertThat(openAndCheck(file, OpenMode.READ_ONLY, acknowledged, end)).isEqualTo(holds);
        assertThat(openAndCheck(file, OpenMode.READ_WRITE, acknowledged, end)).isEqualTo(holds);
        assertThat(wal(file)).as("%s: closing folds the write-ahead log back into the file", end).doesNotExist();
        return tally;
    }

    /**
     * Checks the copies of the file as a kill left it (with its -wal/-shm): one opened read-only, one for writing.
     * Returns the last edit the file holds ({@code holds} when there is nothing to check).
     */
    private static int check(Killed killed, int holds, Tally tally) {
        if (killed == null) {
            return holds;
        }
        int seenReadOnly = openAndCheck(killed.readOnly(), OpenMode.READ_ONLY, killed.acknowledged(),
                killed.context() + ", read-only");
        int seenReadWrite = openAndCheck(killed.readWrite(), OpenMode.READ_WRITE, killed.acknowledged(),
                killed.context() + ", read-write");
        assertThat(seenReadOnly).as("%s: both opens see the same edits", killed.context()).isEqualTo(seenReadWrite);
        for (Path copy : List.of(killed.readOnly(), killed.readWrite())) {
            assertThat(wal(copy)).as("%s: closing %s folded the log back into the file", killed.context(),
                    copy.getFileName()).doesNotExist();
        }
        countLost(tally, killed, seenReadWrite);
        return seenReadWrite;
    }

    @Test
    void aFileLeftWithItsWriteAheadLogByAKilledEditorOpensWithEveryAcknowledgedEdit() throws Exception {
        Path file = Samples.projectFile(SAMPLE, dir.resolve("report.esg"));
        EditorProcess editor = EditorProcess.start(file, 42, dir);
        assertThat(editor.awaitReady(START_TIMEOUT)).as("ready; stderr:%n%s", editor.errorTail()).isZero();
        int firstAck = editor.awaitAck(START_TIMEOUT);
        assertThat(firstAck).as("an acknowledged save; stderr:%n%s", editor.errorTail()).isPositive();
        assertThat(editor.kill()).isEqualTo(137);
        int acknowledged = editor.lines().stream().filter(line -> line.is("ACK"))
                .mapToInt(EditorProcess.Line::number).max().orElseThrow();
        assertThat(wal(file)).as("the killed editor left its write-ahead log").exists();
        assertThat(Files.size(wal(file))).as("with the acknowledged saves in it").isPositive();

        // A read-only open (export, validate) reads the log's committed transactions without needing a writer.
        Path copy = dir.resolve("copy.esg");
        copyWithLog(file, copy);
        int readOnly;
        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            assertThat(StoreChecks.integrityCheck(project)).isEqualTo("ok");
            readOnly = CrashEdits.lastEdit(project.load().report());
        }
        assertThat(readOnly).isGreaterThanOrEqualTo(acknowledged);
        // Being the last connection, it also folds the log into the file on closing, leaving no -wal/-shm behind.
        assertThat(wal(file)).doesNotExist();
        assertThat(shm(file)).doesNotExist();
        // Opening for writing (the app, after the crash) recovers the log and closes to one complete file.
        try (ProjectFile project = ProjectFile.open(copy, OpenMode.READ_WRITE)) {
            assertThat(StoreChecks.integrityCheck(project)).isEqualTo("ok");
            assertThat(CrashEdits.lastEdit(project.load().report())).isEqualTo(readOnly);
            assertThat(HistoryChain.verify(project).intact()).isTrue();
        }
        assertThat(wal(copy)).doesNotExist();
        assertThat(shm(copy)).doesNotExist();
        try (ProjectFile project = ProjectFile.open(copy, OpenMode.READ_ONLY)) {
            assertThat(StoreChecks.journalMode(project)).isEqualTo("delete");
            assertThat(CrashEdits.lastEdit(project.load().report())).isEqualTo(readOnly);
        }
    }

    /** Counts what the editor's output shows and returns the last edit it acknowledged (0 when none). */
    private static int tally(Tally tally, EditorProcess editor, List<EditorProcess.Line> lines, int holds,
                             String context) {
        tally.kills++;
        boolean ready = false;
        EditorProcess.Line lastSave = null;
        int acknowledged = 0;
        for (EditorProcess.Line line : lines) {
            assertThat(line.text()).as("%s: the editor's saves succeeded; stderr:%n%s", context, editor.errorTail())
                    .doesNotStartWith("FAILED");
            if (line.is("READY")) {
                ready = true;
                assertThat(line.number()).as("%s: the editor carried on from the file's last edit", context)
                        .isEqualTo(holds);
            } else if (line.is("EDIT")) {
                tally.editsMade++;
            } else if (line.is("SAVING")) {
                lastSave = line;
            } else if (line.is("ACK")) {
                if (lastSave != null && lastSave.is("SAVING") && lastSave.number() == line.number()) {
                    tally.saveTimes.add(line.at() - lastSave.at());
                }
                lastSave = line;
                acknowledged = Math.max(acknowledged, line.number());
            }
        }
        tally.killsBeforeReady += ready ? 0 : 1;
        tally.killsDuringSave += lastSave != null && lastSave.is("SAVING") ? 1 : 0;
        return acknowledged;
    }

    /** The edits made but not in the file after the kill, and how long before the kill the first of them was made. */
    private static void countLost(Tally tally, Killed killed, int holds) {
        for (EditorProcess.Line line : killed.lines()) {
            if (line.is("EDIT") && line.number() > holds) {
                tally.editsLost++;
            }
        }
        boolean edited = killed.lines().stream().anyMatch(line -> line.is("EDIT"));
        if (edited && holds > killed.acknowledgedByThisEditor()
                && killed.lines().stream().anyMatch(line -> line.is("SAVING") && line.number() == holds)) {
            tally.killsSavedUnacknowledged++;
        }
        killed.lines().stream().filter(line -> line.is("EDIT") && line.number() == holds + 1).findFirst()
                .ifPresent(line -> tally.lostAges.add(killed.editor().killedAt() - line.at()));
    }

    private static int openAndCheck(Path file, OpenMode mode, int acknowledged, String context) {
        try (ProjectFile project = ProjectFile.open(file, mode)) {
            assertThat(StoreChecks.integrityCheck(project)).as("%s: PRAGMA integrity_check", context).isEqualTo("ok");
            Project loaded = project.load();
            int holds;
            try {
                holds = CrashEdits.lastEdit(loaded.report());
            } catch (AssertionError e) {
                throw new AssertionError(context + ": " + e.getMessage(), e);
            }
            assertThat(holds).as("%s: the file holds every acknowledged edit", context)
                    .isGreaterThanOrEqualTo(acknowledged);
            HistoryChain.Result history = HistoryChain.verify(project);
            assertThat(history.intact()).as("%s: the history's hash chain is unbroken: %s", context,
                    history.firstBreak().map(HistoryChain.Break::describe).orElse("")).isTrue();
            return holds;
        } catch (RuntimeException e) {
            throw new AssertionError(context + ": " + e, e);
        }
    }

    private static void copyWithLog(Path file, Path copy) throws IOException {
        for (String suffix : List.of("", "-wal", "-shm")) {
            Path from = file.resolveSibling(file.getFileName() + suffix);
            Path to = copy.resolveSibling(copy.getFileName() + suffix);
            if (Files.exists(from)) {
                Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.deleteIfExists(to);
            }
        }
    }

    private static Path wal(Path file) {
        return file.resolveSibling(file.getFileName() + "-wal");
    }

    private static Path shm(Path file) {
        return file.resolveSibling(file.getFileName() + "-shm");
    }
}
