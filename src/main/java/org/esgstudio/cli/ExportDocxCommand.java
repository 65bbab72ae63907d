package org.esgstudio.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.esgstudio.data.Project;
import org.esgstudio.figures.Severity;
import org.esgstudio.figures.ValidationReport;
import org.esgstudio.figures.Validator;
import org.esgstudio.i18n.Messages;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.model.Language;
import org.esgstudio.review.CommentThread;
import org.esgstudio.office.review.CommentScope;
import org.esgstudio.office.review.ReviewCopy;
import org.esgstudio.office.review.ReviewCopyOptions;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code export-docx FILE.esg -o OUT.docx [--chapter N] [--lang zh|en] [--comments error|warning|info]
 * [--review-comments open|all|none]}: the Word review copy, every validation finding a comment, and the review comment
 * threads asked for (open ones by default) as comments by their authors. Exit 0 when written (findings are what the
 * copy is for), 2 on bad usage or a chapter the report does not have, with nothing written.
 */
@Command(name = "export-docx", mixinStandardHelpOptions = true)
final class ExportDocxCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.esg", descriptionKey = "cli.exportDocx.file")
    Path file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.docx", descriptionKey = "cli.exportDocx.output")
    Path output;

    @Option(names = "--chapter", paramLabel = "N", descriptionKey = "cli.exportDocx.chapter")
    Integer chapter;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", descriptionKey = "cli.exportDocx.lang")
    String language;

    @Option(names = "--comments", paramLabel = "error|warning|info", defaultValue = "warning",
            descriptionKey = "cli.exportDocx.comments")
    String comments;

    @Option(names = "--review-comments", paramLabel = "open|all|none", defaultValue = "open",
            descriptionKey = "comment.cli.exportDocx")
    String reviewComments;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Language chosen = switch (language.toLowerCase(Locale.ROOT)) {
            case "zh" -> Language.ZH;
            case "en" -> Language.EN;
            default -> throw invalid("--lang", language);
        };
        Severity minimum = switch (comments.toLowerCase(Locale.ROOT)) {
            case "error" -> Severity.ERROR;
            case "warning" -> Severity.WARNING;
            case "info" -> Severity.INFO;
            default -> throw invalid("--comments", comments);
        };
        CommentScope threadScope = switch (reviewComments.toLowerCase(Locale.ROOT)) {
            case "open" -> CommentScope.OPEN;
            case "all" -> CommentScope.ALL;
            case "none" -> CommentScope.NONE;
            default -> throw invalid("--review-comments", reviewComments);
        };
        long start = System.nanoTime();
        Project project;
        java.util.List<CommentThread> threads;
        try (ProjectFile projectFile = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            project = projectFile.load();
            threads = threadScope == CommentScope.NONE ? java.util.List.of() : projectFile.comments().threads();
        }
        int chapters = ReviewCopy.chapterCount(project.report());
        if (chapter != null && (chapter < 1 || chapter > chapters)) {
            throw new UserFacingException("cli.exportDocx.badChapter", file, chapter, chapters);
        }
        ValidationReport findings = Validator.validate(project.report(), project.data(),
                project.report().settings().year());
        ReviewCopy.Result result = ReviewCopy.write(FrameworkCatalogues.prepared(project), findings, threads,
                new ReviewCopyOptions(chapter, chosen, minimum, threadScope), output);
        double seconds = (System.nanoTime() - start) / 1e9;
        spec.commandLine().getOut().println(Messages.get("cli.exportDocx.done", output, result.comments(),
                result.highlightedFigures(), result.footnotes(), result.images(),
                String.format(Locale.ROOT, "%.2f", seconds)));
        if (result.threads() > 0) {
            spec.commandLine().getOut().println(Messages.get("comment.cli.exportedThreads", result.threads()));
        }
        return Cli.OK;
    }

    private picocli.CommandLine.ParameterException invalid(String option, String value) {
        return new picocli.CommandLine.ParameterException(spec.commandLine(),
                Messages.get("cli.usage.invalidValue", option, value), spec.findOption(option), value);
    }
}
