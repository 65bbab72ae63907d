package org.esgstudio.layout.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Breaks a paragraph into lines the way Chinese typesetting wants it (W3C clreq, GB/T 15834), English too:
 * <ol>
 *   <li>glyphs: each character from its style's font or a fallback, else substituted or replaced and reported
 *       ({@link GlyphFallback});</li>
 *   <li>break opportunities: ICU {@code zh@lb=strict} plus the line-start / line-end prohibitions, numbers,
 *       number + unit, footnote markers ({@link BreakOpportunities});</li>
 *   <li>glue: CJK–Western quarter-em spaces, punctuation compression, justification opportunities
 *       ({@link Spacing});</li>
 *   <li>line ends: greedy fill, punctuation pulled in by compression, emergency breaks, no lone last character
 *       ({@link LineSplitter});</li>
 *   <li>runs: compression or justification, alignment, exact x positions ({@link LineComposer}).</li>
 * </ol>
 * Reuses one ICU iterator and some buffers, so an instance must not be used by two threads at once.
 */
public final class LineBreaker implements LineSetter {
    private static final System.Logger LOG = System.getLogger(LineBreaker.class.getName());

    private final GlyphFallback glyphs;
    private final BreakOpportunities breaks = new BreakOpportunities();
    private final LineSplitter splitter;
    private final LineComposer composer = new LineComposer();

    /** Reports glyph problems to {@code problems}; emergency breaks are logged as warnings. */
    public LineBreaker(Consumer<GlyphProblem> problems) {
        this(problems, item -> LOG.log(System.Logger.Level.WARNING,
                "“{0}” is wider than the column and was broken inside: …{1}…", item.item(), item.context()));
    }

    /** Reports glyph problems to {@code problems} and items broken because they are wider than a line to {@code overfull}. */
    public LineBreaker(Consumer<GlyphProblem> problems, Consumer<EmergencyBreak> overfull) {
        glyphs = new GlyphFallback(Objects.requireNonNull(problems, "problems"));
        splitter = new LineSplitter(Objects.requireNonNull(overfull, "overfull"));
    }

    /**
     * The lines of the paragraph, first to last; none for a paragraph without visible text. Runs of whitespace
     * count as one space (line breaks inside the text included) and spaces at line starts and ends are not set.
     */
    @Override
    public List<LaidLine> lines(ParagraphSpec spec) {
        ParagraphText p = ParagraphText.collect(spec.spans());
        if (p.length == 0) {
            return List.of();
        }
        glyphs.resolve(p);
        Spacing spacing = new Spacing(p, isEnglish(p));
        boolean[] allowed = breaks.find(p);
        double indent = Math.max(0, Math.min(spec.firstLineIndent(), spec.width()));
        List<LineRange> ranges = splitter.split(p, spacing, allowed, spec.width(), indent);
        List<LaidLine> lines = new ArrayList<>(ranges.size());
        for (int k = 0; k < ranges.size(); k++) {
            double lineIndent = k == 0 ? indent : 0;
            lines.add(composer.set(p, spacing, allowed, ranges.get(k), lineIndent, spec.width() - lineIndent,
                    spec.alignment(), k == ranges.size() - 1));
        }
        return lines;
    }

    /** English text: it has spaces and at most one character in ten is CJK. It is justified at spaces only. */
    static boolean isEnglish(ParagraphText p) {
        int cjk = 0;
        int spaces = 0;
        for (int i = 0; i < p.length; i++) {
            int cp = p.source[i];
            if (cp == ' ') {
                spaces++;
            } else if (CharClass.isCjk(cp)) {
                cjk++;
            }
        }
        return spaces > 0 && cjk * 10 <= p.length - spaces;
    }
}
