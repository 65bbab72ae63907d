package org.esgstudio.ui.editor.text;

import java.util.Optional;
import javafx.scene.control.IndexRange;
import org.esgstudio.figures.FigureMark;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.StyledDocument;
import org.reactfx.util.Either;

/**
 * A prose area's text as the validator reads it (text and emphasis characters, one placeholder per figure reference,
 * nothing for a footnote reference, see {@code QuoteCollector.pieces}) and where each of its characters sits in the
 * area, so that a figure mark's offsets can be turned into an area range.
 */
final class MarkOffsets {
    /** What the validator puts in place of a figure reference. */
    static final char REFERENCE = '\u3013';

    private final String plain;
    private final int[] positions;

    private MarkOffsets(String plain, int[] positions) {
        this.plain = plain;
        this.positions = positions;
    }

    static MarkOffsets of(StyledDocument<Void, Either<String, Chip>, ProseStyle> document) {
        StringBuilder plain = new StringBuilder();
        int[] positions = new int[document.length() + 1];
        int position = 0;
        boolean first = true;
        for (Paragraph<Void, Either<String, Chip>, ProseStyle> paragraph : document.getParagraphs()) {
            if (!first) {
                position++; // the line break between paragraphs is not part of the saved text
            }
            first = false;
            for (Either<String, Chip> segment : paragraph.getSegments()) {
                if (segment.isLeft()) {
                    String text = segment.getLeft();
                    for (int i = 0; i < text.length(); i++) {
                        positions[plain.length()] = position++;
                        plain.append(text.charAt(i));
                    }
                } else if (segment.getRight().isFigure()) {
                    positions[plain.length()] = position++;
                    plain.append(REFERENCE);
                } else if (!segment.getRight().isEmpty()) {
                    position++;
                }
            }
        }
        positions[plain.length()] = position;
        return new MarkOffsets(plain.toString(), positions);
    }

    String plain() {
        return plain;
    }

    /**
     * The area range of a mark, or empty when the mark does not fit this text (it was computed for an older version:
     * out of range, or its characters are not the figure it names).
     */
    Optional<IndexRange> range(FigureMark mark) {
        int start = mark.start();
        int end = mark.end();
        if (start < 0 || end <= start || end > plain.length() || mark.raw() == null
                || !plain.regionMatches(start, mark.raw(), 0, mark.raw().length())
                || mark.raw().length() != end - start) {
            return Optional.empty();
        }
        return Optional.of(new IndexRange(positions[start], positions[end - 1] + 1));
    }
}
