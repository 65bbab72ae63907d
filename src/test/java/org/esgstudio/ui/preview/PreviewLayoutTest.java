package org.esgstudio.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.esgstudio.data.Project;
import org.esgstudio.layout.PageBox;
import org.esgstudio.layout.report.Edition;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.ReportEdits;
import org.esgstudio.model.ReportQuery;
import org.esgstudio.pdf.ReportPdf;
import org.esgstudio.json.ThemeFiles;
import org.esgstudio.store.Samples;
import org.junit.jupiter.api.Test;

/** The preview's pages of the main sample: an edit inside one chapter lays out that chapter alone, in place. */
class PreviewLayoutTest {
    static final String PARAGRAPH = "ch2-s4-p6";

    @Test
    void anEditInOneChapterLaysOutThatChapterAloneAndGivesTheWholeLayoutsPages() {
        Project project = Samples.read(Samples.QINGHE);
        PreviewLayout layout = new PreviewLayout(Edition.ZH);
        PreviewLayout.Pages whole = layout.update(project);
        assertThat(whole.chapterId()).isNull();

        Paragraph paragraph = (Paragraph) ReportQuery.block(project.report(), PARAGRAPH).orElseThrow();
        Paragraph edited = new Paragraph(PARAGRAPH, LocalizedText.zh("预览改写：" + paragraph.text().zh()),
                paragraph.notes());
        Project changed = project.withReport(ReportEdits.replaceBlock(project.report(), edited));
        PreviewLayout.Pages partial = layout.update(changed);

        assertThat(partial.chapterId()).isEqualTo("ch2");
        List<PageBox> expected = ReportPdf.layout(org.esgstudio.ui.common.Frameworks.prepared(changed), ThemeFiles.load(ThemeFiles.SHIPPED.get(0)), Edition.ZH)
                .pages();
        assertThat(partial.pages()).hasSameSizeAs(expected);
        assertThat(partial.pages()).isEqualTo(expected);
        assertThat(partial.pages().stream().map(PageBox::text).anyMatch(text -> text.contains("预览改写")))
                .isTrue();
        System.out.printf(Locale.ROOT, "preview layout: whole %.0f ms, one chapter %.0f ms%n",
                whole.nanos() / 1e6, partial.nanos() / 1e6);
        long start = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            Paragraph again = new Paragraph(PARAGRAPH, LocalizedText.zh("第" + i + "次：" + paragraph.text().zh()),
                    paragraph.notes());
            layout.update(changed.withReport(ReportEdits.replaceBlock(changed.report(), again)));
        }
        System.out.printf(Locale.ROOT, "preview layout: one chapter, warm, %.0f ms on average%n",
                (System.nanoTime() - start) / 5e6);
    }

    @Test
    void aChangeToTheDataOrToTwoChaptersIsNotAOneChapterChange() {
        Project project = Samples.read(Samples.QINGHE);
        Project data = project.withData(project.data().withRules(List.of()));
        assertThat(PreviewLayout.changedChapter(project, data)).isNull();
        assertThat(PreviewLayout.changedChapter(project, project)).isNull();
    }
}
