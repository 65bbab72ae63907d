package org.esgstudio.ui.export;

import java.util.concurrent.CancellationException;
import org.esgstudio.data.Project;
import org.esgstudio.figures.Severity;
import org.esgstudio.figures.ValidationReport;
import org.esgstudio.figures.Validator;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.layout.report.Edition;
import org.esgstudio.model.Language;
import org.esgstudio.office.review.ReviewCopy;
import org.esgstudio.office.review.ReviewCopyOptions;
import org.esgstudio.office.review.ReviewProgress;
import org.esgstudio.office.template.TemplateExport;
import org.esgstudio.ui.common.I18n;

/** The Word and Excel exports of the dialog, as the same code the command line runs ({@code export-docx}, {@code export-template}). */
final class OfficeExports {
    private OfficeExports() {
    }

    /**
     * The Word review copy of the project as it was when Export was pressed: validated afresh (the live validation may
     * be a pause behind the last keystroke), every error and warning (and with {@code allFindings} every info note)
     * a comment at its place, and the open review comment {@code threads} as comments by their authors.
     */
    static ExportJob.OfficeWork reviewCopy(Project project, java.util.function.Supplier<
            java.util.List<org.esgstudio.review.CommentThread>> threads, Edition edition, Integer chapter,
                                           boolean allFindings) {
        return (staging, cancelled) -> {
            ValidationReport findings = Validator.validate(project.report(), project.data(),
                    project.report().settings().year());
            ReviewCopyOptions options = ReviewCopyOptions.DEFAULT.withChapter(chapter)
                    .withLanguage(edition == Edition.EN ? Language.EN : Language.ZH)
                    .withMinimumSeverity(allFindings ? Severity.INFO : Severity.WARNING);
            ReviewCopy.Result result = ReviewCopy.write(org.esgstudio.ui.common.Frameworks.prepared(project), findings,
                    threads.get(), options, staging,
                    new ReviewProgress() {
                        @Override
                        public void advanced(int done, int total) {
                            if (cancelled.getAsBoolean()) {
                                throw new CancellationException();
                            }
                        }

                        @Override
                        public boolean cancelled() {
                            return cancelled.getAsBoolean();
                        }
                    });
            return I18n.text("ui.export.docxSummary", result.comments(), result.highlightedFigures());
        };
    }

    /** The data-collection workbook of {@code department} for the report's year. */
    static ExportJob.OfficeWork template(Project project, String department) {
        return (staging, cancelled) -> {
            if (department == null || department.isBlank()) {
                throw new UserFacingException("ui.export.noDepartment");
            }
            TemplateExport.Result result = TemplateExport.write(project, department,
                    project.report().settings().year(), staging);
            return I18n.text("ui.export.templateSummary", result.department(), result.indicators(), result.year());
        };
    }
}
