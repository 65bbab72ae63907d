package org.esgstudio.office.review;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.esgstudio.data.DataSet;
import org.esgstudio.data.FigureFormat;
import org.esgstudio.data.Project;
import org.esgstudio.figures.FigureMark;
import org.esgstudio.figures.FigureMarks;
import org.esgstudio.figures.QuoteCollector;
import org.esgstudio.i18n.Messages;
import org.esgstudio.model.Footnote;
import org.esgstudio.model.Inline;
import org.esgstudio.model.Language;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Location;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.Report;
import org.esgstudio.model.ReportVisitor;
import org.esgstudio.model.ReportWalk;

/**
 * What every writer of the copy shares: the document, the report's data, the language, footnotes and comments, the
 * findings still to place and the blocks being written. All paragraphs are made here, so that each block knows its
 * first one (where comments about the whole block go).
 */
final class ReviewContext {
    final XWPFDocument document;
    final Project project;
    final Report report;
    final ReviewCopyOptions options;
    final Locale locale;
    final ReviewComments comments;
    final WordFootnotes footnotes;
    final RunWriter runs;
    final FindingPlacement placement;
    final ThreadPlacement threads;
    private final Map<String, Footnote> notes = new HashMap<>();
    private final Deque<BlockScope> scopes = new ArrayDeque<>();
    private QuoteCollector collector;
    private int images;

    ReviewContext(XWPFDocument document, Project project, Report report, ReviewCopyOptions options,
                  FindingPlacement placement, ThreadPlacement threads, java.util.Calendar date) {
        this.document = document;
        this.project = project;
        this.report = report;
        this.options = options;
        this.locale = options.language() == Language.EN ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        this.comments = new ReviewComments(document, locale, date);
        this.footnotes = new WordFootnotes(document, note -> pieces(pick(note.text())));
        this.runs = new RunWriter(footnotes);
        this.placement = placement;
        this.threads = threads;
        ReportWalk.walk(project.report(), new ReportVisitor() {
            @Override
            public void footnote(Footnote footnote, Location location) {
                notes.putIfAbsent(footnote.id(), footnote);
            }
        });
    }

    Language language() {
        return options.language();
    }

    DataSet data() {
        return project.data();
    }

    int year() {
        return report.settings().year();
    }

    boolean english() {
        return options.language() == Language.EN;
    }

    /** A user-visible label in the copy's language. */
    String text(String key, Object... args) {
        return Messages.format(locale, key, args);
    }

    /** The text in the copy's language; the other language when that one is not written. */
    String pick(LocalizedText text) {
        if (english()) {
            return text.hasEnglish() ? text.en() : text.zh();
        }
        return text.zh().isBlank() ? text.en() : text.zh();
    }

    /** Whether {@link #pick} shows the Chinese text, the one the validator reads. */
    boolean showsChinese(LocalizedText text) {
        return english() ? !text.hasEnglish() : !text.zh().isBlank() || text.en().isBlank();
    }

    List<Piece> pieces(String markup) {
        return Piece.of(markup, this::figure, notes::get);
    }

    /** A figure reference's value as the report prints it, or the code in 〔〕 when the store has none. */
    String figure(Inline.FigureRef ref) {
        int year = ref.year() == null ? year() : ref.year();
        String value = FigureFormat.of(data(), ref.indicator(), year, english());
        return value == null ? "〔" + ref.indicator() + "〕" : value;
    }

    /** A table cell's value: the store's printed value or "—". */
    String value(String code, int year) {
        String value = FigureFormat.of(data(), code, year, english());
        return value == null ? "—" : value;
    }

    void imageWritten() {
        images++;
    }

    int images() {
        return images;
    }

    // --- paragraphs -------------------------------------------------------------------------------------------

    XWPFParagraph paragraph(Body body, String style) {
        XWPFParagraph paragraph = body.newParagraph();
        paragraph.setStyle(style);
        scopes.forEach(scope -> scope.written(paragraph));
        return paragraph;
    }

