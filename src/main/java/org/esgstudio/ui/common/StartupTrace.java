package org.esgstudio.ui.common;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/** With {@code -Desgstudio.trace=true}: prints the milliseconds since the JVM started at each step of start-up. */
public final class StartupTrace {
    private static final boolean ON = Boolean.getBoolean("esgstudio.trace");

    private StartupTrace() {
    }

    public static void step(String step) {
        if (ON) {
            System.out.printf(Locale.ROOT, "  %5d ms  %s%n",
                    System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime(), step);
        }
    }
}
