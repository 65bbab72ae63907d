package org.esgstudio.office.review;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.esgstudio.data.Project;
import org.esgstudio.figures.ValidationReport;
import org.esgstudio.i18n.TargetFile;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.model.Report;
import org.esgstudio.review.CommentAnchors;
import org.esgstudio.review.CommentThread;
import org.esgstudio.review.PlacedThread;

/**
 * A Word review copy of a project (.docx): the report with Word heading styles, footnotes, case-study boxes, tables
 * and pictures, every figure that disagrees with the store shaded red, and every finding of {@code validation} a
 * Word comment at its place, and the review comment threads the options ask for as Word comments by their authors,
 * on the figure or block they are about. Pure but for the final write, which goes through a temporary file beside
 * the target.
 */
public final class ReviewCopy {

    private ReviewCopy() {
    }

    /**
     * What was written: comments (one per finding and one per review comment thread), shaded figures, footnotes,
     * pictures, and how many of the comments are review comment threads.
     */
    public record Result(int comments, int highlightedFigures, int footnotes, int images, int threads) {
    }

    /** How many chapters {@link ReviewCopyOptions#chapter} can choose from (chapters and features, not front/back matter). */
    public static int chapterCount(Report report) {
        return report.chapters().size();
    }

    public static Result write(Project project, ValidationReport validation, ReviewCopyOptions options, Path target) {
        return write(project, validation, List.of(), options, target, ReviewProgress.NONE);
    }

    /** A copy carrying the review comment {@code threads} that {@link ReviewCopyOptions#threads} asks for. */
    public static Result write(Project project, ValidationReport validation, List<CommentThread> threads,
                               ReviewCopyOptions options, Path target) {
        return write(project, validation, threads, options, target, ReviewProgress.NONE);
    }

    public static Result write(Project project, ValidationReport validation, ReviewCopyOptions options, Path target,
                               ReviewProgress progress) {
        return write(project, validation, List.of(), options, target, progress);
    }

    /**
     * Writes the copy to {@code target}, complete or not at all (a cancelled export throws
     * {@link java.util.concurrent.CancellationException} and leaves nothing). An unwritable target is a
     * {@link UserFacingException} naming it.
     */
    public static Result write(Project project, ValidationReport validation, List<CommentThread> threads,
                               ReviewCopyOptions options, Path target, ReviewProgress progress) {
        try (XWPFDocument document = new XWPFDocument()) {
            Result result = build(document, project, validation, threads, options, progress);
            TargetFile.write(target, document::write);
            return result;
        } catch (IOException e) {
            throw new UserFacingException(e, "target.unwritable", target.toAbsolutePath().normalize(),
                    e.getMessage());
        }
    }

    /** Writes the copy to a stream (the caller owns the stream and what happens to it on failure). */
    public static Result write(Project project, ValidationReport validation, ReviewCopyOptions options, OutputStream out,
                               ReviewProgress progress) {
        return write(project, validation, List.of(), options, out, progress);
    }

    /** As {@link #write(Project, ValidationReport, ReviewCopyOptions, OutputStream, ReviewProgress)}, with threads. */
    public static Result write(Project project, ValidationReport validation, List<CommentThread> threads,
                               ReviewCopyOptions options, OutputStream out, ReviewProgress progress) {
        try (XWPFDocument document = new XWPFDocument()) {
            Result result = build(document, project, validation, threads, options, progress);
            document.write(out);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Result build(XWPFDocument document, Project project, ValidationReport validation,
                                List<CommentThread> threads, ReviewCopyOptions options, ReviewProgress progress) {
        Report report = project.report();
        List<PlacedThread> placed = threads.isEmpty() ? List.of() : new CommentAnchors(project).place(threads);
        ReviewSelection selection = ReviewSelection.of(report, validation, placed, options);
        WordStyles.apply(document, options.language());
        document.getProperties().getCoreProperties().setTitle(report.settings().title().in(options.language()));
        document.getProperties().getCoreProperties().setCreator("ESG Report Studio");
        ReviewContext context = new ReviewContext(document, project, report, options,
                new FindingPlacement(selection.findings()), new ThreadPlacement(selection.threads()),
                Calendar.getInstance());
        new ReportWriter(context).write(selection, progress);
        return new Result(context.comments.count(), context.runs.highlighted(), context.footnotes.count(),
                context.images(), context.comments.threads());
    }
}
