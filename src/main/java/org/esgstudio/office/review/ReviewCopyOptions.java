package org.esgstudio.office.review;

import java.util.Objects;
import org.esgstudio.figures.Severity;
import org.esgstudio.model.Language;

/**
 * What a review copy holds: the whole report or one chapter ({@code chapter}, 1-based over the report's chapters and
 * features in reading order; front and back matter are not counted and are left out of a one-chapter copy), the
 * language of its text, the least severe finding that becomes a comment ({@link Severity#WARNING} by default: errors and warnings; {@link Severity#INFO}: all of them),
 * and which review comment threads come along as Word comments ({@link CommentScope#OPEN} by default).
 */
public record ReviewCopyOptions(Integer chapter, Language language, Severity minimumSeverity, CommentScope threads) {
    /**
     * The whole report in Chinese, errors and warnings as comments: the info notes ("a figure matched to no
     * indicator", 490 on the main sample) would bury the comments a department head has to answer.
     */
    public static final ReviewCopyOptions DEFAULT = new ReviewCopyOptions(null, Language.ZH, Severity.WARNING,
            CommentScope.OPEN);

    public ReviewCopyOptions {
        if (chapter != null && chapter < 1) {
            throw new IllegalArgumentException("chapters are counted from 1, not " + chapter);
        }
        language = Objects.requireNonNullElse(language, Language.ZH);
        minimumSeverity = Objects.requireNonNullElse(minimumSeverity, Severity.WARNING);
        threads = Objects.requireNonNullElse(threads, CommentScope.OPEN);
    }

    /** The open comment threads come along. */
    public ReviewCopyOptions(Integer chapter, Language language, Severity minimumSeverity) {
        this(chapter, language, minimumSeverity, CommentScope.OPEN);
    }

    public ReviewCopyOptions withChapter(Integer number) {
        return new ReviewCopyOptions(number, language, minimumSeverity, threads);
    }

    public ReviewCopyOptions withLanguage(Language newLanguage) {
        return new ReviewCopyOptions(chapter, newLanguage, minimumSeverity, threads);
    }

    public ReviewCopyOptions withMinimumSeverity(Severity severity) {
        return new ReviewCopyOptions(chapter, language, severity, threads);
    }

    public ReviewCopyOptions withThreads(CommentScope scope) {
        return new ReviewCopyOptions(chapter, language, minimumSeverity, scope);
    }

    /** Whether a finding of this severity becomes a comment. */
    boolean comments(Severity severity) {
        return severity.ordinal() <= minimumSeverity.ordinal();
    }
}
