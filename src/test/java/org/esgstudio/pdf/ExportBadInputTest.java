package org.esgstudio.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.esgstudio.cli.Cli;
import org.esgstudio.data.Project;
import org.esgstudio.i18n.Messages;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.json.ReportFolder;
import org.esgstudio.json.ThemeFiles;
import org.esgstudio.layout.Box;
import org.esgstudio.layout.ImageBox;
import org.esgstudio.layout.LayoutWarning;
import org.esgstudio.layout.PageBox;
import org.esgstudio.layout.RectBox;
import org.esgstudio.layout.TextBox;
import org.esgstudio.layout.report.Edition;
import org.esgstudio.layout.theme.PageGeometry;
import org.esgstudio.layout.theme.Theme;
import org.esgstudio.model.Asset;
import org.esgstudio.model.Block;
import org.esgstudio.model.Chapter;
import org.esgstudio.model.ChapterKind;
import org.esgstudio.model.DataTable;
import org.esgstudio.model.Figure;
import org.esgstudio.model.Image;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.Report;
import org.esgstudio.model.Section;
import org.esgstudio.model.TableRow;
import org.esgstudio.model.Tiles;
import org.esgstudio.store.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports of reports with bad or extreme content, bad targets and bad command lines: the export completes with a
 * warning and a visible placeholder, or fails cleanly naming the problem and writing nothing.
 */
class ExportBadInputTest {
    @TempDir
    static Path shared;

    /** The main sample as read from its folder, and as a project file for the command line. */
    static Project main;
    static Path mainFile;
    static Theme theme;

    @TempDir
    Path dir;

    @BeforeAll
    static void readTheMainSample() {
        main = ReportFolder.read(Path.of("sample-reports", "qinghe-2024"), "test", Instant.EPOCH);
        theme = ThemeFiles.load("jade");
        mainFile = Samples.projectFile(Samples.QINGHE, shared.resolve("qinghe.esg"));
    }

