package org.esgstudio.layout.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.esgstudio.data.Project;
import org.esgstudio.json.ReportFolder;
import org.esgstudio.layout.Rgb;
import org.esgstudio.layout.font.FontLibrary;
import org.esgstudio.layout.font.FontMetrics;
import org.esgstudio.layout.font.StandardFaces;
import org.esgstudio.model.Inline;
import org.esgstudio.model.InlineMarkup;
import org.esgstudio.model.LocalizedText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Chinese texts of the main sample report (qinghe-2024) set in the shipped Noto Sans SC at 10.5 pt: every rule
 * of {@link LineRules} on every line, at a full A4 column, a half column and a narrow box.
 */
class SampleReportLineBreakingTest {
    private static final double SIZE = 10.5;
    private static final String FIGURE = "12,345.67";
    private static List<String> texts;
    private static FontMetrics regular;
    private static FontMetrics bold;

    @BeforeAll
    static void readSample() {
        Project project = ReportFolder.read(Path.of("sample-reports/qinghe-2024"), "test", Instant.EPOCH);
        List<String> all = new ArrayList<>();
        collect(project.report(), all);
        texts = all;
        regular = FontLibrary.shared().metrics(StandardFaces.SANS_REGULAR);
        bold = FontLibrary.shared().metrics(StandardFaces.SANS_BOLD);
    }

    /** Every Chinese text of the report tree (paragraphs, list items, titles, footnotes, captions ...). */
    private static void collect(Object node, List<String> out) {
        if (node instanceof LocalizedText text) {
            if (!text.zh().isBlank()) {
                out.add(text.zh());
            }
        } else if (node instanceof Collection<?> items) {
            items.forEach(item -> collect(item, out));
        } else if (node != null && node.getClass().isRecord()
                && node.getClass().getPackageName().equals("org.esgstudio.model")) {
            for (RecordComponent component : node.getClass().getRecordComponents()) {
                try {
                    collect(component.getAccessor().invoke(node), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private static List<Span> plain(String markup) {
        TextStyle body = new TextStyle(regular, SIZE, Rgb.BLACK);
        return List.of(new Span(InlineMarkup.plainText(markup, figure -> FIGURE), body));
    }

    /** Emphasis in the bold face, footnote references as raised markers, figures as a number. */
    private static List<Span> marked(String markup) {
        TextStyle body = new TextStyle(regular, SIZE, Rgb.BLACK);
        TextStyle strong = new TextStyle(bold, SIZE, Rgb.BLACK);
        TextStyle marker = new TextStyle(regular, List.of(), SIZE * 0.6, Rgb.BLACK, SIZE * 0.35);
        List<Span> spans = new ArrayList<>();
        int notes = 0;
        for (Inline run : InlineMarkup.parse(markup)) {
            if (run instanceof Inline.Text t) {
                spans.add(new Span(t.text(), body));
            } else if (run instanceof Inline.Emphasis e) {
                spans.add(new Span(e.text(), strong));
            } else if (run instanceof Inline.FigureRef) {
                spans.add(new Span(FIGURE, body));
            } else if (run instanceof Inline.FootnoteRef f) {
                spans.add(new Span(String.valueOf(++notes), marker, f.footnoteId(), null));
            }
        }
        return spans;
    }

    @ParameterizedTest(name = "{0} pt column, plain text")
    @CsvSource(textBlock = """
            481.9
            232.4
            150
            """)
    void everyLineOfThePlainSampleTextKeepsEveryRule(double width) {
        check(width, false);
    }

    @ParameterizedTest(name = "{0} pt column, bold runs and footnote markers")
    @CsvSource(textBlock = """
            481.9
            232.4
            """)
    void everyLineOfTheMarkedSampleTextKeepsEveryRule(double width) {
        check(width, true);
    }

    private static void check(double width, boolean withMarks) {
        List<String> violations = new ArrayList<>();
        List<GlyphProblem> glyphs = new ArrayList<>();
        List<EmergencyBreak> overfull = new ArrayList<>();
        LineBreaker breaker = new LineBreaker(glyphs::add, overfull::add);
        int lines = 0;
        for (String text : texts) {
            List<Span> spans = withMarks ? marked(text) : plain(text);
            ParagraphSpec spec = new ParagraphSpec(spans, width, 2 * SIZE, Alignment.JUSTIFY, SIZE * 1.7);
            List<LaidLine> laid = breaker.lines(spec);
            lines += laid.size();
            violations.addAll(LineRules.check(spec, laid, LineBreaker.isEnglish(ParagraphText.collect(spans))));
        }
        System.out.printf("%s at %.1f pt: %d texts, %d lines, glyph problems %s, emergency breaks %s%n",
                withMarks ? "marked" : "plain", width, texts.size(), lines, glyphs, overfull);
        assertThat(violations).isEmpty();
        assertThat(glyphs).isEmpty();
        assertThat(overfull).isEmpty();
    }

    @Test
    void breaksTheWholeSampleWellUnderATenthOfASecond() {
        List<ParagraphSpec> specs = new ArrayList<>();
        long han = 0;
        for (String text : texts) {
            List<Span> spans = plain(text);
            han += spans.get(0).text().codePoints().filter(cp -> Character.UnicodeScript.of(cp)
                    == Character.UnicodeScript.HAN).count();
            specs.add(new ParagraphSpec(spans, 481.9, 2 * SIZE, Alignment.JUSTIFY, SIZE * 1.7));
        }
        LineBreaker breaker = new LineBreaker(problem -> { });
        long best = Long.MAX_VALUE;
        int lines = 0;
        for (int round = 0; round < 30; round++) {
            long start = System.nanoTime();
            lines = 0;
            for (ParagraphSpec spec : specs) {
                lines += breaker.lines(spec).size();
            }
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf("qinghe-2024: %d texts, %d Han characters, %d lines in %.1f ms (best of 30 rounds, warm)%n",
                specs.size(), han, lines, best / 1e6);
        assertThat(lines).isGreaterThanOrEqualTo(specs.size());
    }
}
