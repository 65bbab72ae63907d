package org.esgstudio.office.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.esgstudio.data.FigureFormat;
import org.esgstudio.figures.Finding;
import org.esgstudio.figures.FindingKind;
import org.esgstudio.i18n.Messages;
import org.esgstudio.model.Block;
import org.esgstudio.model.Chapter;
import org.esgstudio.model.Footnote;
import org.esgstudio.model.InlineMarkup;
import org.esgstudio.model.Language;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.Section;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;

/**
 * The review copy read back with POI: the main sample with one wrong figure, written whole and as chapter 2 (绿色保险,
 * which has every kind of block: tiles, case studies, lists, a text table, a chart, a picture, data tables, footnotes).
 */
class ReviewCopyTest {
    /** Every finding a comment (the default leaves out the info notes; these tests want comments everywhere). */
    private static final ReviewCopyOptions ALL_FINDINGS = ReviewCopyOptions.DEFAULT.withMinimumSeverity(
            org.esgstudio.figures.Severity.INFO);

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    @TempDir
    static Path dir;

    private static ReviewFixture fixture;
    private static XWPFDocument whole;
    private static XWPFDocument chapter;
    private static ReviewCopy.Result chapterResult;

    @BeforeAll
    static void writeTheCopies() throws Exception {
        Messages.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        fixture = ReviewFixture.withWrongWaterFigure();
        Path wholeFile = dir.resolve("whole.docx");
        ReviewCopy.write(fixture.project, fixture.validation, ALL_FINDINGS, wholeFile);
        Path chapterFile = dir.resolve("chapter2.docx");
        chapterResult = ReviewCopy.write(fixture.project, fixture.validation,
                ALL_FINDINGS.withChapter(ReviewFixture.GREEN_CHAPTER), chapterFile);
        whole = open(wholeFile);
        chapter = open(chapterFile);
    }

    @AfterAll
    static void close() throws Exception {
        whole.close();
        chapter.close();
    }

    private static XWPFDocument open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    @Test
    void headingStylesAreWordsOwnWithOutlineLevelsSoTheNavigationPaneListsThem() {
        for (int level = 1; level <= 3; level++) {
            XWPFStyle style = whole.getStyles().getStyle("Heading" + level);
            assertThat(style).as("Heading" + level).isNotNull();
            assertThat(style.getName()).isEqualTo("heading " + level);
            assertThat(style.getBasisStyleID()).isEqualTo("Normal");
            assertThat(style.getCTStyle().getPPr().getOutlineLvl().getVal()).isEqualTo(BigInteger.valueOf(level - 1));
        }
        XWPFStyle normal = whole.getStyles().getStyle("Normal");
        CTRPr run = normal.getCTStyle().getRPr();
        assertThat(run.getRFontsArray(0).getEastAsia()).isEqualTo("宋体");
        assertThat(run.getRFontsArray(0).getAscii()).isEqualTo("Times New Roman");
        assertThat(run.getSzArray(0).getVal().toString()).isEqualTo("21");
    }

    @Test
    void chaptersSectionsAndSubHeadsUseTheHeadingStyles() {
        List<String> h1 = texts(whole, "Heading1");
        assertThat(h1).contains("关于本报告", "01  稳健治理 行稳致远", "02  绿色保险 守护绿水青山", "05  共建美好社会",
                "关键绩效表");
        assertThat(texts(whole, "Heading2")).contains("2.4  推进绿色运营");
        assertThat(texts(whole, "Heading3")).contains("水资源与废弃物", "投前：ESG整合与排除清单");
        assertThat(texts(whole, "Heading4")).contains("巨灾模型");
        assertThat(texts(chapter, "Heading1")).containsExactly("02  绿色保险 守护绿水青山");
        assertThat(texts(chapter, "Title")).containsExactly(fixture.project.report().settings().title().zh());
    }

