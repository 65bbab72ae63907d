package org.esgstudio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.esgstudio.data.Project;
import org.esgstudio.figures.Finding;
import org.esgstudio.figures.Severity;
import org.esgstudio.figures.ValidationReport;
import org.esgstudio.figures.Validator;
import org.esgstudio.i18n.Messages;
import org.esgstudio.office.draft.DraftImport;
import org.esgstudio.store.Authors;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import-docx FILE.esg DRAFT.docx [--into CHAPTER]}: brings a chapter draft written in Word into the project as
 * one revision, all or nothing, and validates at once. The draft is read against a read-only view of the project
 * first; the project is opened for writing only when the draft is sound, so a refused draft leaves the file as it was.
 * It prints what was imported, notes on what was read differently from the draft, the findings located in the imported
 * blocks (errors and warnings, as {@code validate} prints them) and the counts of the whole report.
 *
 * <p>Exit status: 0 imported; 1 imported, but the imported content has validation errors (a figure that disagrees
 * with the store: the department's text needs a look) — errors elsewhere in the report were there before and do not
 * change the status of this import; 2 bad usage or a refused draft (nothing written).
 */
@Command(name = "import-docx", mixinStandardHelpOptions = true)
final class ImportDocxCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.esg", descriptionKey = "cli.importDocx.file")
    Path file;

    @Parameters(index = "1", paramLabel = "DRAFT.docx", descriptionKey = "cli.importDocx.draft")
    Path draft;

    @Option(names = "--into", paramLabel = "CHAPTER", descriptionKey = "cli.importDocx.into")
    String into;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        String author = Authors.current();
        Project before;
        try (ProjectFile projectFile = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            before = projectFile.load();
        }
        DraftImport.Result checked = DraftImport.read(draft, before, Optional.ofNullable(into));
        DraftImport.Result result;
        try (ProjectFile projectFile = ProjectFile.open(file, OpenMode.READ_WRITE)) {
            StoreNotices.print(projectFile, spec.commandLine().getErr());
            Project current = projectFile.load();
            // Someone may have saved the project meanwhile: then import into what is there now.
            result = current.equals(before) ? checked : DraftImport.read(draft, current, Optional.ofNullable(into));
            projectFile.save(result.project(), author, Messages.get("cli.summary.importedDocx", result.fileName()));
        }
        PrintWriter out = spec.commandLine().getOut();
        printImported(result, out);
        Project project = result.project();
        ValidationReport validation = Validator.validate(project.report(), project.data(),
                project.report().settings().year());
        List<Finding> imported = validation.findings().stream()
                .filter(finding -> finding.blockId() != null && result.blockIds().contains(finding.blockId()))
                .filter(finding -> finding.severity() != Severity.INFO)
                .toList();
        out.println(Messages.get("cli.importDocx.validation"));
        if (imported.isEmpty()) {
            out.println(Messages.get("cli.importDocx.clean"));
        } else {
            ValidationText.printFindings(project.report(), imported, out);
        }
        out.print(Messages.get("cli.importDocx.wholeReport"));
        ValidationText.printSummary(validation, out);
        boolean errors = imported.stream().anyMatch(finding -> finding.severity() == Severity.ERROR);
        return errors ? Cli.REPORT_HAS_ERRORS : Cli.OK;
    }

    private void printImported(DraftImport.Result result, PrintWriter out) {
        DraftImport.Counts c = result.counts();
        String counts = Messages.get("cli.importDocx.counts", c.chapters(), c.sections(), c.subHeads(), c.paragraphs(),
                c.lists(), c.tables(), c.dataTables(), c.images(), c.caseStudies(), c.footnotes());
        if (result.intoChapterId().isPresent()) {
            String title = result.project().report().chapters().stream()
                    .filter(chapter -> chapter.id().equals(result.intoChapterId().get()))
                    .map(chapter -> chapter.title().zh()).findFirst().orElse("");
            out.println(Messages.get("cli.importDocx.doneInto", draft, file, title, counts));
        } else {
            out.println(Messages.get("cli.importDocx.done", draft, file, counts));
        }
        result.notes().forEach(note -> out.println(Messages.get("cli.importDocx.note", note)));
    }
}
