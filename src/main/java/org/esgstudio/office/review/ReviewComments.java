package org.esgstudio.office.review;

import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.esgstudio.figures.Finding;
import org.esgstudio.figures.FindingKind;
import org.esgstudio.i18n.Messages;
import org.esgstudio.review.Comment;
import org.esgstudio.review.CommentAnchor;
import org.esgstudio.review.CommentEvent;
import org.esgstudio.review.CommentThread;
import org.esgstudio.review.PlacedThread;

/**
 * Validation findings as Word comments by "ESG 报告工作台": the finding's severity and message, then what the store
 * says where the finding has an expected value, so that a department head can answer in Word. Review comment threads
 * as Word comments by their authors: the first comment, then each answer as following paragraphs headed by its
 * author and date (LibreOffice does not show Word's reply threads, see ADR 0015).
 */
final class ReviewComments {
    private final XWPFComments comments;
    private final Locale locale;
    private final Calendar date;
    private final ZoneId zone = ZoneId.systemDefault();
    private int next;
    private int threads;

    ReviewComments(XWPFDocument document, Locale locale, Calendar date) {
        this.comments = document.createComments();
        this.locale = locale;
        this.date = date;
    }

    int count() {
        return next;
    }

    /** How many of the comments are review comment threads. */
    int threads() {
        return threads;
    }

    String author() {
        return Messages.format(locale, "docx.export.author");
    }

    /** A new comment holding the finding; its id goes in the text's range marks. */
    BigInteger add(Finding finding) {
        BigInteger id = BigInteger.valueOf(next++);
        XWPFComment comment = comments.createComment(id);
        comment.setAuthor(author());
        comment.setInitials("ESG");
        comment.setDate(date);
        paragraph(comment, Messages.format(locale, "docx.export.severity." + finding.severity().name())
                + " " + finding.message(locale));
        if (!finding.expected().isBlank() && finding.kind() != FindingKind.YOY) {
            paragraph(comment, Messages.format(locale, "docx.export.expected", finding.expected()));
        }
        return id;
    }

    /**
     * A new comment holding a review thread: by its author at its time, a status line when it is resolved or its anchor
     * is lost, the figure it is about when it is not anchored on that figure's characters ({@code atFigure} false),
     * its text, then each answer. Its id goes in the text's range marks.
     */
    BigInteger add(PlacedThread placed, boolean atFigure) {
        CommentThread thread = placed.thread();
        BigInteger id = BigInteger.valueOf(next++);
        threads++;
        XWPFComment comment = comments.createComment(id);
        comment.setAuthor(thread.author());
        comment.setInitials(initials(thread.author()));
        comment.setDate(GregorianCalendar.from(ZonedDateTime.ofInstant(thread.at(), zone)));
        if (!thread.isOpen()) {
            CommentEvent change = thread.lastChange();
            paragraph(comment, Messages.format(locale, "comment.docx.resolved", change.who(), when(change.at())));
        }
        CommentAnchor anchor = thread.anchor();
        if (placed.orphaned()) {
            paragraph(comment, Messages.format(locale, "comment.docx.lost." + placed.orphan().name(), anchor.blockId(),
                    anchor.figureLabel()));
        } else if (anchor.onFigure() && !atFigure) {
            paragraph(comment, Messages.format(locale, "comment.docx.aboutFigure", anchor.figureLabel()));
        }
        body(comment, thread.opening());
        for (Comment reply : thread.replies()) {
            XWPFParagraph heading = comment.createParagraph();
            heading.setStyle(WordStyles.COMMENT_TEXT);
            XWPFRun run = heading.createRun();
            run.setBold(true);
            run.setText(Messages.format(locale, "comment.docx.reply", reply.author(), when(reply.at())));
            body(comment, reply);
        }
        return id;
    }

    private static void body(XWPFComment comment, Comment written) {
        for (String line : written.body().split("\n")) {
            paragraph(comment, line);
        }
    }

    private String when(Instant at) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(at.atZone(zone));
    }

    /** Word shows initials where there is no room for the name: the first two characters of it. */
    private static String initials(String author) {
        String name = author.strip();
        return name.codePointCount(0, name.length()) <= 2 ? name
                : name.substring(0, name.offsetByCodePoints(0, 2));
    }

    private static void paragraph(XWPFComment comment, String text) {
        XWPFParagraph paragraph = comment.createParagraph();
        paragraph.setStyle(WordStyles.COMMENT_TEXT);
        paragraph.createRun().setText(text);
    }
}
