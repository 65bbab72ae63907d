package org.esgstudio.ui.editor.text;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.KeyEvent;
import org.esgstudio.model.Inline;
import org.esgstudio.model.InlineMarkup;
import org.fxmisc.richtext.GenericStyledArea;
import org.fxmisc.richtext.StyledTextArea;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyledDocument;
import org.fxmisc.richtext.util.UndoUtils;
import org.reactfx.util.Either;

/**
 * One text of a block in a rich text area: marked-up text shown with bold emphasis and chips for figure and
 * footnote references (or, for headings, plain text). The area keeps no undo history of its own (the workspace undoes),
 * and it tells its owner about every change a user makes, but not about the changes the editor makes itself.
 */
final class ProseArea extends GenericStyledArea<Void, Either<String, Chip>, ProseStyle> {
    /** The clipboard format that carries marked-up text, so that chips and emphasis survive copy and paste. */
    static final DataFormat MARKUP = markupFormat();

    private final boolean markup;
    private String shown = "";
    private boolean malformed;
    private int quiet;
    private Runnable onEdited = () -> { };
    private ProseDocument.Labels labels;

    ProseArea(boolean markup, Function<Chip, String> chipHover) {
        super(null, (flow, style) -> { }, ProseStyle.PLAIN, ProseDocument.OPS,
                segment -> node(segment.getSegment(), segment.getStyle(), chipHover));
        this.markup = markup;
        getStyleClass().add("prose-area");
        setWrapText(true);
        setUndoManager(UndoUtils.noOpUndoManager());
        setMouseOverTextDelay(Duration.ofMillis(350));
        richChanges().filter(change -> !change.isIdentity()).subscribe(change -> {
            if (quiet == 0) {
                onEdited.run();
            }
        });
        // Typed text takes the emphasis before the caret but never a figure mark: the mark is validation's verdict on
        // the old characters, and the next validation marks the new ones.
        addEventFilter(KeyEvent.KEY_TYPED, event -> plainInsertion());
        addEventFilter(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED, event -> plainInsertion());
    }

    private static Node node(Either<String, Chip> segment, ProseStyle style, Function<Chip, String> chipHover) {
        if (segment.isLeft()) {
            return StyledTextArea.createStyledTextNode(segment.getLeft(), style,
                    (text, s) -> text.getStyleClass().addAll(s.styleClasses()));
        }
        Chip chip = segment.getRight();
        Label label = new Label(chip.label());
        label.getStyleClass().add(chip.isFigure() ? "figure-chip" : "note-chip");
        if (chip.isFigure() && chip.label().startsWith("{{")) {
            label.getStyleClass().add("figure-chip-missing");
        }
        Tooltip tip = new Tooltip();
        tip.setShowDelay(javafx.util.Duration.millis(300));
        tip.setOnShowing(event -> tip.setText(chipHover.apply(chip)));
        tip.getStyleClass().add("prose-hover");
        Tooltip.install(label, tip);
        return label;
    }

    private void plainInsertion() {
        ProseStyle before = getStyleAtPosition(getSelection().getStart());
        setTextInsertionStyle((before == null ? ProseStyle.PLAIN : before).withMark(null));
    }

    void setOnEdited(Runnable onEdited) {
        this.onEdited = onEdited;
    }

    /** Whether this area holds marked-up text (paragraphs, list items) or plain text (headings). */
    boolean isMarkup() {
        return markup;
    }

    /** True when the text given last could not be read as markup and is shown literally. */
    boolean isMalformed() {
        return malformed;
    }

    /**
     * Shows this text unless it is what the area already shows (then caret, selection and scroll stay); a different
     * text replaces the content and the caret stays where it was as far as the new text allows. Returns whether the
     * content was replaced.
     */
    boolean show(String text, ProseDocument.Labels labels) {
        this.labels = labels;
        if (text.equals(shown)) {
            return false;
        }
        load(text, labels);
        return true;
    }

    private void load(String text, ProseDocument.Labels labels) {
        StyledDocument<Void, Either<String, Chip>, ProseStyle> document = document(text, labels);
        int caret = getCaretPosition();
        quietly(() -> {
            replace(0, getLength(), document);
            moveTo(Math.min(caret, getLength()));
        });
        shown = text;
    }

    private StyledDocument<Void, Either<String, Chip>, ProseStyle> document(String text, ProseDocument.Labels labels) {
        malformed = false;
        if (!markup) {
            return ProseDocument.literal(text);
        }
        try {
            return ProseDocument.of(InlineMarkup.parse(text), labels);
        } catch (InlineMarkup.MarkupException e) {
            malformed = true;
            return ProseDocument.literal(text);
        }
    }

    /** The text as it would be saved: marked up for paragraphs and lists, as typed for headings. */
    String text() {
        return markup ? ProseDocument.markup(getDocument()) : ProseDocument.plain(getDocument());
    }

