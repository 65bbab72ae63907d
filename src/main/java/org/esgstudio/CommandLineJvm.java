package org.esgstudio;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Re-launches a short command-line run in a JVM tuned for it: C1-only compilation and the serial collector. On two
 * cores the C2 compiler threads compete with a one-second export; measured, this takes a cold {@code export-pdf} of
 * the main sample from about 2.2 s to about 1.6 s, and a bare JVM start costs 30 ms (decision 0008). The user's own
 * JVM options are passed on; {@code ESGSTUDIO_NO_RELAUNCH=1} runs in place; {@code bench} always runs in place, since
 * it measures warm, fully compiled code.
 */
final class CommandLineJvm {
    static final String MARK = "esgstudio.relaunched";
    static final List<String> TUNING = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private CommandLineJvm() {
    }

    static boolean shouldRelaunch(String[] args) {
        return System.getProperty(MARK) == null && System.getenv("ESGSTUDIO_NO_RELAUNCH") == null
                && !"bench".equals(args[0]) && java().isPresent();
    }

    /**
     * The {@code java} of the running runtime. Not the process's own command: started by an installed package's
     * native launcher ({@code /opt/esg-studio/bin/esg-studio}), that is the launcher, which would take the JVM options
     * for the command's arguments. A runtime without {@code bin/java} runs the command in place.
     */
    static Optional<String> java() {
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        for (String name : List.of("java", "java.exe")) {
            Path executable = bin.resolve(name);
            if (Files.isExecutable(executable)) {
                return Optional.of(executable.toString());
            }
        }
        return Optional.empty();
    }

    /** Runs the command in a tuned child JVM with the same class path and options; returns its exit code. */
    static int relaunch(String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java().orElseThrow());
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments();
        command.addAll(options);
        for (String flag : TUNING) {
            String name = flag.replaceFirst("^-XX:[+-]?", "").replaceFirst("=.*", "");
            if (options.stream().noneMatch(option -> option.contains(name))) {
                command.add(flag);
            }
        }
        command.add("-D" + MARK + "=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Launcher.class.getName());
        command.addAll(List.of(args));
        try {
            Process child = new ProcessBuilder(command).inheritIO().start();
            Thread forward = new Thread(child::destroy, "esg-relaunch-stop");
            Runtime.getRuntime().addShutdownHook(forward);
            int code = child.waitFor();
            Runtime.getRuntime().removeShutdownHook(forward);
            return code;
        } catch (java.io.IOException | InterruptedException e) {
            // The tuned JVM could not be started: run here, only slower.
            return org.esgstudio.cli.Cli.run(args);
        }
    }
}
