package org.esgstudio.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Another instance of the app, for real: a child JVM that opens a project file for writing (as user {@code user}),
 * says so on its output, and holds it until told to close (or until it is killed). {@link #main} is the child.
 */
public final class HoldingProcess implements AutoCloseable {
    private final Process process;
    private final BufferedReader out;

    private HoldingProcess(Process process) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Starts the child and returns once it holds {@code file} open for writing. */
    public static HoldingProcess open(Path file, String user) {
        List<String> command = List.of(ProcessHandle.current().info().command().orElseThrow(),
                "-Desgstudio.user=" + user, "-Desgstudio.backups=0", "-Dfile.encoding=UTF-8",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), HoldingProcess.class.getName(), file.toString());
        try {
            HoldingProcess child = new HoldingProcess(new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start());
            String first = child.out.readLine(); // blocks until the child has the file open (or has failed)
            if (first == null || !first.startsWith("OPEN ")) {
                child.process.destroyForcibly();
                throw new IllegalStateException("the child did not open " + file + ": " + first);
            }
            return child;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long pid() {
        return process.pid();
    }

    /** Kills the child at once (SIGKILL on Unix): no shutdown hook, no close, its lock file left behind. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Tells the child to close the file and waits for it to end. */
    @Override
    public void close() {
        if (process.isAlive()) {
            try {
                process.getOutputStream().close(); // end of input: the child closes the file and exits
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (IOException | InterruptedException e) {
                process.destroyForcibly();
            }
        }
    }

    /** The child: opens the file for writing, reports, waits for the end of its input, closes the file. */
    public static void main(String[] args) throws IOException {
        try (ProjectFile file = ProjectFile.open(Path.of(args[0]), OpenMode.READ_WRITE)) {
            System.out.println("OPEN " + ProcessHandle.current().pid());
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the file until the parent closes our input
            }
        }
    }
}
