package org.esgstudio.layout.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.esgstudio.layout.Box;
import org.esgstudio.layout.LayoutWarning;
import org.esgstudio.layout.LineBox;
import org.esgstudio.layout.OutlineEntry;
import org.esgstudio.layout.PageBox;
import org.esgstudio.layout.RectBox;
import org.esgstudio.layout.Rgb;
import org.esgstudio.layout.TextBox;
import org.esgstudio.layout.font.FontFace;
import org.esgstudio.layout.font.FontMetrics;
import org.esgstudio.layout.text.LaidLine;
import org.esgstudio.layout.text.PlacedRun;
import org.esgstudio.layout.theme.PageGeometry;

/**
 * Shared fakes for the page-composition tests: a font whose every character is 1 em wide (ascent 0.8 em, descent
 * 0.2 em), lines made directly (one run each, text such as "第3段第2行"), a footnote setter whose notes are 10 pt
 * high under an 8 pt separator, and a decorator that paints "page N / head" in the top margin.
 *
 * <p>With {@link #SIZE} 10 pt text on {@link #LINE} 16 pt lines a line's baseline sits 11 pt below its top
 * ((16 − 10) / 2 + 8), and an A4 page with 20 mm top and bottom margins holds 45 lines (720 of 728.5 pt).
 */
final class ComposerFixtures {
    static final PageGeometry GEOMETRY = new PageGeometry("A4", 20, 20, 20, 15);
    static final double SIZE = 10;
    static final double LINE = 16;
    /** Baseline of a {@link #LINE}-tall line of {@link #SIZE} text, below the line's top. */
    static final double BASELINE = 11;
    static final double FOOTNOTE_HEIGHT = 10;
    static final double SEPARATOR_HEIGHT = 8;
    static final FontMetrics FONT = new FakeMetrics();
    static final Rgb INK = Rgb.BLACK;
    static final Rgb FILLER_FILL = new Rgb(200, 200, 200);

    private ComposerFixtures() {
    }

    /** Every character 1 em wide, ascent 0.8 em, descent 0.2 em, face key "fake". */
    static final class FakeMetrics implements FontMetrics {
        private static final FontFace FACE = new FontFace("fake", "fake");

        @Override
        public FontFace face() {
            return FACE;
        }

        @Override
        public boolean hasGlyph(int codePoint) {
            return true;
        }

        @Override
        public double advance(int codePoint, double size) {
            return size;
        }

        @Override
        public double ascent(double size) {
            return 0.8 * size;
        }

        @Override
        public double descent(double size) {
            return 0.2 * size;
        }

        @Override
        public double capHeight(double size) {
            return 0.7 * size;
        }

        @Override
        public double leftBearing(int codePoint) {
            return 0;
        }

        @Override
        public double rightBearing(int codePoint) {
            return 0;
        }
    }

    /** Footnotes 10 pt high each under an 8 pt separator: a rule at the separator's top, one TextBox per note. */
    static final class FakeFootnotes implements FootnoteSetter {
        @Override
        public double height(String footnoteId) {
            return FOOTNOTE_HEIGHT;
        }

        @Override
        public double separatorHeight() {
            return SEPARATOR_HEIGHT;
        }

        @Override
        public List<Box> boxes(List<String> footnoteIds) {
            List<Box> boxes = new ArrayList<>();
            boxes.add(LineBox.solid(0, 0, 40, 0, INK, 0.5));
            double y = SEPARATOR_HEIGHT;
            for (String id : footnoteIds) {
                boxes.add(new TextBox(0, y + 8, FONT.face(), 8, INK, id, 0));
                y += FOOTNOTE_HEIGHT;
            }
            return boxes;
        }
    }

    /** One TextBox "page N / head" in the top margin, at the page's left margin. */
    static final class FakeDecorator implements PageDecorator {
        @Override
        public List<Box> decorate(int pageNumber, String runningHead) {
            return List.of(new TextBox(GEOMETRY.left(pageNumber), GEOMETRY.top() - 12, FONT.face(), 9, INK,
                    "page " + pageNumber + " / " + runningHead, 0));
        }
    }

    /** The result of one composition: pages, warnings, and the composer (for its outline and anchor pages). */
    record Composition(List<PageBox> pages, List<LayoutWarning> warnings, PageComposer composer) {
        PageBox page(int number) {
            return pages.get(number - 1);
        }
    }

    static Composition compose(List<FlowItem> items) {
        List<LayoutWarning> warnings = new ArrayList<>();
        PageComposer composer = new PageComposer(GEOMETRY, new FakeDecorator(), new FakeFootnotes(), warnings::add);
        List<PageBox> pages = composer.compose(items);
        return new Composition(pages, warnings, composer);
    }

    static Composition compose(FlowItem... items) {
        return compose(Arrays.asList(items));
    }

    static FlowItem content(Flowable flowable) {
        return new FlowItem.Content(flowable);
    }

    static FlowItem mark(String anchor, String outlineTitle) {
        return new FlowItem.Mark(anchor, outlineTitle == null ? null : new OutlineEntry(outlineTitle, 1, anchor));
    }

    // ---- lines and flowables

    static LaidLine line(String text, double size, List<String> footnoteIds) {
        PlacedRun run = new PlacedRun(0, text, FONT, size, INK, 0, 0,
                footnoteIds.isEmpty() ? null : footnoteIds.get(0), null);
        return new LaidLine(List.of(run), FONT.width(text, size), FONT.ascent(size), FONT.descent(size), footnoteIds,
                false);
    }

