package org.esgstudio.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.esgstudio.data.Project;
import org.esgstudio.i18n.Messages;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.office.template.Departments;
import org.esgstudio.office.template.TemplateExport;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code export-template FILE.esg --department NAME -o OUT.xlsx [--year Y]}: a department's data-collection workbook. */
@Command(name = "export-template", mixinStandardHelpOptions = true)
final class ExportTemplateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.esg", descriptionKey = "cli.exportTemplate.file")
    Path file;

    @Option(names = "--department", required = true, paramLabel = "NAME", descriptionKey = "cli.exportTemplate.department")
    String department;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.xlsx",
            descriptionKey = "cli.exportTemplate.output")
    Path output;

    @Option(names = "--year", paramLabel = "Y", descriptionKey = "cli.exportTemplate.year")
    Integer year;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (year != null && (year < 1901 || year > 2999)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    Messages.get("cli.usage.invalidValue", "--year", year), spec.findOption("--year"), String.valueOf(year));
        }
        Project project;
        try (ProjectFile projectFile = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            project = projectFile.load();
        }
        List<String> departments = Departments.of(project.data());
        if (departments.isEmpty()) {
            throw new UserFacingException("template.noDepartments", file);
        }
        String owner = Departments.match(project.data(), department).orElseThrow(() -> new UserFacingException(
                "template.unknownDepartment", file, department, String.join("、", departments)));
        int collected = year != null ? year : project.report().settings().year();
        TemplateExport.Result result = TemplateExport.write(project, owner, collected, output);
        spec.commandLine().getOut().println(Messages.get("cli.exportTemplate.done", output, result.department(),
                result.year(), result.indicators()));
        return Cli.OK;
    }
}
