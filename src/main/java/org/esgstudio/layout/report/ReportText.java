package org.esgstudio.layout.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.esgstudio.data.DataSet;
import org.esgstudio.data.FigureFormat;
import org.esgstudio.layout.LayoutWarning;
import org.esgstudio.layout.text.Span;
import org.esgstudio.layout.text.TextStyle;
import org.esgstudio.model.FootnoteNumbering;
import org.esgstudio.model.Inline;
import org.esgstudio.model.InlineMarkup;
import org.esgstudio.model.Language;
import org.esgstudio.model.LocalizedText;

/**
 * The report's texts as styled spans: picks the edition's language (with a visible placeholder and a warning where
 * English is missing), resolves figure references from the data store, and turns footnote references into raised
 * ①②③ markers.
 */
public final class ReportText {
    private final Styles styles;
    private final DataSet data;
    private final int reportYear;
    private final FootnoteNumbering footnotes;
    private final Consumer<LayoutWarning> warnings;

    public ReportText(Styles styles, DataSet data, int reportYear, FootnoteNumbering footnotes,
                      Consumer<LayoutWarning> warnings) {
        this.styles = styles;
        this.data = data;
        this.reportYear = reportYear;
        this.footnotes = footnotes;
        this.warnings = warnings;
    }

    public Styles styles() {
        return styles;
    }

    public FootnoteNumbering footnotes() {
        return footnotes;
    }

    /** The text in a language; missing English is a visible placeholder and a warning naming where it is. */
    public String pick(LocalizedText text, Language language, String where) {
        if (language == Language.EN && !text.hasEnglish() && !text.zh().isBlank()) {
            warnings.accept(new LayoutWarning(LayoutWarning.Kind.MISSING_TRANSLATION, where, "layout.noEnglish",
                    where, excerpt(text.zh())));
            return "[English missing: " + excerpt(plain(text.zh())) + "]";
        }
        return text.in(language);
    }

    /** Reports English missing in the bilingual edition, where the Chinese stands alone (no placeholder). */
    public void noteMissingEnglish(LocalizedText text, String where) {
        warnings.accept(new LayoutWarning(LayoutWarning.Kind.MISSING_TRANSLATION, where, "layout.noEnglishBilingual",
                where, excerpt(text.zh())));
    }

    /** Plain (unmarked) text as one span. */
    public List<Span> plain(LocalizedText text, Role role, Language language, String where) {
        String chosen = pick(text, language, where);
        return chosen.isEmpty() ? List.of() : List.of(new Span(plain(chosen), styles.style(role, language)));
    }

    public List<Span> plain(String text, Role role, Language language) {
        return text.isEmpty() ? List.of() : List.of(new Span(text, styles.style(role, language)));
    }

    /** Marked-up text (emphasis, footnote and figure references) as spans. */
    public List<Span> marked(LocalizedText text, Role role, Language language, String where) {
        String chosen = pick(text, language, where);
        List<Inline> runs;
        try {
            runs = InlineMarkup.parse(chosen);
        } catch (InlineMarkup.MarkupException malformed) {
            return plain(chosen, role, language);
        }
        TextStyle style = styles.style(role, language);
        List<Span> spans = new ArrayList<>();
        for (Inline run : runs) {
            if (run instanceof Inline.Text t) {
                spans.add(new Span(t.text(), style));
            } else if (run instanceof Inline.Emphasis e) {
                spans.add(new Span(e.text(), styles.bold(role, language)));
            } else if (run instanceof Inline.FootnoteRef f) {
                spans.add(marker(f.footnoteId(), style));
            } else if (run instanceof Inline.FigureRef r) {
                spans.add(new Span(figure(r, language, where), style));
            }
        }
        return spans;
    }

    /** A raised footnote marker (①) after text in {@code style}. */
    public Span marker(String footnoteId, TextStyle style) {
        String mark;
        try {
            mark = footnotes.marker(footnoteId);
        } catch (IllegalArgumentException unknown) {
            mark = "*";
        }
        TextStyle raised = style.withSize(style.size() * 0.72).withBaselineShift(style.size() * 0.34);
        return new Span(mark, raised, footnoteId, null);
    }

    /** The printed value of a figure reference, or the code in brackets (and a warning) when it has no value. */
    public String figure(Inline.FigureRef ref, Language language, String where) {
        int year = ref.year() == null ? reportYear : ref.year();
        String value = FigureFormat.of(data, ref.indicator(), year, language == Language.EN);
        if (value == null) {
            warnings.accept(new LayoutWarning(LayoutWarning.Kind.DATA, where, "layout.noValue", ref.indicator(), year));
            return "〔" + ref.indicator() + "〕";
        }
        return value;
    }

    /** The value of an indicator for a year as printed in tables ("—" when not reported). */
    public String value(String code, int year, Language language) {
        String value = FigureFormat.of(data, code, year, language == Language.EN);
        return value == null ? "—" : value;
    }

    public DataSet data() {
        return data;
    }

    public int reportYear() {
        return reportYear;
    }

    private static String plain(String markedUp) {
        try {
            return InlineMarkup.plainText(markedUp, ref -> "{" + ref.indicator() + "}");
        } catch (IllegalArgumentException malformed) {
            return markedUp;
        }
    }

    private static String excerpt(String text) {
        String plain = plain(text);
        return plain.length() <= 18 ? plain : plain.substring(0, 18) + "…";
    }
}