    static LaidLine line(String text) {
        return line(text, SIZE, List.of());
    }

    static String lineText(int paragraph, int line) {
        return "第" + paragraph + "段第" + line + "行";
    }

    /** Lines "第p段第1行" … "第p段第n行"; {@code footnotes} maps a line number (from 1) to the footnote it refers to. */
    static List<LaidLine> lines(int paragraph, int count, Map<Integer, String> footnotes) {
        List<LaidLine> lines = new ArrayList<>();
        for (int l = 1; l <= count; l++) {
            String note = footnotes.get(l);
            lines.add(line(lineText(paragraph, l), SIZE, note == null ? List.of() : List.of(note)));
        }
        return lines;
    }

    static List<String> lineTexts(int paragraph, int count) {
        List<String> texts = new ArrayList<>();
        for (int l = 1; l <= count; l++) {
            texts.add(lineText(paragraph, l));
        }
        return texts;
    }

    static ParagraphFlow paragraph(int paragraph, int count, double spaceBefore) {
        return new ParagraphFlow(lines(paragraph, count, Map.of()), LINE, spaceBefore, 0);
    }

    static ParagraphFlow paragraph(int paragraph, int count, double spaceBefore, Map<Integer, String> footnotes) {
        return new ParagraphFlow(lines(paragraph, count, footnotes), LINE, spaceBefore, 0);
    }

    /** A one-line heading kept with the next content: 12 pt before, a 24 pt line, 6 pt after (42 pt in all). */
    static ParagraphFlow heading(String text) {
        return new ParagraphFlow(List.of(line(text, 14, List.of())), 24, 12, 6, 0, true,
                List.of(RectBox.filled(0, 22, 30, 1.5, INK)));
    }

    /** Unsplittable grey block {@code height} tall, no space around it. */
    static FixedFlow filler(double height) {
        return new FixedFlow(List.of(RectBox.filled(0, 0, 100, height, FILLER_FILL)), height, 0, 0);
    }

    /** A filler that, on an empty page, leaves exactly {@code room} points of the content area. */
    static FixedFlow fillerLeaving(double room) {
        return filler(GEOMETRY.contentHeight() - room);
    }

    // ---- looking at pages

    static boolean isDecoration(TextBox box) {
        return box.text().startsWith("page ");
    }

    static boolean isFootnote(TextBox box) {
        return box.text().startsWith("fn-");
    }

    /** The content text boxes of a page (neither the running head nor footnotes), in painting order. */
    static List<TextBox> contentTexts(PageBox page) {
        List<TextBox> out = new ArrayList<>();
        for (Box box : page.boxes()) {
            if (box instanceof TextBox text && !isDecoration(text) && !isFootnote(text)) {
                out.add(text);
            }
        }
        return out;
    }

    static List<String> contentStrings(PageBox page) {
        return contentTexts(page).stream().map(TextBox::text).toList();
    }

    /** Content text of all pages, page after page, in painting order. */
    static List<String> contentStrings(List<PageBox> pages) {
        List<String> out = new ArrayList<>();
        pages.forEach(page -> out.addAll(contentStrings(page)));
        return out;
    }

    static List<TextBox> textBoxes(PageBox page, String text) {
        List<TextBox> out = new ArrayList<>();
        for (Box box : page.boxes()) {
            if (box instanceof TextBox t && t.text().equals(text)) {
                out.add(t);
            }
        }
        return out;
    }

    /** The only text box with this text on the page. */
    static TextBox textBox(PageBox page, String text) {
        List<TextBox> found = textBoxes(page, text);
        assertThat(found).as("text boxes “%s” on page %d", text, page.index()).hasSize(1);
        return found.get(0);
    }

    /** The number of the only page showing this text (asserting it appears exactly once in the document). */
    static int pageOf(List<PageBox> pages, String text) {
        int found = -1;
        int count = 0;
        for (PageBox page : pages) {
            int here = textBoxes(page, text).size();
            if (here > 0) {
                found = page.index();
                count += here;
            }
        }
        assertThat(count).as("occurrences of “%s”", text).isEqualTo(1);
        return found;
    }

    /** How many of the given texts are on the page. */
    static long countOn(PageBox page, List<String> texts) {
        return contentStrings(page).stream().filter(texts::contains).count();
    }

    static <T extends Box> List<T> boxesOf(PageBox page, Class<T> type) {
        return page.boxes().stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The separator rule of the footnote area (the fake setter's 40 pt rule), whose y is the area's top. */
    static List<LineBox> footnoteRules(PageBox page) {
        return boxesOf(page, LineBox.class).stream()
                .filter(line -> line.width() == 0.5 && Math.abs(line.x2() - line.x1() - 40) < 1e-6).toList();
    }

    /** Top of the footnote area when it holds {@code notes} footnotes. */
    static double footnoteAreaTop(int notes) {
        return GEOMETRY.top() + GEOMETRY.contentHeight() - SEPARATOR_HEIGHT - notes * FOOTNOTE_HEIGHT;
    }

    /** Baseline of the content line whose top is {@code top} points below the content area's top. */
    static double baselineAt(double top) {
        return GEOMETRY.top() + top + BASELINE;
    }
}
