package org.esgstudio.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.esgstudio.data.Project;
import org.esgstudio.json.CatalogueFiles;
import org.esgstudio.json.ReportFolder;
import org.esgstudio.json.ThemeFiles;
import org.esgstudio.layout.report.Edition;
import org.esgstudio.model.BackPart;
import org.esgstudio.model.Block;
import org.esgstudio.model.Chapter;
import org.esgstudio.model.ContentIndex;
import org.esgstudio.model.IndexRow;
import org.esgstudio.model.Part;
import org.esgstudio.model.Report;
import org.esgstudio.model.ReportQuery;
import org.esgstudio.model.Section;
import org.esgstudio.model.SectionNumbering;
import org.esgstudio.pdf.PrintOptions;
import org.esgstudio.pdf.ReportPdf;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main sample's generated GRI and insurance-association indexes, exported to PDF and read back with PDFBox: every
 * row's page numbers (read from the page column by position) fall inside the pages of the sections the row names, as
 * the PDF's own bookmarks place them, and every named section gets a page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentIndexPdfTest {
    @TempDir
    static Path dir;

    private Project expanded;
    private PDDocument pdf;
    private List<Bookmark> bookmarks;

    record Bookmark(String title, int page) {
    }

    /** A run of text on a page with where it starts. */
    record Word(int page, float x, float y, String text) {
    }

    @BeforeAll
    void exportTheMainSample() throws IOException {
        Project project = ReportFolder.read(Path.of("sample-reports", "qinghe-2024"), "test", Instant.EPOCH);
        expanded = ContentIndexes.expand(project, CatalogueFiles.shipped());
        Path file = dir.resolve("qinghe.pdf");
        ReportPdf.export(expanded, ThemeFiles.load("jade"), Edition.ZH, PrintOptions.SCREEN, file);
        pdf = Loader.loadPDF(file.toFile());
        bookmarks = new ArrayList<>();
        flatten(pdf.getDocumentCatalog().getDocumentOutline());
    }

    @AfterAll
    void close() throws IOException {
        pdf.close();
    }

    @Test
    void theGriIndexListsTheTaggedDisclosuresAndTheOmissionsWithTheStatementOfUse() {
        ContentIndex gri = index("gri-index");
        assertThat(gri.rows()).extracting(IndexRow::code).contains("2-1", "2-8", "2-21", "3-3", "305-1", "418-1")
                .doesNotContain("2-4", "201-3");
        assertThat(gri.rows()).filteredOn(row -> row.code().equals("2-21")).singleElement()
                .satisfies(row -> assertThat(row.reason()).isEqualTo("confidentiality-constraints"));
        assertThat(gri.statement().zh()).startsWith("青禾财产保险股份有限公司在2024年1月1日至2024年12月31日期间参照GRI标准")
                .contains("GRI 1：基础 2021");
    }

    @Test
    void theInsuranceAssociationIndexListsAllFortyNineIndicatorsWithSlashesWhereNotDisclosed() {
        ContentIndex ciaa = index("ciaa-index");
        assertThat(ciaa.rows()).hasSize(49);
        assertThat(ciaa.rows()).filteredOn(row -> row.code().equals("S.2.1")).singleElement()
                .satisfies(row -> assertThat(row.omission().zh()).isEqualTo("/"));
        assertThat(ciaa.rows()).filteredOn(row -> row.code().equals("G.3.2")).singleElement()
                .satisfies(row -> assertThat(row.omission().zh()).startsWith("不涉及"));
    }

    @Test
    void everyPageNumberOfTheGriIndexPointsIntoTheSectionsItNames() throws IOException {
        checkPages(index("gri-index"), "GRI内容索引");
    }

    @Test
    void everyPageNumberOfTheInsuranceAssociationIndexPointsIntoTheSectionsItNames() throws IOException {
        checkPages(index("ciaa-index"), "保险业协会ESG信息披露指南索引");
    }

    private void checkPages(ContentIndex index, String bookmark) throws IOException {
        Map<String, List<Integer>> printed = printedPages(bookmark, index);
        int located = 0;
        for (IndexRow row : index.rows()) {
            if (row.sections().isEmpty()) {
                assertThat(printed.get(row.code())).as("pages of %s", row.code()).isEmpty();
                continue;
            }
            located++;
            List<Integer> pages = printed.get(row.code());
            assertThat(pages).as("page numbers printed for %s", row.code()).isNotEmpty();
            List<int[]> ranges = new ArrayList<>();
            for (String element : row.sections()) {
                int[] range = range(titleOf(element));
                ranges.add(range);
                assertThat(pages).as("%s names %s (pages %d–%d)", row.code(), titleOf(element), range[0], range[1])
                        .anySatisfy(page -> assertThat(page).isBetween(range[0], range[1]));
            }
            for (int page : pages) {
                assertThat(ranges).as("page %d printed for %s", page, row.code())
                        .anySatisfy(range -> assertThat(page).isBetween(range[0], range[1]));
            }
        }
        assertThat(located).as("rows with locations").isGreaterThan(30);
    }

    /** The page numbers printed in the index's page column, by disclosure code (read by position on the page). */
    private Map<String, List<Integer>> printedPages(String bookmark, ContentIndex index) throws IOException {
        int[] pages = range(bookmark);
        Set<String> codes = index.rows().stream().map(IndexRow::code).collect(Collectors.toSet());
        Map<String, List<Integer>> printed = new LinkedHashMap<>();
        for (int page = pages[0]; page <= pages[1]; page++) {
            List<Word> words = words(page);
            Word pageHead = words.stream().filter(w -> w.text().equals("页码")).findFirst().orElse(null);
            Word titleHead = words.stream().filter(w -> w.text().equals("披露项标题")).findFirst().orElse(null);
            if (pageHead == null || titleHead == null) {
                continue;
            }
            float pageRight = words.stream().filter(w -> w.text().equals("省略的要求")).map(Word::x).findFirst()
                    .orElse(Float.MAX_VALUE);
            List<Word> starts = words.stream().filter(w -> w.x() < titleHead.x() && codes.contains(w.text())
                    && w.y() > pageHead.y()).sorted((a, b) -> Float.compare(a.y(), b.y())).toList();
            for (int k = 0; k < starts.size(); k++) {
                Word start = starts.get(k);
                float top = start.y() - 2;
                // The last row of a page ends within a few lines (below it are the page's folio and footer).
                float bottom = k + 1 < starts.size() ? starts.get(k + 1).y() - 2 : start.y() + 48;
                String column = words.stream().filter(w -> w.x() >= pageHead.x() - 4 && w.x() < pageRight - 4
                        && w.y() >= top && w.y() < bottom).sorted((a, b) -> Float.compare(a.y(), b.y()))
                        .map(Word::text).collect(Collectors.joining(" "));
                List<Integer> numbers = new ArrayList<>();
                Matcher matcher = Pattern.compile("\\d+").matcher(column);
                while (matcher.find()) {
                    numbers.add(Integer.parseInt(matcher.group()));
                }
                printed.put(start.text(), numbers);
            }
        }
        assertThat(printed.keySet()).as("rows read from the PDF").containsExactlyInAnyOrderElementsOf(codes);
        return printed;
    }

    private List<Word> words(int page) throws IOException {
        List<Word> words = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                int from = 0;
                for (String part : text.split(" ", -1)) {
                    if (!part.isBlank() && from < positions.size()) {
                        TextPosition first = positions.get(from);
                        words.add(new Word(page, first.getXDirAdj(), first.getYDirAdj(), part.strip()));
                    }
                    from += part.length() + 1;
                }
            }
        };
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(pdf);
        return words;
    }

    /** The pages of a bookmarked part or section: from its page to the page where the next bookmark starts. */
    private int[] range(String title) {
        for (int k = 0; k < bookmarks.size(); k++) {
            if (bookmarks.get(k).title().equals(title)) {
                int start = bookmarks.get(k).page();
                int end = k + 1 < bookmarks.size() ? bookmarks.get(k + 1).page() : pdf.getNumberOfPages();
                return new int[] {start, Math.max(start, end)};
            }
        }
        throw new AssertionError("no bookmark " + title + " in " + bookmarks);
    }

    /** The bookmark title of the section or part an element is in (as the index prints its location). */
    private String titleOf(String element) {
        Report report = expanded.report();
        for (Chapter chapter : report.chapters()) {
            for (Section section : chapter.sections()) {
                String number = SectionNumbering.sectionNumber(report, chapter, section);
                String title = number.isEmpty() ? section.title().zh() : number + " " + section.title().zh();
                if (section.id().equals(element) || holds(section.blocks(), element)) {
                    return title;
                }
            }
        }
        Part part = ReportQuery.part(report, element).orElseThrow(() -> new AssertionError("no element " + element));
        return part.title().zh();
    }

    private static boolean holds(List<Block> blocks, String id) {
        return blocks.stream().anyMatch(b -> b.id().equals(id) || holds(b.children(), id));
    }

    private ContentIndex index(String id) {
        for (BackPart part : expanded.report().back()) {
            if (part.id().equals(id)) {
                return (ContentIndex) part;
            }
        }
        throw new AssertionError("no index " + id);
    }

    private void flatten(PDOutlineNode node) throws IOException {
        for (PDOutlineItem item : node.children()) {
            bookmarks.add(new Bookmark(item.getTitle(), pdf.getPages().indexOf(item.findDestinationPage(pdf)) + 1));
            flatten(item);
        }
    }
}
