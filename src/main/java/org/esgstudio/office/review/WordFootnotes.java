package org.esgstudio.office.review;

import java.util.List;
import java.util.function.Function;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.esgstudio.model.Footnote;

/**
 * The report's footnotes as real Word footnotes, numbered by Word in reading order (1, 2, 3 … rather than the printed
 * ①②③): each reference in the text gets its own footnote, as Word allows one reference per note.
 */
final class WordFootnotes {
    private final XWPFDocument document;
    private final Function<Footnote, List<Piece>> text;
    private int count;

    WordFootnotes(XWPFDocument document, Function<Footnote, List<Piece>> text) {
        this.document = document;
        this.text = text;
    }

    int count() {
        return count;
    }

    /** A footnote reference at the end of the paragraph, and the note itself. */
    void reference(XWPFParagraph paragraph, Piece.Note note) {
        if (note.footnote() == null) {
            XWPFRun star = paragraph.createRun();
            star.setText("*");
            star.setStyle(WordStyles.FOOTNOTE_REFERENCE);
            return;
        }
        XWPFFootnote footnote = document.createFootnote();
        XWPFParagraph body = footnote.createParagraph();
        body.setStyle(WordStyles.FOOTNOTE_TEXT);
        XWPFRun space = body.createRun();
        space.setText(" ");
        for (Piece piece : text.apply(note.footnote())) {
            if (piece.shown().isEmpty()) {
                continue;
            }
            XWPFRun run = body.createRun();
            run.setText(piece.shown());
            if (piece instanceof Piece.Text t && t.bold()) {
                run.setBold(true);
            }
        }
        paragraph.addFootnoteReference(footnote);
        count++;
    }

    /** References to notes attached to an element rather than quoted in its text (table titles, rows, tiles). */
    void references(XWPFParagraph paragraph, List<Footnote> notes) {
        for (Footnote note : notes) {
            reference(paragraph, new Piece.Note(note.id(), note));
        }
    }
}
