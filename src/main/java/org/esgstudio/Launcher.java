package org.esgstudio;

import java.util.Locale;
import org.esgstudio.cli.Cli;
import org.esgstudio.ui.StudioApp;
import org.esgstudio.ui.UiBench;

/**
 * The jar's entry point. With no arguments (or just a project file) it opens the app; with a subcommand it runs
 * headless. It must not extend {@code Application}: JavaFX on the class path requires a separate launcher.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || (args.length == 1 && args[0].toLowerCase(Locale.ROOT).endsWith(".esg"))) {
            StudioApp.launchWith(args);
            return;
        }
        if (args[0].equals("bench-ui")) { // the window's own benchmark (needs a display): see docs/PERFORMANCE.md
            UiBench.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (CommandLineJvm.shouldRelaunch(args)) {
            System.exit(CommandLineJvm.relaunch(args));
        }
        System.exit(Cli.run(args));
    }
}
