package org.esgstudio.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.esgstudio.data.Project;
import org.esgstudio.json.ReportFolder;
import org.esgstudio.json.ThemeFiles;
import org.esgstudio.layout.Box;
import org.esgstudio.layout.LaidOutDocument;
import org.esgstudio.layout.PageBox;
import org.esgstudio.layout.TextBox;
import org.esgstudio.layout.font.FontLibrary;
import org.esgstudio.layout.font.FontMetrics;
import org.esgstudio.layout.report.Edition;
import org.esgstudio.layout.theme.PageGeometry;
import org.esgstudio.layout.theme.Theme;
import org.esgstudio.layout.theme.ThemeSizes;
import org.esgstudio.model.Chapter;
import org.esgstudio.model.Footnote;
import org.esgstudio.model.FootnoteNumbering;
import org.esgstudio.model.Location;
import org.esgstudio.model.ReportVisitor;
import org.esgstudio.model.ReportWalk;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Page rules checked on the laid-out pages of the main sample's Chinese edition (no PDF needed): text stays in the
 * content area, a heading never ends a page, footnotes sit on the page of their marker.
 */
class PageBoxRulesTest {
    private static final double TOLERANCE = 0.5;

    static Project project;
    static Theme theme;
    static LaidOutDocument laid;
    /** Pages drawn whole: the cover and the chapter openers. */
    static Set<Integer> designed;
    /** The contents pages. */
    static Set<Integer> contents;

    @BeforeAll
    static void layOutTheMainSample() {
        project = ReportFolder.read(Path.of("sample-reports", "qinghe-2024"), "test", Instant.EPOCH);
        theme = ThemeFiles.load("jade");
        laid = ReportPdf.layout(project, theme, Edition.ZH);
        designed = new LinkedHashSet<>();
        designed.add(laid.anchorPages().get("cover"));
        for (Chapter chapter : project.report().chapters()) {
            designed.add(laid.anchorPages().get(chapter.id()));
        }
        contents = new LinkedHashSet<>();
        int first = laid.anchorPages().get("toc");
        int next = laid.anchorPages().values().stream().filter(page -> page > first).min(Integer::compare).orElseThrow();
        for (int page = first; page < next; page++) {
            contents.add(page);
        }
        assertThat(designed).hasSize(1 + project.report().chapters().size());
        assertThat(laid.pages()).hasSizeGreaterThanOrEqualTo(55);
    }

    // ---------------------------------------------------------------- content area

    @Test
    void everyTextBoxLiesInsideTheContentAreaExceptRunningHeadsCoverAndOpeners() {
        assertThat(outsideContentArea()).as("text boxes outside the content area").isEmpty();
    }

    @Test
    void runningHeadsAndPageNumbersSitInTheMarginsOfEveryBodyPage() {
        PageGeometry page = theme.page();
        String reportTitle = project.report().settings().shortName().zh() + " " + project.report().settings().year();
        for (PageBox box : laid.pages()) {
            if (designed.contains(box.index())) {
                continue;
            }
            List<TextBox> heads = texts(box).stream().filter(text -> header(box, text, reportTitle)).toList();
            List<TextBox> numbers = texts(box).stream().filter(text -> footer(box, text)).toList();
            assertThat(heads).as("running head of page %d", box.index()).hasSize(1);
            assertThat(numbers).as("page number of page %d", box.index()).hasSize(1);
            for (TextBox text : List.of(heads.get(0), numbers.get(0))) {
                assertThat(text.x()).as("%s on page %d", text.text(), box.index())
                        .isGreaterThanOrEqualTo(page.left(box.index()) - TOLERANCE);
                assertThat(text.x() + width(text))
                        .isLessThanOrEqualTo(page.left(box.index()) + page.contentWidth() + TOLERANCE);
                assertThat(text.baseline()).isBetween(0.0, page.height());
            }
        }
    }

    private List<String> outsideContentArea() {
        PageGeometry page = theme.page();
        String reportTitle = project.report().settings().shortName().zh() + " " + project.report().settings().year();
        List<String> outside = new ArrayList<>();
        for (PageBox box : laid.pages()) {
            if (designed.contains(box.index())) {
                continue;
            }
            double left = page.left(box.index());
            double right = left + page.contentWidth();
            double top = page.top();
            double bottom = page.top() + page.contentHeight();
            for (TextBox text : texts(box)) {
                if (header(box, text, reportTitle) || footer(box, text)) {
                    continue;
                }
                FontMetrics font = metrics(text);
                boolean inside = text.x() >= left - TOLERANCE && text.x() + width(text) <= right + TOLERANCE
                        && text.baseline() - font.ascent(text.size()) >= top - TOLERANCE
                        && text.baseline() + font.descent(text.size()) <= bottom + TOLERANCE;
                if (!inside) {
                    outside.add(String.format("page %d: “%s” x %.1f–%.1f, baseline %.1f (content %.1f–%.1f × %.1f–%.1f)",
                            box.index(), text.text(), text.x(), text.x() + width(text), text.baseline(), left, right,
                            top, bottom));
                }
            }
        }
        return outside;
    }

    /** The running head: above the content area, starting with the report's short name and year. */
    private static boolean header(PageBox page, TextBox text, String reportTitle) {
        return text.baseline() < theme.page().top() && text.text().startsWith(reportTitle)
                && Math.abs(text.size() - theme.sizes().header()) < 0.01;
    }

