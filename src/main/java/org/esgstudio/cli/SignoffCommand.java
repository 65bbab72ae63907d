package org.esgstudio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.esgstudio.data.Project;
import org.esgstudio.figures.Validator;
import org.esgstudio.i18n.Messages;
import org.esgstudio.review.Approval;
import org.esgstudio.review.ApprovalCheck;
import org.esgstudio.review.ChapterSignOff;
import org.esgstudio.review.SignOff;
import org.esgstudio.review.SignOffReport;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code signoff FILE.esg}: the review dashboard per chapter (figures verified, approved, in error, awaiting
 * approval), then every approval revoked by a later change. Exit 1 while the report has validation errors.
 */
@Command(name = "signoff", mixinStandardHelpOptions = true)
final class SignoffCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.esg", descriptionKey = "signoff.file")
    Path file;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Project project;
        List<Approval> approvals;
        try (ProjectFile projectFile = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            project = projectFile.load();
            approvals = projectFile.approvals();
        }
        SignOffReport report = SignOff.evaluate(project, approvals,
                Validator.validate(project.report(), project.data(), project.report().settings().year()));
        PrintWriter out = spec.commandLine().getOut();
        out.println(Messages.get("signoff.heading", file));
        for (ChapterSignOff chapter : report.chapters()) {
            out.println(Messages.get("signoff.chapter", chapter.title(), chapter.figures(), chapter.verified(),
                    chapter.approved(), chapter.inError(), chapter.awaitingApproval(), chapter.unverified()));
        }
        List<ApprovalCheck> revoked = report.revoked();
        for (ApprovalCheck check : revoked) {
            Approval approval = check.approval();
            out.println(Messages.get("signoff.revoked", approval.target(), approval.reviewer(),
                    approval.at().toString()));
        }
        long valid = report.approvals().stream().filter(ApprovalCheck::isValid).count();
        out.println(Messages.get("signoff.summary", valid, revoked.size(), report.validationErrors(),
                report.unapproved().size()));
        out.println(Messages.get(report.readyForFinal() ? "signoff.ready" : "signoff.notReady"));
        return report.validationErrors() > 0 ? Cli.REPORT_HAS_ERRORS : Cli.OK;
    }
}
