package org.esgstudio.figures;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.esgstudio.data.Project;
import org.esgstudio.json.ReportFolder;
import org.esgstudio.model.Block;
import org.esgstudio.model.InlineMarkup;
import org.esgstudio.model.Location;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.ReportVisitor;
import org.esgstudio.model.ReportWalk;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every paragraph of the main sample report through the finder: no year or code may come out as a figure. */
class SampleReportSweepTest {
    private static final Path SAMPLE = Path.of("sample-reports/qinghe-2024");
    private static final Pattern YEAR_LIKE = Pattern.compile("(?<![\\d,.])(19|20)\\d{2}\\s*年");
    private static final Pattern CODE_LIKE = Pattern.compile(
            "(?<![\\d.,])\\d+-\\d+(?![\\d.])|[A-Z]\\.\\d+\\.\\d|GRI|ISO|GB/T|〔|第.+[条款]|\\d+\\.\\d+\\.\\d+");
    private static final FigureFinder FINDER = new FigureFinder();
    private static List<String> paragraphs;

    @BeforeAll
    static void readParagraphs() {
        Project project = ReportFolder.read(SAMPLE, "test", Instant.EPOCH);
        paragraphs = new ArrayList<>();
        ReportWalk.walk(project.report(), new ReportVisitor() {
            @Override
            public void block(Block block, Location location) {
                if (block instanceof Paragraph p) {
                    paragraphs.add(InlineMarkup.plainText(p.text().zh(), ref -> ""));
                }
            }
        });
    }

    @Test
    void noYearOrCodeInTheSampleIsReportedAsAFigure() {
        int figures = 0;
        int mentions = 0;
        List<String> wrong = new ArrayList<>();
        for (String text : paragraphs) {
            for (FigureMention m : FINDER.find(text)) {
                mentions++;
                assertThat(m.raw()).isEqualTo(text.substring(m.start(), m.end()));
                if (!m.isFigure()) {
                    continue;
                }
                figures++;
                boolean bareYear = m.decimals() == 0 && m.unit().isEmpty() && m.raw().matches("(19|20)\\d{2}");
                if (YEAR_LIKE.matcher(m.raw()).find() || CODE_LIKE.matcher(m.raw()).find() || bareYear) {
                    wrong.add(FigureFinderCorpusTest.describe(m) + " in «" + text + "»");
                }
            }
        }
        System.out.printf("qinghe-2024: %d paragraphs, %d number mentions, %d figures%n", paragraphs.size(), mentions,
                figures);

        assertThat(wrong).isEmpty();
        assertThat(figures).as("the sample is full of figures").isGreaterThan(100);
    }

    @Test
    void theYearsOfTheSampleAreFoundAsYearsOrDates() {
        long years = paragraphs.stream().flatMap(t -> FINDER.find(t).stream())
                .filter(m -> m.raw().replace(" ", "").startsWith("2024年")).peek(m -> assertThat(m.kind())
                        .as(m.raw()).isIn(MentionKind.YEAR, MentionKind.DATE)).count();

        assertThat(years).isGreaterThan(50);
    }

    @Test
    void printsTheWarmTimeForAllChineseTextOfTheSample() throws IOException {
        List<String> texts = new ArrayList<>();
        collectChinese(new ObjectMapper().readTree(Files.readString(SAMPLE.resolve(ReportFolder.REPORT))), texts);
        long han = texts.stream().flatMapToInt(String::chars).filter(c -> Chars.isHan((char) c)).count();
        long warmUntil = System.nanoTime() + 3_000_000_000L;
        for (int i = 0; i < 300 && System.nanoTime() < warmUntil; i++) {
            texts.forEach(FINDER::find);
        }
        long[] runs = new long[25];
        for (int i = 0; i < runs.length; i++) {
            long start = System.nanoTime();
            texts.forEach(FINDER::find);
            runs[i] = System.nanoTime() - start;
        }
        Arrays.sort(runs);
        System.out.printf("qinghe-2024: %d texts, %d Han characters, warm find() median %.2f ms (best %.2f ms)%n",
                texts.size(), han, runs[runs.length / 2] / 1e6, runs[0] / 1e6);
        assertThat(han).isGreaterThan(10_000);
    }

    /** Every "zh" text of report.json as a reader sees it. */
    private static void collectChinese(JsonNode node, List<String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("zh") && e.getValue().isTextual()) {
                    out.add(plain(e.getValue().asText()));
                } else {
                    collectChinese(e.getValue(), out);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectChinese(child, out));
        }
    }

    private static String plain(String text) {
        try {
            return InlineMarkup.plainText(text, ref -> "");
        } catch (InlineMarkup.MarkupException e) {
            return text;
        }
    }
}
