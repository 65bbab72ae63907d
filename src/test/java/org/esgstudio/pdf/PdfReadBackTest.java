package org.esgstudio.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.esgstudio.model.Chapter;
import org.esgstudio.model.ChapterKind;
import org.esgstudio.model.FrontPart;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Report;
import org.esgstudio.model.ReportInfo;
import org.esgstudio.model.Section;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both sample reports exported in every edition (zh, en, zh+en) and read back with PDFBox: page count, fonts,
 * bookmarks, contents page numbers, page labels, Chinese line-breaking rules and metadata as a reader sees them.
 * Each (sample, edition) is exported once for the whole class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PdfReadBackTest {
    static final String MAIN = "qinghe-2024";
    static final String FEATURED = "hengchuan-2024";

    /** Characters that must never start a line (closing marks, pause and stop marks, ％) — as check-pdf-lines. */
    static final String NO_LINE_START = "，。、；：？！）》」』】〕〉”’％";
    /** Characters that must never end a line (opening marks). */
    static final String NO_LINE_END = "（《「『【〔〈“‘";

    private static final Pattern CONTENTS_LINE = Pattern.compile("^(.*\\S)\\s+(\\d+)$");
    private static final Pattern SUBSET_NAME = Pattern.compile("^[A-Z]{6}\\+.+");

    @TempDir
    static Path dir;

    private final Map<String, Map<Edition, Exported>> exports = new LinkedHashMap<>();

    /** One exported sample in one edition: the model, the layout's result, the file and the loaded PDF. */
    record Exported(String sample, Edition edition, Project project, LaidOutDocument laid, Path file, PDDocument pdf,
                    List<String> pageTexts) {
        Report report() {
            return project.report();
        }

        String pageText(int number) {
            return pageTexts.get(number - 1);
        }

        @Override
        public String toString() {
            return sample + " " + edition;
        }
    }

    @BeforeAll
    void exportBothSamplesInEveryEdition() throws IOException {
        for (String sample : List.of(MAIN, FEATURED)) {
            // As the app exports it: generated content indexes filled in from the shipped catalogues.
            Project project = org.esgstudio.frameworks.ContentIndexes.expand(
                    ReportFolder.read(Path.of("sample-reports", sample), "test", Instant.EPOCH),
                    org.esgstudio.json.CatalogueFiles.shipped());
            Map<Edition, Exported> bySample = new EnumMap<>(Edition.class);
            for (Edition edition : Edition.values()) {
                Path file = dir.resolve(sample + "-" + edition.name().toLowerCase(java.util.Locale.ROOT) + ".pdf");
                ReportPdf.Result result = ReportPdf.export(project, ThemeFiles.load("jade"), edition,
                        PrintOptions.SCREEN, file);
                PDDocument pdf = Loader.loadPDF(file.toFile());
                bySample.put(edition, new Exported(sample, edition, project, result.document(), file, pdf,
                        pageTexts(pdf)));
            }
            exports.put(sample, bySample);
        }
    }

    @AfterAll
    void closeDocuments() throws IOException {
        for (Map<Edition, Exported> bySample : exports.values()) {
            for (Exported exported : bySample.values()) {
                exported.pdf().close();
            }
        }
    }

    Stream<Named<Exported>> exports() {
        return exports.values().stream().flatMap(bySample -> bySample.values().stream())
                .map(exported -> Named.of(exported.toString(), exported));
    }

    /** The Chinese and the bilingual editions (Chinese labels, set in Noto Sans SC). */
    Stream<Named<Exported>> chineseLabelledExports() {
        return exports().filter(named -> named.getPayload().edition() != Edition.EN);
    }

    Stream<Named<Exported>> singleLanguageExports() {
        return exports().filter(named -> named.getPayload().edition() != Edition.BILINGUAL);
    }

    Stream<Named<Exported>> bilingualExports() {
        return exports().filter(named -> named.getPayload().edition() == Edition.BILINGUAL);
    }

    /** The English editions (labels set in Noto Serif, which has no Chinese and no ①②③). */
    Stream<Named<Exported>> englishExports() {
        return exports().filter(named -> named.getPayload().edition() == Edition.EN);
    }

    private static List<String> pageTexts(PDDocument pdf) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setLineSeparator("\n");
        List<String> texts = new ArrayList<>();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            texts.add(stripper.getText(pdf));
        }
        return texts;
    }

    // ---------------------------------------------------------------- pages

    @ParameterizedTest
    @MethodSource("exports")
    void pdfHasThePagesOfTheLayout(Exported exported) {
        int pages = exported.pdf().getNumberOfPages();
        assertThat(pages).as("PDF pages = laid-out pages").isEqualTo(exported.laid().pages().size());
        Report report = exported.report();
        int sections = report.chapters().stream().mapToInt(chapter -> chapter.sections().size()).sum();
        // Cover, contents, a page per part and per chapter opener at the very least; not absurdly many.
        int floor = 2 + report.front().size() + report.chapters().size() + report.back().size();
        assertThat(pages).as("plausible page count").isGreaterThanOrEqualTo(floor + sections / 2).isLessThan(400);
        if (exported.sample().equals(MAIN) && exported.edition() == Edition.ZH) {
            assertThat(pages).as("main sample, Chinese edition").isGreaterThanOrEqualTo(55);
        }
    }

    // ---------------------------------------------------------------- fonts

    @ParameterizedTest
    @MethodSource("exports")
    void everyFontIsAnEmbeddedSubsetAndNoneIsAStandard14Font(Exported exported) throws IOException {
        Map<String, PDFont> fonts = new LinkedHashMap<>();
        for (PDPage page : exported.pdf().getPages()) {
            collectFonts(page.getResources(), fonts, new LinkedHashSet<>());
        }
        assertThat(fonts).as("fonts used").isNotEmpty();
        for (Map.Entry<String, PDFont> entry : fonts.entrySet()) {
            PDFont font = entry.getValue();
            String name = font.getName();
            assertThat(font.isEmbedded()).as("%s is embedded", name).isTrue();
            assertThat(name).as("subset name (ABCDEF+…)").matches(SUBSET_NAME);
            String base = name.substring(name.indexOf('+') + 1);
            assertThat(Standard14Fonts.containsName(base)).as("%s is a standard-14 font", base).isFalse();
            assertThat(base).doesNotStartWith("Helvetica").doesNotStartWith("Times").doesNotStartWith("Courier");
        }
    }

    /** Fonts of a resource dictionary and of the form XObjects it holds, keyed by base name + object identity. */
    private static void collectFonts(PDResources resources, Map<String, PDFont> fonts, Set<Object> seen)
            throws IOException {
        if (resources == null || !seen.add(resources.getCOSObject())) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            fonts.putIfAbsent(font.getName() + "@" + System.identityHashCode(font.getCOSObject()), font);
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject xobject = resources.getXObject(name);
            if (xobject instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts, seen);
            }
        }
    }

    // ---------------------------------------------------------------- bookmarks

    @ParameterizedTest
    @MethodSource("exports")
    void bookmarksHoldEveryChapterAndItsSectionsInOrder(Exported exported) throws IOException {
        Report report = exported.report();
        PDOutlineNode root = exported.pdf().getDocumentCatalog().getDocumentOutline();
        assertThat(root).as("document outline").isNotNull();
        List<PDOutlineItem> top = children(root);
        List<String> topTitles = top.stream().map(PDOutlineItem::getTitle).toList();

        List<String> chapterTitles = new ArrayList<>();
        int number = 0;
        for (Chapter chapter : report.chapters()) {
            String title = shown(chapter.title(), exported.edition());
            if (chapter.kind() == ChapterKind.CHAPTER) {
                number++;
                title = String.format("%02d", number) + " " + title;
            }
            chapterTitles.add(title);
            assertThat(topTitles).as("top-level bookmarks").contains(title);
            PDOutlineItem item = top.get(topTitles.indexOf(title));

            List<String> expectedSections = new ArrayList<>();
            for (int k = 0; k < chapter.sections().size(); k++) {
                String sectionTitle = shown(chapter.sections().get(k).title(), exported.edition());
                boolean numbered = chapter.kind() == ChapterKind.CHAPTER && report.settings().numberedSections();
                expectedSections.add(numbered ? number + "." + (k + 1) + " " + sectionTitle : sectionTitle);
            }
            assertThat(children(item).stream().map(PDOutlineItem::getTitle).toList())
                    .as("section bookmarks under %s", title).containsExactlyElementsOf(expectedSections);

            // The chapter's bookmark opens its opener page, which shows the chapter's title.
            int page = pageNumber(exported.pdf(), item);
            assertThat(page).as("page of bookmark %s", title).isEqualTo(exported.laid().anchorPages().get(chapter.id()));
            assertThat(squeeze(exported.pageText(page))).as("opener page %d", page)
                    .contains(squeeze(onPage(chapter.title(), exported.edition())));
            for (int k = 0; k < chapter.sections().size(); k++) {
                Section section = chapter.sections().get(k);
                int sectionPage = pageNumber(exported.pdf(), children(item).get(k));
                assertThat(sectionPage).as("page of section bookmark %s", section.id())
                        .isEqualTo(exported.laid().anchorPages().get(section.id()));
                assertThat(squeeze(exported.pageText(sectionPage))).as("page %d", sectionPage)
                        .contains(squeeze(onPage(section.title(), exported.edition())));
            }
        }
        List<String> inOrder = topTitles.stream().filter(chapterTitles::contains).toList();
        assertThat(inOrder).as("chapters in report order").containsExactlyElementsOf(chapterTitles);
        if (exported.sample().equals(FEATURED)) {
            assertThat(report.chapters()).anyMatch(chapter -> chapter.kind() == ChapterKind.FEATURE);
            for (Chapter feature : report.chapters()) {
                if (feature.kind() == ChapterKind.FEATURE) {
                    assertThat(topTitles).as("a feature's bookmark is unnumbered")
                            .contains(shown(feature.title(), exported.edition()));
                }
            }
        }
    }

    private static List<PDOutlineItem> children(PDOutlineNode node) {
        List<PDOutlineItem> items = new ArrayList<>();
        node.children().forEach(items::add);
        return items;
    }

    private static int pageNumber(PDDocument pdf, PDOutlineItem item) throws IOException {
        PDPage page = item.findDestinationPage(pdf);
        assertThat(page).as("destination of bookmark %s", item.getTitle()).isNotNull();
        return pdf.getPages().indexOf(page) + 1;
    }

    // ---------------------------------------------------------------- contents and page labels

    @ParameterizedTest
    @MethodSource("chineseLabelledExports")
    void contentsPageNumbersPointAtPagesShowingTheEntry(Exported exported) {
        checkContents(exported);
    }

    @ParameterizedTest
    @MethodSource("englishExports")
    void contentsPageNumbersPointAtPagesShowingTheEntryInTheEnglishEdition(Exported exported) {
        checkContents(exported);
    }

    private void checkContents(Exported exported) {
        List<String[]> entries = contentsEntries(exported);
        List<Expected> expected = expectedContents(exported);
        assertThat(entries.stream().map(entry -> entry[0]).toList()).as("contents entries").hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            Expected wanted = expected.get(i);
            String listed = squeeze(entries.get(i)[0]);
            if (listed.endsWith("…")) {
                assertThat(squeeze(wanted.listed())).as("shortened entry for %s", wanted.what())
                        .startsWith(listed.substring(0, listed.length() - 1));
            } else {
                assertThat(listed).as("entry for %s", wanted.what()).isEqualTo(squeeze(wanted.listed()));
            }
            int page = Integer.parseInt(entries.get(i)[1]);
            assertThat(page).as("page of %s", wanted.what()).isBetween(2, exported.pdf().getNumberOfPages());
            assertThat(squeeze(exported.pageText(page))).as("%s listed on page %d", wanted.what(), page)
                    .contains(squeeze(onPage(wanted.title(), exported.edition())));
        }
    }

    @ParameterizedTest
    @MethodSource("exports")
    void pageLabelsCallTheCover封面AndNumberEveryOtherPageAsPrinted(Exported exported) throws IOException {
        PDPageLabels labels = exported.pdf().getDocumentCatalog().getPageLabels();
        assertThat(labels).as("page labels").isNotNull();
        String[] byIndex = labels.getLabelsByPageIndices();
        assertThat(byIndex).hasSize(exported.pdf().getNumberOfPages());
        assertThat(byIndex[0]).isEqualTo("封面");
        for (int i = 1; i < byIndex.length; i++) {
            assertThat(byIndex[i]).as("label of page %d", i + 1).isEqualTo(String.valueOf(i + 1));
        }
        // The contents' page numbers are labels: the page labelled N is the page the entry names.
        for (String[] entry : contentsEntries(exported)) {
            int page = Integer.parseInt(entry[1]);
            assertThat(byIndex[page - 1]).isEqualTo(entry[1]);
        }
    }

    /** The contents entries as the reader sees them: title and page number, from the contents page(s). */
    private static List<String[]> contentsEntries(Exported exported) {
        Map<String, Integer> anchors = exported.laid().anchorPages();
        int first = anchors.get("toc");
        int last = anchors.values().stream().filter(page -> page > first).min(Integer::compare).orElseThrow() - 1;
        List<String[]> entries = new ArrayList<>();
        for (int page = first; page <= last; page++) {
            for (String line : exported.pageText(page).split("\n")) {
                Matcher matcher = CONTENTS_LINE.matcher(line.strip());
                if (matcher.matches()) {
                    entries.add(new String[] {matcher.group(1).strip(), matcher.group(2)});
                }
            }
        }
        assertThat(entries).as("entries on contents pages %d–%d", first, last).isNotEmpty();
        return entries;
    }

    private static List<FrontPart> frontEntries(Report report) {
        return report.front().stream().filter(part -> !(part instanceof ReportInfo)).toList();
    }

    /** A contents entry as the model says it should read: the listed text, the title a page shows, what it is. */
    record Expected(String listed, LocalizedText title, String what) {
    }

    /** The contents in order: front parts, each chapter followed by its sections, back parts. */
    private static List<Expected> expectedContents(Exported exported) {
        Report report = exported.report();
        Edition edition = exported.edition();
        List<Expected> expected = new ArrayList<>();
        frontEntries(report).forEach(part -> expected.add(new Expected(shown(part.title(), edition), part.title(),
                "part " + part.id())));
        int number = 0;
        for (Chapter chapter : report.chapters()) {
            boolean numbered = chapter.kind() == ChapterKind.CHAPTER;
            if (numbered) {
                number++;
            }
            expected.add(new Expected((numbered ? String.format("%02d", number) + " " : "")
                    + shown(chapter.title(), edition), chapter.title(), "chapter " + chapter.id()));
            for (int k = 0; k < chapter.sections().size(); k++) {
                Section section = chapter.sections().get(k);
                String title = shown(section.title(), edition);
                expected.add(new Expected(numbered && report.settings().numberedSections()
                        ? number + "." + (k + 1) + " " + title : title, section.title(), "section " + section.id()));
            }
        }
        report.back().forEach(part -> expected.add(new Expected(shown(part.title(), edition), part.title(),
                "part " + part.id())));
        return expected;
    }

    // ---------------------------------------------------------------- glyphs

    @ParameterizedTest
    @MethodSource("chineseLabelledExports")
    void everyCharacterOfEveryTextBoxHasAGlyphInItsFont(Exported exported) {
        assertThat(charactersWithoutGlyph(exported)).as("text drawn with a font that lacks the glyph").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("englishExports")
    void everyCharacterOfEveryTextBoxHasAGlyphInItsFontInTheEnglishEdition(Exported exported) {
        assertThat(charactersWithoutGlyph(exported)).as("text drawn with a font that lacks the glyph").isEmpty();
    }

    /** Text boxes (page: font: text) with a character their font has no glyph for, i.e. drawn as .notdef. */
    private static List<String> charactersWithoutGlyph(Exported exported) {
        List<String> missing = new ArrayList<>();
        for (PageBox page : exported.laid().pages()) {
            for (Box box : page.boxes()) {
                if (box instanceof TextBox text) {
                    FontMetrics font = FontLibrary.shared().metrics(text.face());
                    if (text.text().codePoints().anyMatch(cp -> !Character.isWhitespace(cp) && !font.hasGlyph(cp))) {
                        missing.add("page " + page.index() + ": " + text.face().key() + ": " + text.text());
                    }
                }
            }
        }
        return missing;
    }

    // ---------------------------------------------------------------- line rules

    @ParameterizedTest
    @MethodSource("exports")
    void noLineStartsWithAClosingMarkOrEndsWithAnOpeningMark(Exported exported) {
        List<String> violations = new ArrayList<>();
        for (int page = 1; page <= exported.pageTexts().size(); page++) {
            for (String raw : exported.pageText(page).split("\n")) {
                String line = raw.strip();
                if (line.isEmpty()) {
                    continue;
                }
                if (NO_LINE_START.indexOf(line.charAt(0)) >= 0) {
                    violations.add("page " + page + " starts with " + line.charAt(0) + ": " + line);
                }
                if (NO_LINE_END.indexOf(line.charAt(line.length() - 1)) >= 0) {
                    violations.add("page " + page + " ends with " + line.charAt(line.length() - 1) + ": " + line);
                }
            }
        }
        assertThat(violations).as("line-breaking violations").isEmpty();
    }

    // ---------------------------------------------------------------- warnings

    @ParameterizedTest
    @MethodSource("singleLanguageExports")
    void everyLayoutWarningSaysWhereItIs(Exported exported) {
        assertThat(exported.laid().warnings()).as("warnings")
                .allSatisfy(warning -> assertThat(warning.where()).as(warning.toString()).isNotBlank());
        if (exported.edition() == Edition.ZH) {
            assertThat(exported.laid().warnings()).as("the samples' Chinese editions need no workaround").isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("bilingualExports")
    void everyLayoutWarningSaysWhereItIsInTheBilingualEdition(Exported exported) {
        assertThat(exported.laid().warnings()).as("warnings")
                .allSatisfy(warning -> assertThat(warning.where()).as(warning.toString()).isNotBlank());
    }

    // ---------------------------------------------------------------- metadata and size

    @ParameterizedTest
    @MethodSource("exports")
    void metadataCarriesTitleCompanyAndLanguage(Exported exported) {
        Report report = exported.report();
        var info = exported.pdf().getDocumentInformation();
        assertThat(info.getTitle()).isEqualTo(shown(report.settings().title(), exported.edition())).isNotBlank();
        assertThat(info.getAuthor()).isEqualTo(shown(report.settings().company(), exported.edition())).isNotBlank();
        String language = exported.pdf().getDocumentCatalog().getLanguage();
        assertThat(language).as("/Lang").isEqualTo(exported.edition() == Edition.EN ? "en" : "zh-CN");
        assertThat(exported.pdf().getDocumentCatalog().getCOSObject().containsKey(COSName.LANG)).isTrue();
    }

    @Test
    void mainSampleChineseEditionIsAtMostFiveMegabytes() throws IOException {
        Path file = exports.get(MAIN).get(Edition.ZH).file();
        assertThat(Files.size(file)).as("size of %s", file.getFileName()).isPositive()
                .isLessThanOrEqualTo(5L * 1024 * 1024);
    }

    // ---------------------------------------------------------------- helpers

    /** A title as headings, bookmarks and contents show it: the edition's language, Chinese when English is missing. */
    static String shown(LocalizedText text, Edition edition) {
        String chosen = text.in(edition.primary());
        return chosen.isEmpty() ? text.zh() : chosen;
    }

    /** A title as its page shows it: in the English edition missing English is the "[English missing: …]" placeholder. */
    static String onPage(LocalizedText text, Edition edition) {
        if (edition == Edition.EN && !text.hasEnglish()) {
            String zh = text.zh();
            return "[English missing: " + (zh.length() <= 18 ? zh : zh.substring(0, 18) + "…") + "]";
        }
        return shown(text, edition);
    }

    /** Text with all whitespace removed, to compare across line wraps and extraction spacing. */
    static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
