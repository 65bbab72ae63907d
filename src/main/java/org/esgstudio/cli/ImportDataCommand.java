package org.esgstudio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.esgstudio.data.Project;
import org.esgstudio.i18n.Messages;
import org.esgstudio.office.DataImport;
import org.esgstudio.store.Authors;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code import-data FILE.esg BOOK.xlsx|DATA.csv}: brings a department's KPI workbook into the project's data store,
 * all or nothing, as one revision. The workbook is read and checked against a read-only view of the project first; the
 * project is opened for writing only when the import is sound and changes something, so a refused or idle import
 * leaves the file byte for byte (and time stamp) as it was.
 */
@Command(name = "import-data", mixinStandardHelpOptions = true)
final class ImportDataCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.esg", descriptionKey = "cli.importData.file")
    Path file;

    @Parameters(index = "1", paramLabel = "BOOK.xlsx|DATA.csv", descriptionKey = "cli.importData.book")
    Path book;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        String author = Authors.current();
        Instant now = Instant.now();
        Project before;
        try (ProjectFile projectFile = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            before = projectFile.load();
        }
        DataImport.Result result = DataImport.read(book, before, author, now);
        PrintWriter out = spec.commandLine().getOut();
        if (result.changesNothing() && result.merged().equals(before.data())) {
            out.println(Messages.get("cli.importData.noChange", book, file));
            return Cli.OK;
        }
        String summary = Messages.get("cli.summary.importedData", result.fileName());
        boolean changed;
        try (ProjectFile projectFile = ProjectFile.open(file, OpenMode.READ_WRITE)) {
            StoreNotices.print(projectFile, spec.commandLine().getErr());
            Project current = projectFile.load();
            if (!current.data().equals(before.data())) {
                // Someone saved the project meanwhile: merge into what is there now.
                result = DataImport.read(book, current, author, now);
            }
            changed = projectFile.save(current.withData(result.merged()), author, summary);
        }
        if (changed) {
            out.println(Messages.get("cli.importData.done", book, file, result.indicatorsChanged(),
                    result.valuesChanged(), result.rulesChanged()));
        } else {
            out.println(Messages.get("cli.importData.noChange", book, file));
        }
        return Cli.OK;
    }
}
