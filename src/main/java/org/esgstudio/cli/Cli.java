package org.esgstudio.cli;

import java.io.PrintWriter;
import org.esgstudio.i18n.Messages;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.store.Backups;
import picocli.CommandLine;

/** Runs the headless commands: exit 0 done, 1 done but the report has errors, 2 bad usage or input, 3 a bug. */
public final class Cli {
    public static final int OK = 0;
    public static final int REPORT_HAS_ERRORS = 1;
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL_ERROR = 3;

    private Cli() {
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new EsgCommand());
        commandLine.setResourceBundle(Messages.bundle());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof UserFacingException problem) {
                err.println("esg-studio: " + problem.getMessage() + backupOffer(problem));
                return BAD_INPUT;
            }
            err.println("esg-studio: " + Messages.get("cli.internalError", e));
            e.printStackTrace(err);
            return INTERNAL_ERROR;
        });
        commandLine.setParameterExceptionHandler((e, parsed) -> {
            err.println("esg-studio: " + UsageProblem.describe(e));
            return BAD_INPUT;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** For a damaged project file with a sound backup: which one, and the command that restores it. */
    private static String backupOffer(UserFacingException problem) {
        try {
            return Backups.standard().offerFor(problem).map(backup -> Messages.get("backup.offer", backup.atText(),
                    backup.file(), problem.args()[0])).orElse("");
        } catch (RuntimeException unavailable) {
            return ""; // the problem itself is what to report
        }
    }

    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }
}