    /** The page number: below the content area, printing the page's label. */
    private static boolean footer(PageBox page, TextBox text) {
        return text.baseline() > theme.page().top() + theme.page().contentHeight() && text.text().equals(page.label());
    }

    // ---------------------------------------------------------------- headings

    @Test
    void aHeadingNeverEndsABodyPage() {
        ThemeSizes sizes = theme.sizes();
        double[] headingSizes = {sizes.h2(), sizes.h3(), sizes.body() + 0.5};
        Predicate<TextBox> heading = text -> {
            if (!bold(text)) {
                return false;
            }
            for (double size : headingSizes) {
                if (Math.abs(text.size() - size) < 0.01) {
                    return true;
                }
            }
            return false;
        };
        String reportTitle = project.report().settings().shortName().zh() + " " + project.report().settings().year();
        List<String> stranded = new ArrayList<>();
        int checked = 0;
        for (PageBox page : laid.pages()) {
            if (designed.contains(page.index()) || contents.contains(page.index())) {
                continue;
            }
            List<TextBox> texts = texts(page);
            TextBox lowest = texts.stream().filter(heading)
                    .max((a, b) -> Double.compare(a.baseline(), b.baseline())).orElse(null);
            if (lowest == null) {
                continue;
            }
            checked++;
            double footnoteTop = texts.stream().filter(PageBoxRulesTest::footnoteSized)
                    .mapToDouble(text -> text.baseline() - metrics(text).ascent(text.size())).min()
                    .orElse(Double.MAX_VALUE);
            boolean bodyBelow = texts.stream().anyMatch(text -> !heading.test(text) && !footnoteSized(text)
                    && !header(page, text, reportTitle) && !footer(page, text)
                    && text.baseline() > lowest.baseline() + 1 && text.baseline() < footnoteTop);
            if (!bodyBelow) {
                stranded.add("page " + page.index() + ": “" + lowest.text() + "” at " + lowest.baseline());
            }
        }
        assertThat(checked).as("body pages with headings").isGreaterThan(20);
        assertThat(stranded).as("headings with nothing below them on their page").isEmpty();
    }

    // ---------------------------------------------------------------- footnotes

    @Test
    void everyFootnoteIsPrintedOnThePageOfItsMarker() {
        FootnoteNumbering numbering = FootnoteNumbering.of(project.report());
        Map<String, String> textByMarker = new LinkedHashMap<>();
        ReportWalk.walk(project.report(), new ReportVisitor() {
            @Override
            public void footnote(Footnote footnote, Location location) {
                textByMarker.putIfAbsent(numbering.marker(footnote.id()), footnote.text().zh());
            }
        });
        assertThat(textByMarker).as("footnotes of the main sample").hasSizeGreaterThan(20);

        Set<String> printed = new LinkedHashSet<>();
        Set<String> referenced = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        for (PageBox page : laid.pages()) {
            List<TextBox> texts = texts(page);
            double footnoteTop = texts.stream().filter(PageBoxRulesTest::footnoteSized)
                    .mapToDouble(TextBox::baseline).min().orElse(Double.MAX_VALUE);
            StringBuilder area = new StringBuilder();
            Set<String> areaMarkers = new LinkedHashSet<>();
            Set<String> bodyMarkers = new LinkedHashSet<>();
            for (TextBox text : texts) {
                boolean inArea = footnoteSized(text) && text.baseline() >= footnoteTop;
                if (inArea) {
                    area.append(text.text());
                }
                if (textByMarker.containsKey(text.text())) {
                    (inArea ? areaMarkers : bodyMarkers).add(text.text());
                }
            }
            String areaText = squeeze(area.toString());
            for (String marker : bodyMarkers) {
                referenced.add(marker);
                String start = marker + squeeze(opening(textByMarker.get(marker)));
                if (!areaMarkers.contains(marker) || !areaText.contains(start)) {
                    problems.add("page " + page.index() + ": marker " + marker + " but its note “" + start
                            + "…” is not at the foot of the page (foot: " + areaText + ")");
                }
            }
            for (String marker : areaMarkers) {
                printed.add(marker);
                if (!bodyMarkers.contains(marker)) {
                    problems.add("page " + page.index() + ": note " + marker + " without its marker on the page");
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(referenced).as("markers found in the text").hasSizeGreaterThan(20);
        assertThat(printed).as("every referenced note is printed once").containsExactlyElementsOf(referenced);
    }

    /** The first characters of a footnote's text, before any inline markup. */
    private static String opening(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < 12; i++) {
            char c = text.charAt(i);
            if ("\\*[]{}".indexOf(c) >= 0) {
                break;
            }
            out.append(c);
        }
        return out.toString();
    }

    // ---------------------------------------------------------------- helpers

    private static List<TextBox> texts(PageBox page) {
        List<TextBox> texts = new ArrayList<>();
        for (Box box : page.boxes()) {
            if (box instanceof TextBox text && !text.text().isBlank()) {
                texts.add(text);
            }
        }
        return texts;
    }

    private static boolean footnoteSized(TextBox text) {
        return Math.abs(text.size() - theme.sizes().footnote()) < 0.01;
    }

    private static boolean bold(TextBox text) {
        return text.face().key().contains("bold");
    }

    private static FontMetrics metrics(TextBox text) {
        return FontLibrary.shared().metrics(text.face());
    }

    /** The advance of the text as painted: glyph widths plus the character spacing after each character. */
    static double width(TextBox text) {
        int characters = text.text().codePointCount(0, text.text().length());
        return metrics(text).width(text.text(), text.size()) + text.charSpacing() * characters;
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