    @Test
    void theChapterCopyHoldsExactlyItsParagraphsWithFiguresResolvedAndNotesAsFootnotes() {
        Chapter green = fixture.chapter(ReviewFixture.GREEN_CHAPTER);
        List<String> expected = new ArrayList<>();
        expected.add(plain(green.intro().zh()));
        for (Section section : green.sections()) {
            paragraphsOf(section.blocks(), expected);
        }
        List<String> written = new ArrayList<>();
        boolean inChapter = false;
        for (XWPFParagraph paragraph : ReviewFixture.paragraphs(chapter.getBodyElements())) {
            inChapter |= "Heading1".equals(paragraph.getStyleID());
            if (inChapter && "BodyText".equals(paragraph.getStyleID())) {
                written.add(text(paragraph));
            }
        }
        assertThat(written).hasSize(expected.size()).containsExactlyElementsOf(expected);
        assertThat(written).anyMatch(text -> text.contains("2024年用水量" + ReviewFixture.WRONG));
    }

    private void paragraphsOf(List<Block> blocks, List<String> out) {
        for (Block block : blocks) {
            if (block instanceof Paragraph p) {
                out.add(plain(p.text().zh()));
            }
            paragraphsOf(block.children(), out);
        }
    }

    private String plain(String markup) {
        int year = fixture.project.report().settings().year();
        return InlineMarkup.plainText(markup, ref -> FigureFormat.of(fixture.project.data(), ref.indicator(),
                ref.year() == null ? year : ref.year(), false));
    }

    @Test
    void everyNoteOfTheChapterIsARealWordFootnoteReferencedFromTheText() {
        List<String> expected = new ArrayList<>();
        for (Section section : fixture.chapter(ReviewFixture.GREEN_CHAPTER).sections()) {
            notesOf(section.blocks(), expected);
        }
        List<String> written = new ArrayList<>();
        for (XWPFFootnote footnote : chapter.getFootnotes()) {
            StringBuilder text = new StringBuilder();
            footnote.getParagraphs().forEach(p -> text.append(text(p)));
            written.add(text.toString().strip());
        }
        assertThat(expected).hasSize(10);
        assertThat(written).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(chapterResult.footnotes()).isEqualTo(10);
        XWPFParagraph tcfd = paragraphContaining(chapter, "参照气候相关财务信息披露工作组（TCFD）的建议");
        assertThat(tcfd.getCTP().getRList()).anyMatch(r -> r.sizeOfFootnoteReferenceArray() == 1);
    }

    private void notesOf(List<Block> blocks, List<String> out) {
        for (Block block : blocks) {
            for (Footnote note : block.footnotes()) {
                out.add(plain(note.text().zh()));
            }
            notesOf(block.children(), out);
        }
    }

    @Test
    void aDataTablePrintsTheStoresValuesUnderARepeatedHeader() {
        String name = fixture.project.data().indicator("E.WATER.TOTAL").orElseThrow().name().zh();
        XWPFTableRow row = null;
        XWPFTable table = null;
        for (XWPFTable each : chapter.getTables()) {
            for (XWPFTableRow candidate : each.getRows()) {
                if (candidate.getCell(0).getText().equals(name)) {
                    row = candidate;
                    table = each;
                }
            }
        }
        assertThat(row).as("a row for " + name).isNotNull();
        assertThat(table.getRow(0).isRepeatHeader()).isTrue();
        assertThat(cells(table.getRow(0))).containsExactly("指标", "单位", "2024年", "2023年");
        assertThat(cells(row)).containsExactly(name, "立方米", "98,652",
                FigureFormat.of(fixture.project.data(), "E.WATER.TOTAL", 2023, false));
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
    }

