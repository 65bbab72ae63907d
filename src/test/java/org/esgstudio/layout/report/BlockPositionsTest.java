package org.esgstudio.layout.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.esgstudio.data.Project;
import org.esgstudio.json.ReportFolder;
import org.esgstudio.json.ThemeFiles;
import org.esgstudio.layout.BlockSpan;
import org.esgstudio.layout.Box;
import org.esgstudio.layout.LaidOutDocument;
import org.esgstudio.layout.PageBox;
import org.esgstudio.layout.TextBox;
import org.esgstudio.layout.font.FontLibrary;
import org.esgstudio.layout.font.StandardFaces;
import org.esgstudio.layout.text.LineBreaker;
import org.esgstudio.layout.theme.PageGeometry;
import org.esgstudio.layout.theme.Theme;
import org.esgstudio.model.Block;
import org.esgstudio.model.CaseStudy;
import org.esgstudio.model.Chapter;
import org.esgstudio.model.Location;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.Report;
import org.esgstudio.model.ReportVisitor;
import org.esgstudio.model.ReportWalk;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pages of the main sample record where every block of the report lands (for the preview), and one chapter laid
 * out alone gives exactly the pages the whole layout gives it.
 */
class BlockPositionsTest {
    static Project project;
    static Theme theme;
    static LaidOutDocument laid;
    /** Block id → the pages (1-based) holding a span of it. */
    static Map<String, List<Integer>> placed;

    @BeforeAll
    static void layOutTheMainSample() {
        project = ReportFolder.read(Path.of("sample-reports", "qinghe-2024"), "test", Instant.EPOCH);
        theme = ThemeFiles.load("jade");
        laid = layout(Edition.ZH).layout();
        placed = new LinkedHashMap<>();
        for (PageBox page : laid.pages()) {
            for (BlockSpan span : page.blocks()) {
                placed.computeIfAbsent(span.id(), id -> new ArrayList<>()).add(page.index());
            }
        }
    }

    static ReportLayout layout(Edition edition) {
        FontLibrary fonts = FontLibrary.shared();
        return new ReportLayout(project, theme, edition, key -> fonts.metrics(StandardFaces.byKey(key)),
                LineBreaker::new);
    }

    @Test
    void everyBlockOfEverySectionAndPartIsPlacedOnAPageAndCaseStudyContentsWithTheirCaseStudy() {
        Map<String, String> container = new HashMap<>();
        List<String> topLevel = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        ReportWalk.walk(project.report(), new ReportVisitor() {
            @Override
            public void block(Block block, Location location) {
                if (!container.containsKey(block.id())) {
                    topLevel.add(block.id());
                }
                if (block instanceof CaseStudy study) {
                    study.body().forEach(child -> container.put(child.id(), study.id()));
                }
                if (block instanceof Paragraph) {
                    paragraphs.add(block.id());
                }
            }
        });

        assertThat(topLevel).hasSizeGreaterThan(100);
        assertThat(placed.keySet()).containsAll(topLevel);
        assertThat(paragraphs).hasSizeGreaterThan(50)
                .allSatisfy(id -> assertThat(placed).containsKey(container.getOrDefault(id, id)));
        assertThat(container).isNotEmpty();
    }

    @Test
    void spansLieInTheContentAreaInReadingOrder() {
        PageGeometry geometry = theme.page();
        for (PageBox page : laid.pages()) {
            double previous = 0;
            for (BlockSpan span : page.blocks()) {
                assertThat(span.top()).as("%s on page %d", span.id(), page.index())
                        .isGreaterThanOrEqualTo(geometry.top() - 0.01).isGreaterThanOrEqualTo(previous - 0.01);
                assertThat(span.bottom()).as("%s on page %d", span.id(), page.index())
                        .isGreaterThan(span.top()).isLessThanOrEqualTo(geometry.top() + geometry.contentHeight() + 0.5);
                previous = span.bottom();
            }
        }
    }

    @Test
    void aParagraphsFirstSpanHoldsItsFirstCharacters() {
        int checked = 0;
        for (Chapter chapter : project.report().chapters()) {
            for (var section : chapter.sections()) {
                for (Block block : section.blocks()) {
                    if (!(block instanceof Paragraph paragraph) || !paragraph.text().zh().matches("^\\p{IsHan}{6}.*")) {
                        continue;
                    }
                    PageBox page = laid.pages().get(placed.get(block.id()).get(0) - 1);
                    BlockSpan span = page.blocks().stream().filter(s -> s.id().equals(block.id())).findFirst()
                            .orElseThrow();
                    assertThat(textWithin(page, span)).as(block.id()).contains(paragraph.text().zh().substring(0, 6));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(20);
    }

    private static String textWithin(PageBox page, BlockSpan span) {
        StringBuilder text = new StringBuilder();
        for (Box box : page.boxes()) {
            if (box instanceof TextBox t && span.contains(t.baseline())) {
                text.append(t.text());
            }
        }
        return text.toString();
    }

    @Test
    void aChapterLaidOutAloneGivesTheWholeLayoutsPagesOfThatChapter() {
        Report report = project.report();
        ReportLayout layout = layout(Edition.ZH);
        for (int c = 0; c < report.chapters().size(); c++) {
            Chapter chapter = report.chapters().get(c);
            int first = laid.anchorPages().get(chapter.id());
            int next = c + 1 < report.chapters().size() ? laid.anchorPages().get(report.chapters().get(c + 1).id())
                    : laid.anchorPages().get(report.back().get(0).id());

            List<PageBox> alone = layout.chapterPages(chapter.id(), first);

            assertThat(alone).as(chapter.id()).isEqualTo(laid.pages().subList(first - 1, next - 1));
        }
    }

    @Test
    void aChapterOfTheBilingualEditionLaidOutAloneMatchesToo() {
        LaidOutDocument bilingual = layout(Edition.BILINGUAL).layout();
        Chapter chapter = project.report().chapters().get(2);
        int first = bilingual.anchorPages().get(chapter.id());
        int next = bilingual.anchorPages().get(project.report().chapters().get(3).id());

        List<PageBox> alone = layout(Edition.BILINGUAL).chapterPages(chapter.id(), first);

        assertThat(alone).isEqualTo(bilingual.pages().subList(first - 1, next - 1));
        Set<String> ids = new HashSet<>();
        alone.forEach(page -> page.blocks().forEach(span -> ids.add(span.id())));
        assertThat(ids).containsAll(chapter.sections().get(0).blocks().stream().map(Block::id).toList());
    }
}