    /** The first paragraph of a new table cell. */
    XWPFParagraph paragraph(XWPFTableCell cell, String style) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setStyle(style);
        scopes.forEach(scope -> scope.written(paragraph));
        return paragraph;
    }

    /** A small empty paragraph after a table: Word would join two tables that touch, and a cell must end with one. */
    void spacer(Body body) {
        XWPFParagraph spacer = body.newParagraph();
        spacer.setStyle(WordStyles.TABLE_TEXT);
    }

    // --- text -------------------------------------------------------------------------------------------------

    /**
     * Running text with its figures checked: marks from the validator's own reading of the text (as a case study's
     * body when {@code inCase}), each disagreeing figure shaded, the block's findings commented at their figures.
     */
    void prose(XWPFParagraph paragraph, LocalizedText text, String lead, RunWriter.Look look, boolean inCase) {
        String shown = pick(text);
        List<Piece> pieces = pieces(shown);
        BlockScope scope = scopes.peek();
        List<Anchor> anchors = List.of();
        if (scope != null && scope.hasPending() && showsChinese(text)) {
            anchors = scope.atMarks(marks(scope.id, text, inCase));
        }
        runs.write(paragraph, lead, pieces, anchors, look, true);
    }

    private List<FigureMark> marks(String blockId, LocalizedText text, boolean inCase) {
        if (collector == null) {
            collector = new QuoteCollector(data(), year());
        }
        Location nowhere = new Location(null, null, blockId, List.of());
        return FigureMarks.of(collector.ofBlock(new Paragraph(blockId, LocalizedText.zh(text.zh())), nowhere, inCase),
                data());
    }

    /** Plain text; findings that quote part of it are anchored there. */
    void plain(XWPFParagraph paragraph, String text, RunWriter.Look look) {
        List<Piece> pieces = text.isEmpty() ? List.of() : List.of(new Piece.Text(text, false));
        runs.write(paragraph, null, pieces, searched(text), look, false);
    }

    /** Marked-up text outside running prose (a table cell); findings that quote part of it are anchored there. */
    void marked(XWPFParagraph paragraph, LocalizedText text, RunWriter.Look look) {
        List<Piece> pieces = pieces(pick(text));
        runs.write(paragraph, null, pieces, searched(Piece.shown(pieces)), look, false);
    }

    /**
     * A table row's label: findings quoting part of it anchored there, and findings about no block but about this
     * row's indicator (a failing rule, a year-on-year change) around the whole label.
     */
    void indicatorLabel(XWPFParagraph paragraph, String label, String indicator) {
        List<Anchor> anchors = new java.util.ArrayList<>(searched(label));
        List<java.math.BigInteger> ids = new java.util.ArrayList<>();
        placement.takeIndicator(indicator).forEach(finding -> ids.add(comments.add(finding)));
        if (!ids.isEmpty()) {
            anchors.add(Anchor.whole(ids));
        }
        List<Piece> pieces = label.isEmpty() ? List.of() : List.of(new Piece.Text(label, false));
        runs.write(paragraph, null, pieces, anchors, RunWriter.Look.PLAIN, false);
    }

    private List<Anchor> searched(String shown) {
        BlockScope scope = scopes.peek();
        return scope == null ? List.of() : scope.inText(shown);
    }

    // --- blocks -----------------------------------------------------------------------------------------------

    /** Starts writing the block or part {@code id}: its findings and comment threads are placed while it is written. */
    void open(String id) {
        scopes.push(new BlockScope(id, placement.takeBlock(id), threads.takeNode(id), comments));
    }

    /** Ends the innermost block: its findings not yet placed go around its first paragraph. */
    void close(Body body, String label) {
        BlockScope scope = scopes.pop();
        scope.close(() -> {
            XWPFParagraph paragraph = body.newParagraph();
            paragraph.setStyle(WordStyles.NORMAL);
            paragraph.createRun().setText(label);
            return paragraph;
        });
    }
}
