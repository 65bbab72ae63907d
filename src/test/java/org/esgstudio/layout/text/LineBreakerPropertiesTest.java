package org.esgstudio.layout.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every rule on every line of a few hundred generated paragraphs (Han text, punctuation runs, numbers with units,
 * English words, bold runs, footnote markers) at several widths: see {@link LineRules}.
 */
class LineBreakerPropertiesTest {

    @ParameterizedTest(name = "{0} em, indent {1} em, {2}")
    @CsvSource(textBlock = """
            8,    0, JUSTIFY
            12.5, 2, JUSTIFY
            17,   2, JUSTIFY
            24.3, 2, JUSTIFY
            33.3, 0, JUSTIFY
            43,   2, JUSTIFY
            15,   0, LEFT
            21,   0, CENTER
            """)
    void chineseParagraphsKeepEveryRuleOnEveryLine(double widthEm, double indentEm, Alignment alignment) {
        List<String> violations = new ArrayList<>();
        List<EmergencyBreak> overfull = new ArrayList<>();
        LineBreaker breaker = new LineBreaker(problem -> violations.add("glyph problem " + problem), overfull::add);
        Random random = new Random(Double.hashCode(widthEm) * 31L + alignment.ordinal());
        int lines = 0;
        for (int n = 0; n < 300; n++) {
            List<Span> spans = GeneratedParagraphs.chinese(random, 3 + random.nextInt(60));
            ParagraphSpec spec = new ParagraphSpec(spans, widthEm * Paragraphs.SIZE, indentEm * Paragraphs.SIZE,
                    alignment, 16);
            List<LaidLine> laid = breaker.lines(spec);
            lines += laid.size();
            violations.addAll(LineRules.check(spec, laid));
        }
        assertThat(overfull).isEmpty();
        assertThat(violations).isEmpty();
        assertThat(lines).isGreaterThan(300);
    }

    @ParameterizedTest(name = "{0} em")
    @CsvSource(textBlock = """
            9
            16.5
            30
            """)
    void englishParagraphsKeepEveryRuleOnEveryLine(double widthEm) {
        List<String> violations = new ArrayList<>();
        LineBreaker breaker = new LineBreaker(problem -> violations.add("glyph problem " + problem));
        Random random = new Random(Double.hashCode(widthEm));
        for (int n = 0; n < 200; n++) {
            ParagraphSpec spec = new ParagraphSpec(GeneratedParagraphs.english(random, 2 + random.nextInt(50)),
                    widthEm * Paragraphs.SIZE, 0, Alignment.JUSTIFY, 16);
            violations.addAll(LineRules.check(spec, breaker.lines(spec), true));
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void breaksAReportsWorthOfGeneratedTextQuickly() {
        Random random = new Random(7);
        List<ParagraphSpec> specs = new ArrayList<>();
        int characters = 0;
        for (int n = 0; n < 600; n++) {
            List<Span> spans = GeneratedParagraphs.chinese(random, 10 + random.nextInt(30));
            characters += spans.stream().mapToInt(span -> span.text().length()).sum();
            specs.add(new ParagraphSpec(spans, 43 * Paragraphs.SIZE, 2 * Paragraphs.SIZE, Alignment.JUSTIFY, 16));
        }
        LineBreaker breaker = new LineBreaker(problem -> { });
        long best = Long.MAX_VALUE;
        int lines = 0;
        for (int round = 0; round < 15; round++) {
            long start = System.nanoTime();
            lines = 0;
            for (ParagraphSpec spec : specs) {
                lines += breaker.lines(spec).size();
            }
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf("generated: %d characters in %d paragraphs, %d lines: %.1f ms (best of 15, fake font)%n",
                characters, specs.size(), lines, best / 1e6);
        assertThat(lines).isGreaterThan(specs.size());
    }
}
