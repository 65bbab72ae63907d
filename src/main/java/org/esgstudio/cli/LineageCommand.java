package org.esgstudio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.esgstudio.data.Project;
import org.esgstudio.i18n.Messages;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.review.Lineages;
import org.esgstudio.review.ValueChange;
import org.esgstudio.review.ValueLineage;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lineage FILE.esg --value CODE@YEAR [--json]}: where a value comes from (file and cell, or typed in the app),
 * who entered it when, its note, every earlier value oldest first, its sign-off and where the report cites it.
 * Read-only; exit 2 for an indicator the store does not have or a value never entered.
 */
@Command(name = "lineage", mixinStandardHelpOptions = true)
final class LineageCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.esg", descriptionKey = "lineage.cli.file")
    Path file;

    @Option(names = "--value", required = true, paramLabel = "CODE@YEAR", descriptionKey = "lineage.cli.value")
    String value;

    @Option(names = "--json", descriptionKey = "lineage.cli.json")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        int at = value.lastIndexOf('@');
        String code = at <= 0 ? "" : value.substring(0, at).strip();
        int year;
        try {
            year = Integer.parseInt(value.substring(at + 1).strip());
        } catch (NumberFormatException e) {
            year = 0;
        }
        if (code.isEmpty() || year < 1901 || year > 2999) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    Messages.get("cli.usage.invalidValue", "--value", value), spec.findOption("--value"), value);
        }
        ValueLineage lineage;
        try (ProjectFile projectFile = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            Project project = projectFile.load();
            if (!project.data().hasIndicator(code)) {
                throw new UserFacingException("lineage.cli.unknownIndicator", projectFile.path(), code);
            }
            List<ValueChange> history = projectFile.valueHistory(code, year);
            int wanted = year;
            lineage = Lineages.of(project, code, year, history, Lineages.review(project, projectFile.approvals()))
                    .orElseThrow(() -> new UserFacingException("lineage.cli.noValue", projectFile.path(), code,
                            wanted));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(LineageJson.of(lineage));
        } else {
            LineageText.print(lineage, out);
        }
        return Cli.OK;
    }
}