    @BeforeEach
    void chineseMessagesAndAKnownAuthor() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        System.setProperty("esgstudio.user", Samples.AUTHOR);
    }

    @AfterEach
    void forgetAuthor() {
        System.clearProperty("esgstudio.user");
    }

    // ---------------------------------------------------------------- images

    @Test
    void anImageNamingAMissingAssetExportsWithAWarningAndAPlaceholder() throws IOException {
        Image image = new Image("bad-img", "no-such-picture.png", LocalizedText.zh("不存在的图片"), 60);
        Project project = main.withReport(withBlock(main.report(), 0, 0, image));

        ReportPdf.Result result = export(project, Edition.ZH);

        assertImageWarning(result, "no-such-picture.png", "bad-img");
        assertPlaceholder(result, "no-such-picture.png");
    }

    @Test
    void anAssetThatIsNeitherPngNorJpegExportsWithAWarningAndAPlaceholder() throws IOException {
        String name = "ch1-pillars.png";
        assertThat(main.asset(name)).as("the main sample shows %s", name).isPresent();
        List<Asset> assets = new ArrayList<>();
        for (Asset asset : main.assets()) {
            assets.add(asset.name().equals(name)
                    ? new Asset(name, "this is plain text, not a picture".getBytes(StandardCharsets.UTF_8)) : asset);
        }
        Project project = new Project(main.report(), main.data(), assets);

        ReportPdf.Result result = export(project, Edition.ZH);

        assertImageWarning(result, name, "ch1-s1-img1");
        assertPlaceholder(result, name);
    }

    private static void assertImageWarning(ReportPdf.Result result, String asset, String blockId) {
        List<LayoutWarning> images = result.warnings().stream()
                .filter(warning -> warning.kind() == LayoutWarning.Kind.IMAGE).toList();
        assertThat(images).as("IMAGE warnings").hasSize(1);
        LayoutWarning warning = images.get(0);
        assertThat(warning.args()).as("arguments").contains(asset);
        assertThat(warning.where()).as("where").contains(blockId);
        assertThat(Messages.get(warning.key(), warning.args())).as("message").contains(asset);
    }

    /** A framed box with the asset's name in brackets, on the page and in the PDF's text; no picture of it. */
    private void assertPlaceholder(ReportPdf.Result result, String asset) throws IOException {
        String label = "[" + asset + "]";
        PageBox page = result.document().pages().stream().filter(each -> each.text().contains(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no page shows " + label));
        assertThat(page.boxes()).as("frame of the placeholder on page %d", page.index())
                .anyMatch(box -> box instanceof RectBox rect && rect.stroke() != null && rect.width() > 100);
        assertThat(result.document().pages()).flatMap(PageBox::boxes)
                .noneMatch(box -> box instanceof ImageBox image && image.asset().equals(asset));
        assertThat(pdfText(dir.resolve("out.pdf"), page.index())).contains(label);
    }

    // ---------------------------------------------------------------- glyphs

    @Test
    void aSubscriptTwoMissingFromNotoSansScIsSetAsTwoWithAGlyphWarning() throws IOException {
        Project project = small(chapter("c1", "排放", section("c1-s1", "温室气体",
                new Paragraph("co2", LocalizedText.zh("2024年公司运营产生的温室气体排放为12,345吨CO₂当量。")))));

        ReportPdf.Result result = export(project, Edition.ZH);

        assertThat(result.warnings()).as("warnings")
                .anyMatch(warning -> warning.kind() == LayoutWarning.Kind.GLYPH
                        && List.of(warning.args()).contains("₂"));
        assertThat(pdfText(dir.resolve("out.pdf"))).contains("CO2");
    }

    @Test
    void aParagraphWithCO2ExportsAndShowsItsSubscript() throws IOException {
        Project project = small(chapter("c1", "排放", section("c1-s1", "温室气体",
                new Paragraph("co2", LocalizedText.zh("2024年公司运营产生的温室气体排放为12,345吨CO₂当量。")))));

        ReportPdf.Result result = export(project, Edition.ZH);

        assertThat(squeeze(pdfText(dir.resolve("out.pdf")))).containsAnyOf("CO2当量", "CO₂当量");
        assertThat(result.document().pages()).flatMap(PageBox::boxes)
                .noneMatch(box -> box instanceof TextBox text && text.text().contains("\uFFFD"));
    }

    // ---------------------------------------------------------------- extreme content

    @Test
    void anUnbreakableStringOf300CharactersStaysInsideTheColumn() throws IOException {
        String unbreakable = "A1b2C3d4E5f6G7h8I9j0".repeat(15);
        assertThat(unbreakable).hasSize(300);
        Project project = small(chapter("c1", "长字符串", section("c1-s1", "编码",
                new Paragraph("long", LocalizedText.zh("系统日志中的追踪编号为" + unbreakable + "，已归档。")))));

        ReportPdf.Result result = export(project, Edition.ZH);

        PageGeometry page = theme.page();
        List<String> wide = new ArrayList<>();
        for (PageBox box : result.document().pages()) {
            if (box.index() == 1 || box.index() == result.document().anchorPages().get("c1")) {
                continue;
            }
            double right = page.left(box.index()) + page.contentWidth();
            for (Box each : box.boxes()) {
                if (each instanceof TextBox text && text.x() + PageBoxRulesTest.width(text) > right + 0.5) {
                    wide.add("page " + box.index() + ": " + text.text() + " ends at "
                            + (text.x() + PageBoxRulesTest.width(text)) + " > " + right);
                }
            }
        }
        assertThat(wide).as("text boxes wider than the column").isEmpty();
        String laidText = squeeze(String.join("", result.document().pages().stream().map(PageBox::text).toList()));
        assertThat(laidText).as("the whole string is set").contains(unbreakable);
        assertThat(squeeze(pdfText(dir.resolve("out.pdf")))).contains(unbreakable.substring(0, 20));
    }

    @Test
    void aTableRowTallerThanAPageExportsWithAnOverflowWarning() {
        String code = main.data().indicators().get(0).code();
        String label = "绿色保险产品创新与推广情况的详细说明，".repeat(211);
        assertThat(label.length()).isGreaterThanOrEqualTo(4000);
        DataTable table = new DataTable("tall", LocalizedText.zh("超长标签的数据表"), List.of(),
                main.report().settings().years(), List.of(new TableRow("tall-r1", code, LocalizedText.zh(label),
                        List.of())));
        Project project = small(chapter("c1", "超长表格", section("c1-s1", "数据", table)));

        ReportPdf.Result result = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> export(project, Edition.ZH));

        assertThat(result.warnings()).as("warnings")
                .anyMatch(warning -> warning.kind() == LayoutWarning.Kind.OVERFLOW);
        assertThat(dir.resolve("out.pdf")).isRegularFile();
        assertThat(result.pages()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aChapterWithoutSectionsExportsWithItsOpenerPage() throws IOException {
        Chapter empty = new Chapter("empty", ChapterKind.CHAPTER, LocalizedText.zh("尚待撰写的一章"),
                LocalizedText.zh("未来"), LocalizedText.zh("本章内容正在编写。"), List.of());
        Project project = small(empty, chapter("c2", "第二章", section("c2-s1", "正文",
                new Paragraph("p", LocalizedText.zh("第二章的正文。")))));

        ReportPdf.Result result = export(project, Edition.ZH);

        int opener = result.document().anchorPages().get("empty");
        assertThat(result.document().anchorPages().get("c2")).as("next chapter's opener").isEqualTo(opener + 1);
        assertThat(squeeze(pdfText(dir.resolve("out.pdf"), opener))).contains("01").contains("尚待撰写的一章");
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("out.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(result.pages());
            PDOutlineItem bookmark = pdf.getDocumentCatalog().getDocumentOutline().getFirstChild();
            assertThat(bookmark.getTitle()).isEqualTo("01 尚待撰写的一章");
            assertThat(bookmark.hasChildren()).as("no section bookmarks").isFalse();
            assertThat(pdf.getPages().indexOf(bookmark.findDestinationPage(pdf)) + 1).isEqualTo(opener);
        }
    }

    @Test
    void aFigureTileWithALongUnitKeepsValueAndUnitInsideTheTile() {
        List<Figure> figures = List.of(figure("t1", "168.35", "亿元", "保费收入"), figure("t2", "58.73", "万亿元", "风险保障"),
                figure("t3", "11.26", "亿元", "纳税总额"), figure("t4", "1,800", "吨二氧化碳当量", "减少碳排放"));
        Project project = small(chapter("c1", "亮点", section("c1-s1", "绩效",
                new Tiles("tiles", LocalizedText.zh("2024年概览"), figures))));

        ReportPdf.Result result = export(project, Edition.ZH);

        PageBox page = result.document().pages().get(result.document().anchorPages().get("c1-s1") - 1);
        List<RectBox> tiles = page.boxes().stream().filter(box -> box instanceof RectBox rect
                && theme.colors().tint().equals(rect.fill()) && rect.height() > 20).map(RectBox.class::cast).toList();
        assertThat(tiles).as("tile backgrounds").hasSize(4);
        List<String> outside = new ArrayList<>();
        for (Box box : page.boxes()) {
            if (!(box instanceof TextBox text)) {
                continue;
            }
            for (RectBox tile : tiles) {
                boolean inTile = text.baseline() > tile.y() && text.baseline() < tile.y() + tile.height()
                        && text.x() >= tile.x() && text.x() < tile.x() + tile.width();
                if (inTile && text.x() + PageBoxRulesTest.width(text) > tile.x() + tile.width() + 0.5) {
                    outside.add("“" + text.text() + "” ends at " + (text.x() + PageBoxRulesTest.width(text))
                            + ", its tile at " + (tile.x() + tile.width()));
                }
            }
        }
        assertThat(outside).as("tile text wider than its tile").isEmpty();
    }

    private static Figure figure(String id, String value, String unit, String label) {
        return new Figure(id, LocalizedText.zh(value), LocalizedText.zh(unit), LocalizedText.zh(label), null, null,
                null, List.of());
    }

    // ---------------------------------------------------------------- bad targets

    @Test
    void exportingIntoARegularFileFailsNamingTheTargetAndLeavesNothing() throws IOException {
        Path plain = Files.writeString(dir.resolve("plain.txt"), "不是文件夹");
        Path target = plain.resolve("report.pdf");
        Project project = small(chapter("c1", "一章", section("c1-s1", "一节",
                new Paragraph("p", LocalizedText.zh("正文。")))));

        assertThatThrownBy(() -> ReportPdf.export(project, theme, Edition.ZH, PrintOptions.SCREEN, target))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining(target.toAbsolutePath().toString());
        assertThat(Files.readString(plain)).isEqualTo("不是文件夹");
        assertThat(names(dir)).containsExactly("plain.txt");
    }

    @Test
    void exportingIntoARegularFileSaysTheParentIsNotAFolder() throws IOException {
        Path plain = Files.writeString(dir.resolve("plain.txt"), "不是文件夹");
        Path target = plain.resolve("report.pdf");
        Project project = small(chapter("c1", "一章", section("c1-s1", "一节",
                new Paragraph("p", LocalizedText.zh("正文。")))));

        assertThatThrownBy(() -> ReportPdf.export(project, theme, Edition.ZH, PrintOptions.SCREEN, target))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.key()).isEqualTo("target.parentNotFolder"))
                .hasMessage(Messages.get("target.parentNotFolder", target.toAbsolutePath(), plain.toAbsolutePath()));
    }

    // ---------------------------------------------------------------- command line

    @Test
    void strictEnglishExportOfTheMainSampleIsRefusedAndWritesNothing() throws IOException {
        Path output = dir.resolve("en.pdf");

        Run run = cli("export-pdf", mainFile, "-o", output, "--lang", "en", "--strict");

        assertThat(run.code()).as(run.toString()).isEqualTo(Cli.REPORT_HAS_ERRORS);
        assertThat(run.out()).as("stdout").isEmpty();
        assertThat(run.err().lines().filter(line -> line.contains(output.toString()) && line.contains("--strict")))
                .as("refusal naming the output").hasSize(1);
        assertThat(output).doesNotExist();
        assertThat(names(dir)).as("nothing written").isEmpty();
    }

    @Test
    void anUnknownEditionIsAUsageError() {
        Path output = dir.resolve("xx.pdf");

        Run run = cli("export-pdf", mainFile, "-o", output, "--lang", "xx");

        assertThat(run.code()).as(run.toString()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("--lang").contains("xx");
        assertThat(output).doesNotExist();
    }

    @Test
    void aSuccessfulExportPrintsOneLineWithThePageCount() throws IOException {
        Path output = dir.resolve("zh.pdf");

        Run run = cli("export-pdf", mainFile, "-o", output);

        assertThat(run.code()).as(run.toString()).isEqualTo(Cli.OK);
        assertThat(run.out().lines().toList()).as("stdout").hasSize(1);
        int pages;
        try (PDDocument pdf = Loader.loadPDF(output.toFile())) {
            pages = pdf.getNumberOfPages();
        }
        assertThat(pages).isGreaterThanOrEqualTo(55);
        assertThat(run.out().strip()).contains(output.toString()).contains("：" + pages + " 页");
        assertThat(names(dir)).as("no temporary file left").containsExactly("zh.pdf");
    }

    @Test
    void aPrintExportHasTrimBoxesThreeMillimetresInsideTheBleedBoxes() throws IOException {
        Path output = dir.resolve("print.pdf");

        Run run = cli("export-pdf", mainFile, "-o", output, "--print");

        assertThat(run.code()).as(run.toString()).isEqualTo(Cli.OK);
        double bleed = 3 * 72 / 25.4;
        PageGeometry page = theme.page();
        try (PDDocument pdf = Loader.loadPDF(output.toFile())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(55);
            for (PDPage each : pdf.getPages()) {
                PDRectangle trim = each.getTrimBox();
                PDRectangle bleedBox = each.getBleedBox();
                PDRectangle media = each.getMediaBox();
                assertThat(trim.getWidth()).isCloseTo((float) page.width(), within(0.05f));
                assertThat(trim.getHeight()).isCloseTo((float) page.height(), within(0.05f));
                assertThat(trim.getLowerLeftX() - bleedBox.getLowerLeftX()).isCloseTo((float) bleed, within(0.05f));
                assertThat(trim.getLowerLeftY() - bleedBox.getLowerLeftY()).isCloseTo((float) bleed, within(0.05f));
                assertThat(bleedBox.getUpperRightX() - trim.getUpperRightX()).isCloseTo((float) bleed, within(0.05f));
                assertThat(bleedBox.getUpperRightY() - trim.getUpperRightY()).isCloseTo((float) bleed, within(0.05f));
                assertThat(media.getLowerLeftX()).isLessThan(bleedBox.getLowerLeftX());
                assertThat(media.getLowerLeftY()).isLessThan(bleedBox.getLowerLeftY());
                assertThat(media.getUpperRightX()).isGreaterThan(bleedBox.getUpperRightX());
                assertThat(media.getUpperRightY()).isGreaterThan(bleedBox.getUpperRightY());
            }
        }
    }

    private static org.assertj.core.data.Offset<Float> within(float offset) {
        return org.assertj.core.data.Offset.offset(offset);
    }

    // ---------------------------------------------------------------- helpers

    private ReportPdf.Result export(Project project, Edition edition) {
        return ReportPdf.export(project, theme, edition, PrintOptions.SCREEN, dir.resolve("out.pdf"));
    }

    /** A report with the main sample's settings and data, no front or back matter, and these chapters. */
    private static Project small(Chapter... chapters) {
        Report report = new Report(main.report().settings(), List.of(), List.of(chapters), List.of());
        return new Project(report, main.data(), main.assets());
    }

    private static Chapter chapter(String id, String title, Section... sections) {
        return new Chapter(id, ChapterKind.CHAPTER, LocalizedText.zh(title), LocalizedText.EMPTY,
                LocalizedText.zh(title + "的开篇。"), List.of(sections));
    }

    private static Section section(String id, String title, Block... blocks) {
        return new Section(id, LocalizedText.zh(title), List.of(blocks));
    }

    /** The report with {@code block} appended to one section. */
    private static Report withBlock(Report report, int chapterIndex, int sectionIndex, Block block) {
        List<Chapter> chapters = new ArrayList<>(report.chapters());
        Chapter chapter = chapters.get(chapterIndex);
        List<Section> sections = new ArrayList<>(chapter.sections());
        Section section = sections.get(sectionIndex);
        List<Block> blocks = new ArrayList<>(section.blocks());
        blocks.add(block);
        sections.set(sectionIndex, new Section(section.id(), section.title(), blocks));
        chapters.set(chapterIndex, new Chapter(chapter.id(), chapter.kind(), chapter.title(), chapter.themeWord(),
                chapter.intro(), sections));
        return report.withChapters(chapters);
    }

    private static String pdfText(Path file) throws IOException {
        return pdfText(file, 0);
    }

    /** The text of one page (1-based), or of the whole document for 0. */
    private static String pdfText(Path file, int page) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            if (page > 0) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
            }
            return stripper.getText(pdf);
        }
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- out ---\n" + out + "--- err ---\n"
                    + (err.length() > 2000 ? err.substring(0, 2000) + "…" : err);
        }
    }

    private static Run cli(Object... args) {
        String[] strings = Stream.of(args).map(String::valueOf).toArray(String[]::new);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(strings, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }
}
