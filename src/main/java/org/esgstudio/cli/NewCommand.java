package org.esgstudio.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.esgstudio.data.DataSet;
import org.esgstudio.data.Project;
import org.esgstudio.i18n.Messages;
import org.esgstudio.json.ReportFolder;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Report;
import org.esgstudio.model.ReportSettings;
import org.esgstudio.store.Authors;
import org.esgstudio.store.ProjectFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code new FILE.esg [--year Y] [--company NAME] [--from FOLDER]}: a blank project, or one made from a report folder. */
@Command(name = "new", mixinStandardHelpOptions = true)
final class NewCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.esg", descriptionKey = "cli.new.file")
    Path file;

    @Option(names = "--year", paramLabel = "Y", descriptionKey = "cli.new.year")
    Integer year;

    @Option(names = "--company", paramLabel = "NAME", descriptionKey = "cli.new.company")
    String company;

    @Option(names = "--from", paramLabel = "FOLDER", descriptionKey = "cli.new.from")
    Path from;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        String author = Authors.current();
        Project project;
        String summary;
        if (from != null) {
            project = ReportFolder.read(from, author, Instant.now());
            summary = Messages.get("cli.summary.createdFrom", from.getFileName());
        } else {
            int reportingYear = year != null ? year : Year.now().getValue() - 1;
            String name = company != null ? company : Messages.get("cli.blankCompany");
            project = new Project(Report.blank(name, reportingYear), DataSet.empty(), List.of());
            summary = Messages.get("cli.summary.created");
        }
        project = project.withReport(overridden(project.report()));
        ProjectFile.create(file, project, author, summary);
        spec.commandLine().getOut().println(Messages.get("cli.created", file, summary));
        return Cli.OK;
    }

    /** --company and --year also apply to a report made from a folder: last year's report as this year's start. */
    private Report overridden(Report report) {
        ReportSettings s = report.settings();
        if (from == null || (company == null && year == null)) {
            return report;
        }
        LocalizedText companyName = company == null ? s.company() : LocalizedText.zh(company);
        int shift = year == null ? 0 : year - s.year();
        List<Integer> comparison = new ArrayList<>();
        s.comparisonYears().forEach(y -> comparison.add(y + shift));
        return report.withSettings(new ReportSettings(companyName, company == null ? s.shortName() : companyName,
                s.year() + shift, comparison, s.title(), s.languages(), s.theme(), s.numberedSections()));
    }
}
