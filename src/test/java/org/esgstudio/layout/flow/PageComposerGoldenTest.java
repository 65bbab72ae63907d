package org.esgstudio.layout.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.esgstudio.layout.flow.ComposerFixtures.FONT;
import static org.esgstudio.layout.flow.ComposerFixtures.GEOMETRY;
import static org.esgstudio.layout.flow.ComposerFixtures.compose;
import static org.esgstudio.layout.flow.ComposerFixtures.content;
import static org.esgstudio.layout.flow.ComposerFixtures.heading;
import static org.esgstudio.layout.flow.ComposerFixtures.paragraph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.esgstudio.layout.Anchor;
import org.esgstudio.layout.Box;
import org.esgstudio.layout.ImageBox;
import org.esgstudio.layout.LayoutWarning;
import org.esgstudio.layout.LineBox;
import org.esgstudio.layout.LinkBox;
import org.esgstudio.layout.OutlineEntry;
import org.esgstudio.layout.PageBox;
import org.esgstudio.layout.PathBox;
import org.esgstudio.layout.RectBox;
import org.esgstudio.layout.Rgb;
import org.esgstudio.layout.TextBox;
import org.esgstudio.layout.flow.ComposerFixtures.Composition;
import org.junit.jupiter.api.Test;

/**
 * A small fixed document (cover, running head, a marked section heading, three paragraphs of 12, 30 and 28 lines
 * with one footnote, a 12-row table and a case-study panel) composed into pages and compared, as a canonical text
 * dump, with {@code src/test/resources/golden/page-composer.txt}. The dump lists per page its index and label, its
 * anchors, then each box on one line (type, coordinates rounded to 0.1 pt, colours, text), and ends with the
 * outline, the anchors' pages and the warnings.
 *
 * <p>When a deliberate change of the layout changes the dump, regenerate the file and review its diff:
 * <pre>mvn test -Dtest=PageComposerGoldenTest -Dgolden.update</pre>
 * With the system property {@code golden.update} set (to any value) the test rewrites the file instead of
 * comparing against it.
 */
class PageComposerGoldenTest {
    static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "page-composer.txt");

    @Test
    void composedSampleMatchesTheGoldenDump() throws IOException {
        String actual = dump(compose(sample()));

        if (System.getProperty("golden.update") != null) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(GOLDEN).as("golden file (create it with -Dgolden.update)").exists();
        String expected = Files.readString(GOLDEN, StandardCharsets.UTF_8).replace("\r\n", "\n");
        assertThat(actual).isEqualTo(expected);
    }

    static List<FlowItem> sample() {
        Rgb green = new Rgb(11, 93, 75);
        DesignedPage cover = new DesignedPage(number -> List.of(
                RectBox.filled(0, 0, GEOMETRY.width(), GEOMETRY.height(), green),
                new TextBox(60, 300, FONT.face(), 24, Rgb.WHITE, "示例集团 2024 ESG报告", 0)),
                List.of(new Anchor("cover", 0)), false, List.of());
        List<TableRow> rows = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            rows.add(TableCompositionTest.bodyRow(i, i == 6 ? 1 : 0));
        }
        PanelFlow panel = PanelCompositionTest.panel(paragraph(101, 4, 0), paragraph(102, 6, 6));

        List<FlowItem> items = new ArrayList<>();
        items.add(new FlowItem.Designed(cover));
        items.add(new FlowItem.RunningHead("第一章 环境"));
        items.add(new FlowItem.Mark("s-1-1", new OutlineEntry("1.1 气候变化", 1, "s-1-1")));
        items.add(content(heading("1.1 气候变化")));
        items.add(content(paragraph(1, 12, 8)));
        items.add(content(paragraph(2, 30, 8, Map.of(7, "fn-1"))));
        items.add(content(paragraph(3, 28, 8)));
        items.add(content(TableCompositionTest.table(rows)));
        items.add(content(panel));
        return items;
    }

    static String dump(Composition result) {
        StringBuilder out = new StringBuilder();
        for (PageBox page : result.pages()) {
            out.append("page ").append(page.index()).append(" label \"").append(page.label()).append("\" ")
                    .append(num(page.width())).append('x').append(num(page.height())).append('\n');
            for (Anchor anchor : page.anchors()) {
                out.append("  anchor ").append(anchor.name()).append(" y=").append(num(anchor.y())).append('\n');
            }
            for (Box box : page.boxes()) {
                out.append("  ").append(box(box)).append('\n');
            }
        }
        out.append("outline\n");
        for (OutlineEntry entry : result.composer().outline()) {
            out.append("  ").append(entry.level()).append(' ').append(entry.anchor()).append(" \"")
                    .append(entry.title()).append("\"\n");
        }
        out.append("anchor pages\n");
        new TreeMap<>(result.composer().anchorPages())
                .forEach((name, page) -> out.append("  ").append(name).append('=').append(page).append('\n'));
        out.append("warnings\n");
        for (LayoutWarning warning : result.warnings()) {
            out.append("  ").append(warning).append('\n');
        }
        return out.toString();
    }

    private static String box(Box box) {
        if (box instanceof TextBox t) {
            return "text x=" + num(t.x()) + " y=" + num(t.baseline()) + " size=" + num(t.size()) + " "
                    + t.face().key() + " " + color(t.color())
                    + (t.charSpacing() == 0 ? "" : " tc=" + num(t.charSpacing())) + " \"" + t.text() + "\"";
        }
        if (box instanceof RectBox r) {
            return "rect x=" + num(r.x()) + " y=" + num(r.y()) + " w=" + num(r.width()) + " h=" + num(r.height())
                    + " fill=" + color(r.fill()) + " stroke=" + color(r.stroke()) + " sw=" + num(r.strokeWidth())
                    + " r=" + num(r.radius());
        }
        if (box instanceof LineBox l) {
            return "line x1=" + num(l.x1()) + " y1=" + num(l.y1()) + " x2=" + num(l.x2()) + " y2=" + num(l.y2())
                    + " w=" + num(l.width()) + " " + color(l.color()) + (l.dash() == 0 ? "" : " dash=" + num(l.dash()));
        }
        if (box instanceof LinkBox k) {
            return "link x=" + num(k.x()) + " y=" + num(k.y()) + " w=" + num(k.width()) + " h=" + num(k.height())
                    + " -> " + k.anchor();
        }
        if (box instanceof ImageBox i) {
            return "image x=" + num(i.x()) + " y=" + num(i.y()) + " w=" + num(i.width()) + " h=" + num(i.height())
                    + " " + i.asset();
        }
        PathBox p = (PathBox) box;
        return "path ops=" + p.ops().size() + " fill=" + color(p.fill()) + " stroke=" + color(p.stroke());
    }

    private static String color(Rgb color) {
        return color == null ? "-" : color.toHex();
    }

    /** Rounded to 0.1 pt, without a negative zero. */
    private static String num(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.equals("-0.0") ? "0.0" : text;
    }
}
