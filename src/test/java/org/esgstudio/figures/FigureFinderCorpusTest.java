package org.esgstudio.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example of numbers.md (sections 0–12), one row each in {@code figures/numbers-corpus.tsv}: the mention the
 * finder must report for it (raw span, value, unit, qualifier, kind, figure or not, direction, base year, upper bound),
 * or that it must report none.
 */
class FigureFinderCorpusTest {
    private static final FigureFinder FINDER = new FigureFinder();

    /** One row of the corpus; "-" means not checked, "" the default. */
    record Row(int line, String section, String text, String target, String kind, String figure, String value,
               String unit, String qualifier, String direction, String baseYear, String upper, String note) {
        @Override
        public String toString() {
            return section + " line " + line + ": «" + text.replace("\n", "⏎") + "» → "
                    + target.replace("\n", "⏎") + " " + kind;
        }
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = FigureFinderCorpusTest.class.getResourceAsStream("/figures/numbers-corpus.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            boolean header = true;
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].startsWith("#") || lines[i].isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] c = lines[i].split("\t", -1);
                assertThat(c).as("line %d has 12 columns", i + 1).hasSize(12);
                rows.add(new Row(i + 1, c[0], unescape(c[1]), unescape(c[2]), c[3], c[4], c[5], c[6], c[7], c[8], c[9],
                        c[10], c[11]));
            }
        }
        return rows;
    }

    private static String unescape(String cell) {
        return cell.replace("\\n", "\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void readsTheExampleAsNumbersMdDescribesIt(Row row) {
        int open = row.target().indexOf('[');
        String context = row.target().replace("[", "").replace("]", "");
        int contextAt = row.text().indexOf(context);
        assertThat(contextAt).as("target «%s» occurs in the text", context).isGreaterThanOrEqualTo(0);
        int start = open < 0 ? contextAt : contextAt + open;
        int end = open < 0 ? contextAt + context.length() : contextAt + row.target().indexOf(']') - 1;
        List<FigureMention> mentions = FINDER.find(row.text());
        String found = mentions.stream().map(FigureFinderCorpusTest::describe).collect(Collectors.joining("; "));

        if (row.kind().equals("NONE")) {
            assertThat(mentions).as("no mention overlaps «%s»; found: %s", context, found)
                    .noneMatch(m -> m.start() < end && m.end() > start);
            return;
        }
        FigureMention m = mentions.stream().filter(x -> x.start() == start && x.end() == end).findFirst().orElse(null);
        assertThat(m).as("a mention spans «%s»; found: %s", row.text().substring(start, end), found).isNotNull();
        assertThat(m.raw()).isEqualTo(row.text().substring(start, end));
        assertThat(m.kind()).as("kind; found: %s", found).isEqualTo(MentionKind.valueOf(row.kind()));
        assertThat(m.isFigure()).as("is a figure").isEqualTo(row.figure().equals("yes"));
        if (!row.value().equals("-")) {
            BigDecimal expected = new BigDecimal(row.value());
            assertThat(m.value()).as("value").isEqualByComparingTo(expected);
            assertThat(m.decimals()).as("decimals").isEqualTo(Math.max(0, expected.scale()));
        }
        if (!row.unit().equals("-")) {
            assertThat(m.unit()).as("unit").isEqualTo(row.unit());
        }
        if (!row.qualifier().equals("-")) {
            assertThat(m.qualifier()).as("qualifier")
                    .isEqualTo(row.qualifier().isEmpty() ? Qualifier.NONE : Qualifier.valueOf(row.qualifier()));
        }
        if (!row.direction().equals("-")) {
            assertThat(m.direction()).as("direction")
                    .isEqualTo(row.direction().isEmpty() ? Direction.NONE : Direction.valueOf(row.direction()));
        }
        if (!row.baseYear().equals("-")) {
            assertThat(m.baseYear()).as("base year")
                    .isEqualTo(row.baseYear().isEmpty() ? null : Integer.valueOf(row.baseYear()));
        }
        if (!row.upper().equals("-")) {
            if (row.upper().isEmpty()) {
                assertThat(m.upper()).as("upper bound").isNull();
            } else {
                assertThat(m.upper()).as("upper bound").isEqualByComparingTo(new BigDecimal(row.upper()));
            }
        }
    }

    static String describe(FigureMention m) {
        return "[" + m.raw().replace("\n", "⏎") + "] " + m.kind() + " " + m.value().toPlainString() + " «" + m.unit()
                + "» " + m.qualifier() + (m.direction() == Direction.NONE ? "" : " " + m.direction())
                + (m.baseYear() == null ? "" : " base " + m.baseYear())
                + (m.upper() == null ? "" : " upper " + m.upper().toPlainString());
    }
}
