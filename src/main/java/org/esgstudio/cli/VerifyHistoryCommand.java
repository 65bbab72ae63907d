package org.esgstudio.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.esgstudio.i18n.Messages;
import org.esgstudio.store.HistoryChain;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code verify-history FILE.esg}: checks the hash chain of the revision history; exit 1 at the first break. */
@Command(name = "verify-history", mixinStandardHelpOptions = true)
final class VerifyHistoryCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.esg", descriptionKey = "cli.verifyHistory.file")
    Path file;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        HistoryChain.Result result = HistoryChain.verify(file);
        if (result.intact()) {
            spec.commandLine().getOut().println(Messages.get("cli.verifyHistory.intact", result.revisionsChecked(),
                    result.headHash()));
            return Cli.OK;
        }
        // A break is the command's finding, like validate's errors: reported on standard output, exit 1.
        spec.commandLine().getOut().println(Messages.get("cli.verifyHistory.broken",
                file.toAbsolutePath().normalize(), result.firstBreak().orElseThrow().describe(),
                result.revisionsChecked()));
        return Cli.REPORT_HAS_ERRORS;
    }
}