    @Test
    void thePictureIsEmbeddedFromTheAssetsWithItsCaption() {
        byte[] asset = fixture.project.asset("ch2-solar-roof.png").orElseThrow().bytes();
        assertThat(chapter.getAllPictures()).extracting(XWPFPictureData::getData).anyMatch(data -> java.util.Arrays.equals(data, asset));
        assertThat(texts(chapter, "Caption")).contains("总部后援中心屋顶分布式光伏电站（示意图）");
        assertThat(chapterResult.images()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aCaseStudyIsAShadedBoxTitled案例HoldingItsBody() {
        XWPFTable box = chapter.getTables().stream()
                .filter(t -> t.getRows().size() == 1 && t.getRow(0).getTableCells().size() == 1
                        && t.getRow(0).getCell(0).getText().startsWith("案例｜浙江安吉"))
                .findFirst().orElseThrow();
        XWPFTableCell cell = box.getRow(0).getCell(0);
        assertThat(cell.getColor()).isEqualTo(BlockWriter.CASE_FILL);
        assertThat(box.getLeftBorderColor()).isEqualTo(BlockWriter.CASE_RULE);
        assertThat(cell.getText()).contains("安吉县素有“中国竹乡”之称", "保什么");
    }

    @Test
    void theWrongFigureIsShadedAndCommentedExactlyOnItsCharacters() {
        for (XWPFDocument copy : List.of(whole, chapter)) {
            XWPFParagraph paragraph = paragraphContaining(copy, ReviewFixture.WRONG);
            List<String> sequence = sequence(paragraph.getCTP());
            int shaded = -1;
            for (int k = 0; k < sequence.size(); k++) {
                if (sequence.get(k).startsWith("shaded:")) {
                    assertThat(shaded).as("one shaded run").isEqualTo(-1);
                    shaded = k;
                }
            }
            assertThat(sequence.get(shaded)).isEqualTo("shaded:" + ReviewFixture.WRONG);
            String start = sequence.get(shaded - 1);
            assertThat(start).startsWith("start:");
            String id = start.substring("start:".length());
            assertThat(sequence.get(shaded + 1)).isEqualTo("end:" + id);
            assertThat(sequence.get(shaded + 2)).isEqualTo("ref:" + id);
            XWPFComment comment = copy.getCommentByID(id);
            assertThat(comment.getAuthor()).isEqualTo("ESG 报告工作台");
            assertThat(comment.getText()).contains("【错误】", ReviewFixture.WRONG, "98,652");
        }
    }

    @Test
    void eachFindingOfTheExportedPartIsOneCommentAnchoredInTheParagraphThatHoldsIt() {
        List<Finding> inChapter = fixture.findingsIn(fixture.chapter(ReviewFixture.GREEN_CHAPTER)).stream()
                .filter(f -> f.kind() != FindingKind.TRANSLATION).toList();
        assertThat(inChapter).anyMatch(f -> f.kind() == FindingKind.MISMATCH && f.text().equals(ReviewFixture.WRONG));
        assertThat(chapter.getComments()).hasSize(inChapter.size());
        assertThat(chapterResult.comments()).isEqualTo(inChapter.size());
        assertThat(chapterResult.highlightedFigures()).isEqualTo(1);
        // A Chinese copy leaves out "English missing": it is about text the copy does not show.
        long shown = fixture.validation.findings().stream().filter(f -> f.kind() != FindingKind.TRANSLATION).count();
        assertThat(fixture.validation.findings()).anyMatch(f -> f.kind() == FindingKind.TRANSLATION);
        assertThat(whole.getComments()).hasSize((int) shown);
        for (XWPFDocument copy : List.of(whole, chapter)) {
            Map<String, Integer> references = new HashMap<>();
            for (XWPFParagraph paragraph : allParagraphs(copy)) {
                List<String> sequence = sequence(paragraph.getCTP());
                for (String item : sequence) {
                    if (item.startsWith("start:")) {
                        String id = item.substring(6);
                        assertThat(sequence).as("range of comment " + id + " closes in its paragraph")
                                .contains("end:" + id, "ref:" + id);
                        references.merge(id, 1, Integer::sum);
                    }
                }
            }
            assertThat(references).hasSize(copy.getComments().length).allSatisfy((id, count) -> assertThat(count).isOne());
        }
        // Unverified figures are commented on the figure itself, inside case-study boxes too.
        XWPFParagraph bamboo = paragraphContaining(chapter, "安吉县素有“中国竹乡”之称");
        assertThat(sequence(bamboo.getCTP())).anyMatch(item -> item.startsWith("start:"));
    }

    @Test
    void anEnglishCopyUsesTheEnglishTextWhereThereIsOne() throws Exception {
        Path file = dir.resolve("english.docx");
        ReviewCopy.write(fixture.project, fixture.validation,
                ALL_FINDINGS.withChapter(1).withLanguage(Language.EN), file);
        try (XWPFDocument english = open(file)) {
            assertThat(texts(english, "Heading1")).containsExactly("01  Sound Governance, Steady Progress");
            assertThat(english.getComments()).isNotEmpty()
                    .allSatisfy(comment -> assertThat(comment.getAuthor()).isEqualTo("ESG Report Studio"));
        }
    }

    @Test
    void aCancelledExportLeavesNothingBehind() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("cancelled"));
        Path file = folder.resolve("copy.docx");
        ReviewProgress stop = new ReviewProgress() {
            @Override
            public void advanced(int done, int total) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> ReviewCopy.write(fixture.project, fixture.validation, ALL_FINDINGS, file,
                stop)).isInstanceOf(CancellationException.class);
        try (var left = Files.list(folder)) {
            assertThat(left).isEmpty();
        }
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private static List<XWPFParagraph> allParagraphs(XWPFDocument copy) {
        return ReviewFixture.paragraphs(copy.getBodyElements());
    }

    private static List<String> texts(XWPFDocument copy, String style) {
        return allParagraphs(copy).stream().filter(p -> style.equals(p.getStyleID())).map(ReviewCopyTest::text).toList();
    }

    private static XWPFParagraph paragraphContaining(XWPFDocument copy, String text) {
        return allParagraphs(copy).stream().filter(p -> text(p).contains(text)).findFirst().orElseThrow(
                () -> new AssertionError("no paragraph holds " + text));
    }

    /** The text of a paragraph's runs (without POI's [footnoteRef:n] markers). */
    private static String text(XWPFParagraph paragraph) {
        StringBuilder text = new StringBuilder();
        for (CTR run : paragraph.getCTP().getRList()) {
            for (CTText t : run.getTList()) {
                text.append(t.getStringValue());
            }
        }
        return text.toString();
    }

    /** A paragraph's children in order: start:ID, end:ID, ref:ID, shaded:TEXT (red runs), run:TEXT. */
    private static List<String> sequence(CTP paragraph) {
        List<String> items = new ArrayList<>();
        try (XmlCursor cursor = paragraph.newCursor()) {
            if (!cursor.toFirstChild()) {
                return items;
            }
            do {
                String name = cursor.getName().getLocalPart();
                if (name.equals("commentRangeStart")) {
                    items.add("start:" + cursor.getAttributeText(new QName(W, "id")));
                } else if (name.equals("commentRangeEnd")) {
                    items.add("end:" + cursor.getAttributeText(new QName(W, "id")));
                } else if (name.equals("r")) {
                    CTR run = (CTR) cursor.getObject();
                    if (run.sizeOfCommentReferenceArray() > 0) {
                        items.add("ref:" + run.getCommentReferenceArray(0).getId());
                        continue;
                    }
                    StringBuilder text = new StringBuilder();
                    run.getTList().forEach(t -> text.append(t.getStringValue()));
                    boolean shaded = run.isSetRPr() && run.getRPr().sizeOfShdArray() > 0
                            && RunWriter.HIGHLIGHT_FILL.equals(run.getRPr().getShdArray(0).xgetFill().getStringValue());
                    items.add((shaded ? "shaded:" : "run:") + text);
                }
            } while (cursor.toNextSibling());
        }
        return items;
    }
}
