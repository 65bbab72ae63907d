package org.esgstudio.figures;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.esgstudio.data.DataSet;
import org.esgstudio.model.Fixtures;
import org.esgstudio.model.InlineMarkup;
import org.esgstudio.model.Report;
import org.esgstudio.store.Samples;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz targets of figure extraction (docs/reliability/fuzzing.md): any text, however odd, is read without an exception,
 * and what is found lies inside the text. In a normal build each runs once on every file of its regression corpus
 * ({@code src/test/resources/org/esgstudio/figures/FiguresFuzzTestInputs/<method>/}); {@code JAZZER_FUZZ=1} fuzzes.
 */
class FiguresFuzzTest {
    private static final FigureFinder FINDER = new FigureFinder();
    private static ValidationSession session;

    /** The number finder on any text: every mention is a span of the text, in reading order, with a value. */
    @FuzzTest(maxDuration = "10m")
    @FigureWords
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void findingFiguresInAnyText(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        List<FigureMention> mentions = FINDER.find(text);
        int previous = 0;
        for (FigureMention m : mentions) {
            if (m.start() < 0 || m.start() > m.end() || m.end() > text.length()) {
                throw new AssertionError("a mention outside the text: " + m);
            }
            if (!m.raw().equals(text.substring(m.start(), m.end()))) {
                throw new AssertionError("a mention's raw text is not its span: " + m);
            }
            if (m.start() < previous) {
                throw new AssertionError("mentions out of reading order: " + mentions);
            }
            previous = m.start();
        }
    }

    /**
     * The validator on a report whose one paragraph is any text (as its Chinese and its English), against the main
     * sample's data, the way the editor runs it while one types: the paragraph is read again, every check runs and the
     * figures are marked. It never throws, and every finding has a message. Text that is not valid inline markup is
     * left out: imports and the editor refuse it before validation sees it.
     */
    @FuzzTest(maxDuration = "10m")
    @FigureWords
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void validatingAParagraphOfAnyText(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        try {
            InlineMarkup.parse(text);
        } catch (InlineMarkup.MarkupException notMarkup) {
            return;
        }
        ValidationSession session = session();
        ValidationReport result = session.blockEdited(reportWith(text), "p1");
        for (Finding finding : result.findings()) {
            if (finding.message().isBlank()) {
                throw new AssertionError("a finding without a message: " + finding);
            }
        }
        session.marks("p1");
    }

    private static Report reportWith(String text) {
        return Fixtures.report(true, Fixtures.chapter("c1", Fixtures.section("s1",
                Fixtures.para("p1", Fixtures.t(text, text)))));
    }

    /** One session for all inputs, as the editor keeps one: building the sample's indicator index is the slow part. */
    private static synchronized ValidationSession session() {
        if (session == null) {
            DataSet data = Samples.read(Samples.QINGHE).data();
            session = new ValidationSession(reportWith(""), data, 2024, ValidationOptions.DEFAULT);
        }
        return session;
    }
}
