package org.esgstudio.ui.outline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.esgstudio.i18n.Messages;
import org.esgstudio.model.Block;
import org.esgstudio.model.CaseStudy;
import org.esgstudio.model.Chapter;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.Report;
import org.esgstudio.model.ReportQuery;
import org.esgstudio.model.Section;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import org.esgstudio.store.Samples;
import org.esgstudio.ui.workspace.Scheduler;
import org.esgstudio.ui.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outline's commands on the main sample, without a window: each one edit, undoable, selecting what it made. */
class OutlineActionsTest {
    @TempDir
    Path dir;

    private ProjectFile file;
    private Workspace workspace;
    private OutlineActions actions;

    @BeforeEach
    void open() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        file = ProjectFile.open(Samples.projectFile(Samples.QINGHE, dir.resolve("q.esg")), OpenMode.READ_WRITE);
        workspace = new Workspace(file, file.load(), new Workspace.Services(Scheduler.immediate(), Runnable::run,
                Runnable::run, Runnable::run, java.time.Clock.systemUTC()));
        actions = new OutlineActions(workspace);
    }

    @AfterEach
    void close() {
        file.close();
    }

    private Report report() {
        return workspace.current().report();
    }

    private List<String> blocks(String container) {
        return ReportQuery.containerBlocks(report(), container).orElseThrow().stream().map(Block::id).toList();
    }

    @Test
    void aCaseStudyAddedAfterTheSelectedParagraphHasAnEmptyParagraphToWriteIn() {
        String id = actions.addBlock(NewBlockKind.CASE_STUDY, "ch2-s4-p6").orElseThrow();

        List<String> section = blocks("ch2-s4");
        assertThat(section.get(section.indexOf("ch2-s4-p6") + 1)).isEqualTo(id);
        CaseStudy added = (CaseStudy) ReportQuery.block(report(), id).orElseThrow();
        assertThat(added.title().zh()).isEqualTo("新案例");
        assertThat(added.body()).singleElement().isInstanceOf(Paragraph.class);

        workspace.undo();
        assertThat(ReportQuery.block(report(), id)).isEmpty();
    }

    @Test
    void aBlockAddedOnASectionGoesAtItsEndAndOnAChapterAtTheEndOfItsLastSection() {
        String inSection = actions.addBlock(NewBlockKind.PARAGRAPH, "ch2-s4").orElseThrow();
        assertThat(blocks("ch2-s4")).last().isEqualTo(inSection);

        Chapter chapter = ReportQuery.chapter(report(), "ch3").orElseThrow();
        String last = chapter.sections().get(chapter.sections().size() - 1).id();
        String inChapter = actions.addBlock(NewBlockKind.TEXT_TABLE, "ch3").orElseThrow();
        assertThat(blocks(last)).last().isEqualTo(inChapter);
    }

    @Test
    void blocksCannotBeAddedWhereThereIsNoBlockList() {
        String kpi = report().back().stream().filter(p -> p instanceof org.esgstudio.model.KpiTable).findFirst()
                .orElseThrow().id();

        assertThat(actions.canAddBlock(kpi)).isFalse();
        assertThat(actions.addBlock(NewBlockKind.PARAGRAPH, kpi)).isEmpty();
        assertThat(workspace.canUndoProperty().get()).isFalse();
    }

    @Test
    void chaptersAndSectionsAreAddedAfterTheSelection() {
        String chapter = actions.addChapter("ch2-s4-p6");
        assertThat(report().chapters()).extracting(Chapter::id).containsSequence("ch2", chapter, "ch3");
        assertThat(report().chapters().get(2).sections()).hasSize(1);

        String section = actions.addSection("ch2-s1").orElseThrow();
        assertThat(ReportQuery.chapter(report(), "ch2").orElseThrow().sections()).extracting(Section::id)
                .containsSequence("ch2-s1", section);
    }

    @Test
    void deletingSelectsTheNextNodeAndUndoBringsItBack() {
        List<String> before = blocks("ch2-s4");
        String victim = before.get(0);

        String next = actions.delete(victim).orElseThrow();

        assertThat(next).isEqualTo(before.get(1));
        assertThat(blocks("ch2-s4")).doesNotContain(victim);
        workspace.undo();
        assertThat(blocks("ch2-s4")).isEqualTo(before);
    }

    @Test
    void renamingKeepsTheEnglishTitle() {
        String english = ReportQuery.section(report(), "ch1-s1").orElseThrow().title().en();

        actions.rename("ch1-s1", "  董事会治理  ");

        assertThat(ReportQuery.section(report(), "ch1-s1").orElseThrow().title().zh()).isEqualTo("董事会治理");
        assertThat(ReportQuery.section(report(), "ch1-s1").orElseThrow().title().en()).isEqualTo(english);
        assertThat(actions.canRename("ch1-s1")).isTrue();
        assertThat(actions.canRename("ch2-s4-p6")).isFalse();
    }

    @Test
    void movingUpAndDownStopsAtTheEnds() {
        List<String> before = blocks("ch2-s4");

        assertThat(actions.move(before.get(0), -1)).isFalse();
        assertThat(actions.move(before.get(0), +1)).isTrue();
        assertThat(blocks("ch2-s4").subList(0, 2)).containsExactly(before.get(1), before.get(0));
        assertThat(actions.move("ch1", -1)).isFalse();
        assertThat(actions.move("ch1", +1)).isTrue();
        assertThat(report().chapters().get(1).id()).isEqualTo("ch1");
    }

    @Test
    void dropsPutNodesBeforeAfterOrIntoOthersWhereTheyMayGo() {
        List<String> section = blocks("ch2-s4");
        String first = section.get(0);
        String third = section.get(2);

        assertThat(actions.drop(first, third, OutlineActions.Drop.AFTER)).isTrue();
        assertThat(blocks("ch2-s4").indexOf(first)).isEqualTo(2);

        assertThat(actions.drop(first, "ch1-s1", OutlineActions.Drop.INTO)).isTrue();
        assertThat(blocks("ch1-s1")).last().isEqualTo(first);

        assertThat(actions.canDrop("ch1-s1", "ch2", OutlineActions.Drop.INTO)).isTrue();
        assertThat(actions.canDrop("ch1-s1", first, OutlineActions.Drop.BEFORE)).isFalse();
        assertThat(actions.canDrop("ch1", "ch2-s4", OutlineActions.Drop.INTO)).isFalse();
        assertThat(actions.canDrop(report().front().get(0).id(), report().back().get(0).id(),
                OutlineActions.Drop.BEFORE)).isFalse();
    }

    @Test
    void aCaseStudyCannotBeDroppedIntoItself() {
        String id = actions.addBlock(NewBlockKind.CASE_STUDY, "ch2-s4-p6").orElseThrow();

        assertThat(actions.canDrop(id, id, OutlineActions.Drop.INTO)).isFalse();
        String body = ((CaseStudy) ReportQuery.block(report(), id).orElseThrow()).body().get(0).id();
        assertThat(actions.canDrop(id, body, OutlineActions.Drop.BEFORE)).isFalse();
    }
}
