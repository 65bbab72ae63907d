package org.esgstudio.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.esgstudio.data.Project;
import org.esgstudio.i18n.Messages;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.ReportEdits;
import org.esgstudio.model.ReportQuery;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.store.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export dialog's Word and Excel formats without a window: the file name follows the format, the chapter and the
 * department; the review copy carries the findings as comments; the workbook is a department's template.
 */
class OfficeExportViewModelTest {
    private static final String WATER_PARAGRAPH = "ch2-s4-p6";
    private static Project sample;

    @TempDir
    Path dir;

    @BeforeAll
    static void readTheSample() {
        sample = Samples.read(Samples.QINGHE);
    }

    @BeforeEach
    void chinese() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    private ExportViewModel model(Project project) {
        return new ExportViewModel(() -> project, () -> null, dir.resolve("q.esg"), Runnable::run, Runnable::run,
                PdfStages.standard());
    }

    private static String entry(Path zip, String name) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = file.getEntry(name);
            if (entry == null) {
                return null;
            }
            return new String(file.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> all = Files.list(dir)) {
            return all.toList();
        }
    }

    /** The main sample with the water figure of its water paragraph changed to a wrong value. */
    private static Project withWrongWaterFigure() {
        Paragraph water = (Paragraph) ReportQuery.block(sample.report(), WATER_PARAGRAPH).orElseThrow();
        Paragraph wrong = new Paragraph(water.id(), new LocalizedText(water.text().zh().replace("98,652立方米",
                "98,653立方米"), water.text().en()), water.notes());
        return sample.withReport(ReportEdits.replaceBlock(sample.report(), wrong));
    }

    @Test
    void theSuggestedFileFollowsTheFormatTheChapterAndTheDepartment() {
        ExportViewModel model = model(sample);

        model.formatProperty().set(ExportFormat.DOCX);
        assertThat(model.targetProperty().get().getFileName().toString()).endsWith("-2024-审阅稿.docx");
        model.chapterProperty().set(2);
        assertThat(model.targetProperty().get().getFileName().toString()).endsWith("-2024-第2章-审阅稿.docx");

        model.formatProperty().set(ExportFormat.TEMPLATE);
        assertThat(model.departments()).contains("人力资源部", "行政部", "财务部");
        model.departmentProperty().set("行政部");
        assertThat(model.targetProperty().get().getFileName().toString()).endsWith("-2024-行政部-数据填报.xlsx");

        model.choose(dir.resolve("给行政部"));
        assertThat(model.targetProperty().get()).isEqualTo(dir.resolve("给行政部.xlsx"));
        model.formatProperty().set(ExportFormat.DOCX);
        assertThat(model.targetProperty().get()).isEqualTo(dir.resolve("给行政部.docx"));
    }

    @Test
    void theWordReviewCopyIsWrittenWithTheWrongFigureCommentedWithoutAskingAboutErrors() throws IOException {
        ExportViewModel model = model(withWrongWaterFigure());
        model.formatProperty().set(ExportFormat.DOCX);
        model.choose(dir.resolve("review"));

        model.export();

        assertThat(model.stateProperty().get()).isEqualTo(ExportViewModel.State.DONE);
        Path docx = dir.resolve("review.docx");
        assertThat(model.outcomeProperty().get().file()).isEqualTo(docx);
        assertThat(model.statusProperty().get()).contains("review.docx", "条审阅批注", "1 处与数据不符的数字已标出");
        String comments = entry(docx, "word/comments.xml");
        assertThat(comments).isNotNull().contains("98,652");
        assertThat(entry(docx, "word/document.xml")).contains("Heading1");
        assertThat(files()).containsExactly(docx);
    }

    @Test
    void aDepartmentsWorkbookIsWrittenWithItsIndicators() throws IOException {
        ExportViewModel model = model(sample);
        model.formatProperty().set(ExportFormat.TEMPLATE);
        model.departmentProperty().set("人力资源部");
        model.choose(dir.resolve("hr"));

        model.export();

        assertThat(model.stateProperty().get()).isEqualTo(ExportViewModel.State.DONE);
        Path xlsx = dir.resolve("hr.xlsx");
        assertThat(model.statusProperty().get()).contains("hr.xlsx", "人力资源部的");
        assertThat(entry(xlsx, "xl/workbook.xml")).contains("指标数据", "填报说明");
        assertThat(files()).containsExactly(xlsx);
    }
}
