package org.esgstudio.offline;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.esgstudio.cli.Cli;

/**
 * Runs several commands of the command line ({@link Cli#run}) one after the other in one JVM, as the offline test's
 * child: the arguments are the commands' words, commands separated by {@value #THEN}. After each command it prints
 * {@value #EXIT} and the exit code on a line of its own.
 */
public final class CommandSequence {
    public static final String THEN = "--then";
    public static final String EXIT = "##exit ";

    private CommandSequence() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        List<String> command = new ArrayList<>();
        for (int i = 0; i <= args.length; i++) {
            if (i == args.length || args[i].equals(THEN)) {
                int code = Cli.run(command.toArray(String[]::new), out, err);
                out.println(EXIT + code);
                command.clear();
            } else {
                command.add(args[i]);
            }
        }
    }
}
