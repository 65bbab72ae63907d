package org.esgstudio.store.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * An {@link EditingChild} in its own JVM (the test's java and class path), its output lines kept with the moment each
 * was read, and its end by SIGKILL.
 */
final class EditorProcess {
    /** A line of the child's output and when the test read it ({@link System#nanoTime}). */
    record Line(long at, String text) {
        boolean is(String kind) {
            return text.startsWith(kind + " ");
        }

        int number() {
            return Integer.parseInt(text.substring(text.indexOf(' ') + 1).strip());
        }
    }

    private final Process process;
    private final Thread reader;
    private final List<Line> lines = new ArrayList<>();
    private final Path nativeFolder;
    private final Path errors;

    private EditorProcess(Process process, Path nativeFolder, Path errors) {
        this.process = process;
        this.nativeFolder = nativeFolder;
        this.errors = errors;
        this.reader = new Thread(this::read, "editor-output-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts an editor on {@code file}. Its standard error goes to {@code work/child-err.txt}. The SQLite driver's
     * native library is unpacked once into {@code work/sqlite-native} and loaded from there by every editor (else each
     * would unpack its own copy, which a killed JVM cannot delete); where it cannot be found, each editor unpacks it
     * into {@code work/native}, which {@link #kill} empties.
     */
    static EditorProcess start(Path file, long seed, Path work) {
        Path nativeFolder = work.resolve("native");
        Path errors = work.resolve("child-err.txt");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "-cp", System.getProperty("java.class.path"),
                // quick start-up (as the command line's relaunch); neither changes what is written or when
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xmx256m",
                "-Dorg.sqlite.tmpdir=" + nativeFolder, "-Dfile.encoding=UTF-8", "-Desgstudio.user=崩溃测试"));
        try {
            Path library = sqliteLibrary(work);
            if (library != null) {
                command.add("-Dorg.sqlite.lib.path=" + library.getParent());
                command.add("-Dorg.sqlite.lib.name=" + library.getFileName());
            }
            command.addAll(List.of(EditingChild.class.getName(), file.toString(), Long.toString(seed)));
            Files.createDirectories(nativeFolder);
            Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
            return new EditorProcess(process, nativeFolder, errors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The driver's native library for this system, unpacked into {@code work/sqlite-native}; null if not found. */
    private static synchronized Path sqliteLibrary(Path work) throws IOException {
        String name = System.mapLibraryName("sqlitejdbc");
        Path library = work.resolve("sqlite-native").resolve(name);
        if (Files.exists(library)) {
            return library;
        }
        String resource = "/org/sqlite/native/" + org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS() + "/"
                + name;
        try (InputStream in = org.sqlite.JDBC.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Files.createDirectories(library.getParent());
            Path partial = library.resolveSibling(name + ".part");
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, library, StandardCopyOption.ATOMIC_MOVE);
            return library;
        }
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                Line line = new Line(System.nanoTime(), text);
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException ignored) {
            // the pipe closes when the child dies
        }
    }

    long pid() {
        return process.pid();
    }

    /** Waits for {@code READY m} and returns m, or -1 when the child died or said nothing in time. */
    int awaitReady(long timeoutMillis) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        synchronized (lines) {
            while (true) {
                for (Line line : lines) {
                    if (line.is("READY")) {
                        return line.number();
                    }
                }
                long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
                if (left <= 0 || !process.isAlive() && !reader.isAlive()) {
                    return -1;
                }
                lines.wait(Math.min(left, 100));
            }
        }
    }

    /** Waits for the first {@code ACK} and returns its edit, or -1 when none came in time. */
    int awaitAck(long timeoutMillis) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        synchronized (lines) {
            while (true) {
                for (Line line : lines) {
                    if (line.is("ACK") && line.number() > 0) {
                        return line.number();
                    }
                }
                long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
                if (left <= 0 || !process.isAlive() && !reader.isAlive()) {
                    return -1;
                }
                lines.wait(Math.min(left, 100));
            }
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Kills the child with SIGKILL ({@link Process#destroyForcibly} on Linux), waits for it and for the end of its
     * output, and returns its exit status (137 = 128 + SIGKILL when it was still running). Returns the moment of the
     * kill in {@link #killedAt}.
     */
    int kill() throws InterruptedException {
        killedAt = System.nanoTime();
        process.destroyForcibly();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new AssertionError("the editor " + process.pid() + " did not die within a minute of SIGKILL");
        }
        reader.join(TimeUnit.SECONDS.toMillis(60));
        clearNativeFolder();
        return process.exitValue();
    }

    private long killedAt;

    long killedAt() {
        return killedAt;
    }

    private void clearNativeFolder() {
        try (Stream<Path> files = Files.list(nativeFolder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // a leftover copy of the driver's library in the test's temporary folder is harmless
        }
    }

    /** Every line read so far. */
    List<Line> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /** The end of the child's standard error (for a failure message). */
    String errorTail() {
        try {
            String text = Files.exists(errors) ? Files.readString(errors, StandardCharsets.UTF_8) : "";
            return text.length() > 3000 ? "…" + text.substring(text.length() - 3000) : text;
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
