package org.esgstudio.office.review;

import java.math.BigInteger;
import java.util.Calendar;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.esgstudio.figures.Finding;
import org.esgstudio.figures.FindingKind;
import org.esgstudio.i18n.Messages;

/**
 * Validation findings as Word comments by "ESG 报告工作台": the finding's severity and message, then what the store
 * says where the finding has an expected value, so that a department head can answer in Word.
 */
final class ReviewComments {
    private final XWPFComments comments;
    private final Locale locale;
    private final Calendar date;
    private int next;

    ReviewComments(XWPFDocument document, Locale locale, Calendar date) {
        this.comments = document.createComments();
        this.locale = locale;
        this.date = date;
    }

    int count() {
        return next;
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

    private static void paragraph(XWPFComment comment, String text) {
        XWPFParagraph paragraph = comment.createParagraph();
        paragraph.setStyle(WordStyles.COMMENT_TEXT);
        paragraph.createRun().setText(text);
    }
}
