package org.esgstudio.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Where a command's time goes, from the JVM's start: for {@code export-pdf --timings}. */
final class PhaseClock {
    private final long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    private final List<String> laps = new ArrayList<>();
    private long last;

    PhaseClock() {
        last = jvmStart;
        lap("JVM start-up to the command");
    }

    void lap(String phase) {
        long now = System.currentTimeMillis();
        laps.add(String.format(Locale.ROOT, "%6d ms  %6d ms  %s", now - last, now - jvmStart, phase));
        last = now;
    }

    void print(PrintWriter out) {
        out.println("  phase      since start  what");
        laps.forEach(line -> out.println(line));
    }
}
