package org.esgstudio.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.esgstudio.data.Project;
import org.esgstudio.i18n.Messages;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.review.Approval;
import org.esgstudio.review.Approvals;
import org.esgstudio.store.Authors;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code approve FILE.esg (--value CODE@YEAR | --block ID [--figure TEXT]) [--reviewer NAME]}: records a reviewer's sign-off with a
 * fingerprint of what was approved. The target is checked against a read-only view first, so a refused approval
 * leaves the file as it was.
 */
@Command(name = "approve", mixinStandardHelpOptions = true)
final class ApproveCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.esg", descriptionKey = "cli.approve.file")
    Path file;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--value", paramLabel = "CODE@YEAR", descriptionKey = "cli.approve.value")
        String value;

        @Option(names = "--block", paramLabel = "ID", descriptionKey = "cli.approve.block")
        String block;
    }

    @Option(names = "--figure", paramLabel = "TEXT", descriptionKey = "cli.approve.figure")
    String figure;

    @Option(names = "--reviewer", paramLabel = "NAME", descriptionKey = "cli.approve.reviewer")
    String reviewer;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        String who = reviewer == null || reviewer.isBlank() ? Authors.current() : reviewer.strip();
        String code = null;
        int year = 0;
        if (figure != null && target.block == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    Messages.get("cli.approve.figureWithoutBlock"));
        }
        if (target.value != null) {
            int at = target.value.lastIndexOf('@');
            try {
                code = target.value.substring(0, Math.max(at, 0)).strip();
                year = Integer.parseInt(target.value.substring(at + 1).strip());
            } catch (NumberFormatException | IndexOutOfBoundsException e) {
                code = "";
            }
            if (at <= 0 || code.isEmpty()) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        Messages.get("cli.usage.invalidValue", "--value", target.value));
            }
        }
        try (ProjectFile readOnly = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            approval(readOnly.load(), code, year, who, Instant.now());
        }
        Approval stored;
        try (ProjectFile projectFile = ProjectFile.open(file, OpenMode.READ_WRITE)) {
            StoreNotices.print(projectFile, spec.commandLine().getErr());
            stored = projectFile.approve(approval(projectFile.load(), code, year, who, Instant.now()));
        }
        spec.commandLine().getOut().println(Messages.get("cli.approve.done", file, stored.target(), stored.reviewer(),
                stored.at().toString(), stored.hash().substring(0, 12)));
        return Cli.OK;
    }

    private Approval approval(Project project, String code, int year, String who, Instant now) {
        Optional<Approval> approval = code != null ? Approvals.value(project, code, year, who, now)
                : figure != null ? Approvals.figureAsWritten(project, target.block, figure.strip(), who, now)
                : Approvals.block(project, target.block, who, now);
        if (approval.isPresent()) {
            return approval.get();
        }
        if (code != null) {
            throw new UserFacingException("cli.approve.noValue", file, code, year);
        }
        if (figure != null && org.esgstudio.model.ReportQuery.block(project.report(), target.block).isPresent()) {
            throw new UserFacingException("cli.approve.noFigure", file, target.block, figure.strip());
        }
        throw new UserFacingException("cli.approve.noBlock", file, target.block);
    }
}
