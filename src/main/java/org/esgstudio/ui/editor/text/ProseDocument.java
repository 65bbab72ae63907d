package org.esgstudio.ui.editor.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.esgstudio.model.Inline;
import org.esgstudio.model.InlineMarkup;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyledDocument;
import org.fxmisc.richtext.model.StyledSegment;
import org.fxmisc.richtext.model.TextOps;
import org.reactfx.util.Either;

/**
 * Marked-up text ({@link InlineMarkup}) as a RichTextFX document and back: text runs keep their emphasis as a style,
 * figure and footnote references become one-character chips. Converting a document back ignores the figure marks.
 */
final class ProseDocument {
    static final TextOps<Either<String, Chip>, ProseStyle> OPS =
            SegmentOps.<ProseStyle>styledTextOps()._or(new ChipOps(), (left, right) -> Optional.empty());

    /** What a chip shows: a figure reference's live value, a footnote's marker. */
    interface Labels {
        String figure(Inline.FigureRef reference);

        String note(String footnoteId);
    }

    private ProseDocument() {
    }

    /** The document of marked-up runs. */
    static StyledDocument<Void, Either<String, Chip>, ProseStyle> of(List<Inline> runs, Labels labels) {
        List<StyledSegment<Either<String, Chip>, ProseStyle>> segments = new ArrayList<>();
        for (Inline run : runs) {
            if (run instanceof Inline.Text t) {
                segments.add(new StyledSegment<>(Either.left(t.text()), ProseStyle.PLAIN));
            } else if (run instanceof Inline.Emphasis e) {
                segments.add(new StyledSegment<>(Either.left(e.text()), ProseStyle.EMPHASIS));
            } else if (run instanceof Inline.FigureRef r) {
                segments.add(new StyledSegment<>(Either.right(new Chip(r, labels.figure(r))), ProseStyle.PLAIN));
            } else if (run instanceof Inline.FootnoteRef f) {
                segments.add(new StyledSegment<>(Either.right(new Chip(f, labels.note(f.footnoteId()))),
                        ProseStyle.PLAIN));
            }
        }
        if (segments.isEmpty()) {
            return literal("");
        }
        return new ReadOnlyStyledDocumentBuilder<Void, Either<String, Chip>, ProseStyle>(OPS, null)
                .addParagraph(segments).build();
    }

    /** Text taken as it is, without marks (headings; a text whose marks are malformed). */
    static StyledDocument<Void, Either<String, Chip>, ProseStyle> literal(String text) {
        return ReadOnlyStyledDocument.fromString(text.replace('\n', ' '), null, ProseStyle.PLAIN, OPS);
    }

    /** One chip, to insert at the caret. */
    static StyledDocument<Void, Either<String, Chip>, ProseStyle> chip(Chip chip) {
        return ReadOnlyStyledDocument.fromSegment(Either.right(chip), null, ProseStyle.PLAIN, OPS);
    }

    /** The runs of a document; adjacent text of the same emphasis is one run. */
    static List<Inline> runs(StyledDocument<Void, Either<String, Chip>, ProseStyle> document) {
        List<Inline> runs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean emphasis = false;
        for (Paragraph<Void, Either<String, Chip>, ProseStyle> paragraph : document.getParagraphs()) {
            for (StyledSegment<Either<String, Chip>, ProseStyle> segment : paragraph.getStyledSegments()) {
                Either<String, Chip> content = segment.getSegment();
                if (content.isLeft()) {
                    String piece = content.getLeft();
                    if (piece.isEmpty()) {
                        continue;
                    }
                    boolean bold = segment.getStyle() != null && segment.getStyle().emphasis();
                    if (bold != emphasis) {
                        flush(runs, text, emphasis);
                        emphasis = bold;
                    }
                    text.append(piece);
                } else if (!content.getRight().isEmpty()) {
                    flush(runs, text, emphasis);
                    runs.add(content.getRight().reference());
                }
            }
        }
        flush(runs, text, emphasis);
        return runs;
    }

    private static void flush(List<Inline> runs, StringBuilder text, boolean emphasis) {
        if (text.length() > 0) {
            runs.add(emphasis ? new Inline.Emphasis(text.toString()) : new Inline.Text(text.toString()));
            text.setLength(0);
        }
    }

    /** The document as marked-up text. */
    static String markup(StyledDocument<Void, Either<String, Chip>, ProseStyle> document) {
        return InlineMarkup.format(runs(document));
    }

    /** The document's characters without any marks (headings). */
    static String plain(StyledDocument<Void, Either<String, Chip>, ProseStyle> document) {
        StringBuilder out = new StringBuilder();
        for (Paragraph<Void, Either<String, Chip>, ProseStyle> paragraph : document.getParagraphs()) {
            for (Either<String, Chip> segment : paragraph.getSegments()) {
                if (segment.isLeft()) {
                    out.append(segment.getLeft());
                }
            }
        }
        return out.toString();
    }
}
