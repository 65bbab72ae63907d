package org.esgstudio.office.review;

import java.math.BigInteger;
import java.util.List;
import java.util.TreeSet;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;

/**
 * Writes pieces of text as Word runs: bold emphasis, footnote references, and the anchors laid over them — each
 * comment's {@code commentRangeStart}, {@code commentRangeEnd} and reference run around exactly its characters, the
 * characters of a disagreeing figure shaded red.
 */
final class RunWriter {
    /** Excel's "bad" colours: a light red fill, dark red text, readable in print and on screen. */
    static final String HIGHLIGHT_FILL = "FFC7CE";
    static final String HIGHLIGHT_TEXT = "9C0006";

    private final WordFootnotes footnotes;
    private int highlighted;

    RunWriter(WordFootnotes footnotes) {
        this.footnotes = footnotes;
    }

    /** How many disagreeing figures were shaded. */
    int highlighted() {
        return highlighted;
    }

    /** How runs look besides emphasis: bold, a colour (hex) and a size in half-points, each optional. */
    record Look(boolean bold, String colour, Integer halfPoints) {
        static final Look PLAIN = new Look(false, null, null);
        static final Look BOLD = new Look(true, null, null);
    }

    /**
     * Writes {@code pieces} after an optional {@code lead} (a list bullet, outside the anchors' coordinates).
     * {@code figuresAsOne}: a figure reference counts one character (the validator's marks) or its shown length
     * (anchors found by searching the shown text).
     */
    void write(XWPFParagraph paragraph, String lead, List<Piece> pieces, List<Anchor> anchors, Look look,
               boolean figuresAsOne) {
        if (lead != null && !lead.isEmpty()) {
            run(paragraph, lead, look.bold(), look, false);
        }
        State state = new State(paragraph, anchors);
        int position = 0;
        for (Piece piece : pieces) {
            if (piece instanceof Piece.Note note) {
                footnotes.reference(paragraph, note);
                continue;
            }
            String shown = piece.shown();
            boolean bold = look.bold() || (piece instanceof Piece.Text t && t.bold());
            if (piece instanceof Piece.Figure && figuresAsOne) {
                state.segment(position, position + 1, shown, bold, look);
                position++;
                continue;
            }
            TreeSet<Integer> cuts = new TreeSet<>();
            for (Anchor anchor : anchors) {
                cuts.add(anchor.start());
                cuts.add(anchor.end());
            }
            int from = position;
            int end = position + shown.length();
            for (int cut : cuts.subSet(position, false, end, false)) {
                state.segment(from, cut, shown.substring(from - position, cut - position), bold, look);
                from = cut;
            }
            if (from < end || shown.isEmpty()) {
                state.segment(from, end, shown.substring(from - position), bold, look);
            }
            position = end;
        }
        state.finish();
    }

    private final class State {
        private final XWPFParagraph paragraph;
        private final List<Anchor> anchors;
        private final boolean[] opened;
        private final boolean[] closed;

        State(XWPFParagraph paragraph, List<Anchor> anchors) {
            this.paragraph = paragraph;
            this.anchors = anchors;
            this.opened = new boolean[anchors.size()];
            this.closed = new boolean[anchors.size()];
        }

        void segment(int start, int end, String text, boolean bold, Look look) {
            boolean shade = false;
            for (int k = 0; k < anchors.size(); k++) {
                Anchor anchor = anchors.get(k);
                if (!opened[k] && anchor.start() <= start) {
                    open(k);
                }
                if (opened[k] && !closed[k] && anchor.highlight() && anchor.start() <= start && end <= anchor.end()
                        && end > start) {
                    shade = true;
                }
            }
            if (!text.isEmpty()) {
                run(paragraph, text, bold, look, shade);
            }
            for (int k = 0; k < anchors.size(); k++) {
                if (opened[k] && !closed[k] && anchors.get(k).end() <= end) {
                    close(k);
                }
            }
        }

        void finish() {
            for (int k = 0; k < anchors.size(); k++) {
                if (!opened[k]) {
                    open(k);
                }
                if (!closed[k]) {
                    close(k);
                }
            }
        }

        private void open(int k) {
            opened[k] = true;
            if (anchors.get(k).highlight()) {
                highlighted++;
            }
            for (BigInteger id : anchors.get(k).comments()) {
                paragraph.getCTP().addNewCommentRangeStart().setId(id);
            }
        }

        private void close(int k) {
            closed[k] = true;
            for (BigInteger id : anchors.get(k).comments()) {
                closeComment(paragraph.getCTP(), id);
            }
        }
    }

    /** The end of a comment's range and the run that carries its reference mark. */
    static void closeComment(CTP paragraph, BigInteger id) {
        paragraph.addNewCommentRangeEnd().setId(id);
        CTR reference = paragraph.addNewR();
        reference.addNewRPr().addNewRStyle().setVal(WordStyles.COMMENT_REFERENCE);
        reference.addNewCommentReference().setId(id);
    }

    private void run(XWPFParagraph paragraph, String text, boolean bold, Look look, boolean shade) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        if (bold) {
            run.setBold(true);
        }
        if (look.halfPoints() != null) {
            run.setFontSize(look.halfPoints() / 2.0);
        }
        if (shade) {
            run.setColor(HIGHLIGHT_TEXT);
            CTR ctr = run.getCTR();
            CTRPr properties = ctr.isSetRPr() ? ctr.getRPr() : ctr.addNewRPr();
            CTShd shading = properties.addNewShd();
            shading.setVal(STShd.CLEAR);
            shading.setColor("auto");
            shading.setFill(HIGHLIGHT_FILL);
        } else if (look.colour() != null) {
            run.setColor(look.colour());
        }
    }
}
