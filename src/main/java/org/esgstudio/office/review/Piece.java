package org.esgstudio.office.review;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.esgstudio.model.Footnote;
import org.esgstudio.model.Inline;
import org.esgstudio.model.InlineMarkup;

/**
 * A stretch of paragraph text before it becomes Word runs. Its {@link #markLength} is its length in the validator's
 * plain characters ({@code QuoteCollector#pieces}): text counts its characters, a figure reference one, a footnote
 * reference none, so that figure marks can be laid over the pieces.
 */
sealed interface Piece {

    /** Text, bold when it was {@code **emphasis**}. */
    record Text(String text, boolean bold) implements Piece {
        @Override
        public int markLength() {
            return text.length();
        }

        @Override
        public String shown() {
            return text;
        }
    }

    /** A figure reference, shown as the store's value. */
    record Figure(String shown) implements Piece {
        @Override
        public int markLength() {
            return 1;
        }
    }

    /** A footnote reference, becoming a Word footnote; null when the block has no such footnote. */
    record Note(String id, Footnote footnote) implements Piece {
        @Override
        public int markLength() {
            return 0;
        }

        @Override
        public String shown() {
            return "";
        }
    }

    int markLength();

    String shown();

    /** The pieces of marked-up text; malformed markup stays as it is written (as the validator reads it then). */
    static List<Piece> of(String markup, Function<Inline.FigureRef, String> figure, Function<String, Footnote> notes) {
        List<Inline> runs;
        try {
            runs = InlineMarkup.parse(markup);
        } catch (InlineMarkup.MarkupException malformed) {
            return markup.isEmpty() ? List.of() : List.of(new Text(markup, false));
        }
        List<Piece> pieces = new ArrayList<>();
        for (Inline run : runs) {
            if (run instanceof Inline.Text t) {
                pieces.add(new Text(t.text(), false));
            } else if (run instanceof Inline.Emphasis e) {
                pieces.add(new Text(e.text(), true));
            } else if (run instanceof Inline.FigureRef r) {
                pieces.add(new Figure(figure.apply(r)));
            } else if (run instanceof Inline.FootnoteRef f) {
                pieces.add(new Note(f.footnoteId(), notes.apply(f.footnoteId())));
            }
        }
        return pieces;
    }

    /** The text a reader sees. */
    static String shown(List<Piece> pieces) {
        StringBuilder out = new StringBuilder();
        pieces.forEach(piece -> out.append(piece.shown()));
        return out.toString();
    }
}