    /** Reads the area after a user's change: the text to save, now taken as shown. */
    String takeText() {
        shown = text();
        return shown;
    }

    /** Redraws the chips whose label changed (a value edited in the store, footnotes renumbered). */
    void refreshChips(ProseDocument.Labels labels) {
        this.labels = labels;
        int position = 0;
        boolean first = true;
        for (Paragraph<Void, Either<String, Chip>, ProseStyle> paragraph : List.copyOf(getParagraphs())) {
            if (!first) {
                position++;
            }
            first = false;
            for (Either<String, Chip> segment : paragraph.getSegments()) {
                if (segment.isLeft()) {
                    position += segment.getLeft().length();
                    continue;
                }
                Chip chip = segment.getRight();
                if (chip.isEmpty()) {
                    continue;
                }
                String label = chip.reference() instanceof Inline.FigureRef r ? labels.figure(r)
                        : labels.note(((Inline.FootnoteRef) chip.reference()).footnoteId());
                if (!label.equals(chip.label())) {
                    int at = position;
                    quietly(() -> replace(at, at + 1, ProseDocument.chip(new Chip(chip.reference(), label))));
                }
                position++;
            }
        }
    }

    /** Inserts a chip at the caret (replacing the selection); the caller saves the change. */
    void insertChip(Chip chip) {
        quietly(() -> replaceSelection(ProseDocument.chip(chip)));
    }

    /**
     * Emphasises the selected text, or removes the emphasis when all of it is emphasised already; the caller saves
     * the change. Returns false when nothing is selected.
     */
    boolean toggleEmphasis() {
        IndexRange selection = getSelection();
        if (selection.getLength() == 0) {
            return false;
        }
        StyleSpans<ProseStyle> spans = getStyleSpans(selection);
        boolean allBold = true;
        for (var span : spans) {
            allBold &= span.getStyle().emphasis();
        }
        boolean bold = !allBold;
        quietly(() -> setStyleSpans(selection.getStart(), spans.mapStyles(style -> style.withEmphasis(bold))));
        return true;
    }

    /** Restyles the whole text without telling the owner (figure marks). */
    void restyle(StyleSpans<ProseStyle> spans) {
        quietly(() -> setStyleSpans(0, spans));
    }

    /** Selects the first occurrence of {@code text} and brings it into view; false when there is none. */
    boolean selectFirst(String text) {
        int at = getText().indexOf(text);
        if (text.isEmpty() || at < 0) {
            return false;
        }
        // No requestFollowCaret: the area grows with its text and the editor's scroll pane brings it into view. An
        // area revealed before its first layout would scroll inside itself at a 10-pixel width and show nothing.
        selectRange(at, at + text.length());
        return true;
    }

    private void quietly(Runnable change) {
        quiet++;
        try {
            change.run();
        } finally {
            quiet--;
        }
    }

    @Override
    public void copy() {
        IndexRange selection = getSelection();
        if (selection.getLength() == 0) {
            return;
        }
        StyledDocument<Void, Either<String, Chip>, ProseStyle> part = subDocument(selection.getStart(),
                selection.getEnd());
        StringBuilder visible = new StringBuilder();
        for (Paragraph<Void, Either<String, Chip>, ProseStyle> paragraph : part.getParagraphs()) {
            for (Either<String, Chip> segment : paragraph.getSegments()) {
                visible.append(segment.isLeft() ? segment.getLeft() : segment.getRight().isFigure()
                        ? segment.getRight().label() : "");
            }
        }
        Clipboard.getSystemClipboard().setContent(markup
                ? Map.of(DataFormat.PLAIN_TEXT, visible.toString(), MARKUP, ProseDocument.markup(part))
                : Map.of(DataFormat.PLAIN_TEXT, visible.toString()));
    }

    /** Pastes marked-up text from this editor with its chips; other text as plain text on one line. */
    @Override
    public void paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        StyledDocument<Void, Either<String, Chip>, ProseStyle> document = null;
        if (markup && labels != null && clipboard.hasContent(MARKUP)) {
            try {
                document = ProseDocument.of(InlineMarkup.parse((String) clipboard.getContent(MARKUP)), labels);
            } catch (InlineMarkup.MarkupException | ClassCastException e) {
                document = null;
            }
        }
        if (document == null && clipboard.hasString()) {
            String text = clipboard.getString().replaceAll("\\s*[\\r\\n]+\\s*", " ").replace('\t', ' ');
            ProseStyle before = getStyleAtPosition(getSelection().getStart());
            setTextInsertionStyle((before == null ? ProseStyle.PLAIN : before).withMark(null));
            replaceSelection(text);
            return;
        }
        if (document != null) {
            replaceSelection(document);
        }
    }

    private static DataFormat markupFormat() {
        String id = "application/x-esgstudio-markup";
        DataFormat existing = DataFormat.lookupMimeType(id);
        return existing != null ? existing : new DataFormat(id);
    }
}
