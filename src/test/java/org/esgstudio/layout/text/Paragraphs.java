package org.esgstudio.layout.text;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.esgstudio.layout.Rgb;
import org.esgstudio.layout.font.FontMetrics;

/** Builds paragraphs for tests: 10 pt text in a {@link FakeFont}, so one em is 10 pt and widths are given in ems. */
final class Paragraphs {
    static final double SIZE = 10;
    static final FakeFont FONT = FakeFont.complete();
    static final TextStyle BODY = new TextStyle(FONT, SIZE, Rgb.BLACK);
    static final TextStyle MARKER = new TextStyle(FONT, List.of(), SIZE * 0.6, Rgb.BLACK, SIZE * 0.35);

    private Paragraphs() {
    }

    static TextStyle body(FontMetrics font, FontMetrics... fallbacks) {
        return new TextStyle(font, List.of(fallbacks), SIZE, Rgb.BLACK, 0);
    }

    /**
     * Spans from a text in which "^id" followed by a space-free marker text in brackets, e.g. "^n1[1]", is a
     * footnote marker (superscript span with footnote id n1) and "**...**" is bold (another colour, same font).
     */
    static List<Span> spans(String marked) {
        List<Span> spans = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean bold = false;
        int i = 0;
        while (i < marked.length()) {
            if (marked.startsWith("**", i)) {
                flush(spans, text, bold);
                bold = !bold;
                i += 2;
            } else if (marked.charAt(i) == '^' && marked.indexOf('[', i) > 0) {
                flush(spans, text, bold);
                int open = marked.indexOf('[', i);
                int close = marked.indexOf(']', open);
                spans.add(new Span(marked.substring(open + 1, close), MARKER, marked.substring(i + 1, open), null));
                i = close + 1;
            } else {
                text.append(marked.charAt(i));
                i++;
            }
        }
        flush(spans, text, bold);
        return spans;
    }

    private static void flush(List<Span> spans, StringBuilder text, boolean bold) {
        if (text.length() > 0) {
            spans.add(new Span(text.toString(), bold ? BODY.withColor(new Rgb(200, 0, 0)) : BODY));
            text.setLength(0);
        }
    }

    static ParagraphSpec spec(String marked, double widthEm, double indentEm, Alignment alignment) {
        return new ParagraphSpec(spans(marked), widthEm * SIZE, indentEm * SIZE, alignment, SIZE * 1.6);
    }

    static ParagraphSpec justified(String marked, double widthEm) {
        return spec(marked, widthEm, 0, Alignment.JUSTIFY);
    }

    static List<LaidLine> lines(ParagraphSpec spec) {
        return new LineBreaker(problem -> { }, item -> { }).lines(spec);
    }

    static List<String> texts(List<LaidLine> lines) {
        return lines.stream().map(LaidLine::text).collect(Collectors.toList());
    }

    /** The line texts of a justified paragraph {@code widthEm} ems wide, joined with "/". */
    static String broken(String marked, double widthEm) {
        return String.join("/", texts(lines(justified(marked, widthEm))));
    }

    /** The x where each run starts, and where the last one ends, in ems, to two decimals. */
    static String positions(LaidLine line) {
        StringBuilder out = new StringBuilder();
        for (PlacedRun run : line.runs()) {
            out.append(String.format(java.util.Locale.ROOT, "%.2f:%s ", run.x() / SIZE, run.text()));
        }
        PlacedRun last = line.runs().get(line.runs().size() - 1);
        out.append(String.format(java.util.Locale.ROOT, "%.2f", (last.x() + last.width()) / SIZE));
        return out.toString();
    }
}
