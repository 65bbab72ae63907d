package org.esgstudio.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.esgstudio.model.Fixtures.chapter;
import static org.esgstudio.model.Fixtures.para;
import static org.esgstudio.model.Fixtures.section;
import static org.esgstudio.model.Fixtures.t;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The editor's tree operations: each returns a new report, shares what it did not touch, and refuses bad ids. */
class ReportEditsTest {
    private static CaseStudy caseStudy(String id, Block... body) {
        return new CaseStudy(id, t("案例" + id), List.of(body), null, null);
    }

    private static Report report() {
        return Fixtures.report(true,
                chapter("c1", section("s1", para("p1", "一"), para("p2", "二"), caseStudy("k1", para("p3", "三")))),
                chapter("c2", section("s2", para("p4", "四")), section("s3")));
    }

    private static List<String> blockIds(Report report, String container) {
        return ReportQuery.containerBlocks(report, container).orElseThrow().stream().map(Block::id).toList();
    }

    @Test
    void replacingABlockChangesOnlyThePathToIt() {
        Report before = report();
        Report after = ReportEdits.replaceBlock(before, para("p3", "改过的三"));

        assertThat(((Paragraph) ReportQuery.block(after, "p3").orElseThrow()).text().zh()).isEqualTo("改过的三");
        assertThat(after.chapters().get(1)).isSameAs(before.chapters().get(1));
        assertThat(ReportQuery.block(after, "p1").orElseThrow()).isSameAs(ReportQuery.block(before, "p1").orElseThrow());
        assertThat(ReportQuery.block(before, "p3").map(b -> ((Paragraph) b).text().zh())).contains("三");
    }

    @Test
    void insertingRemovingAndMovingBlocksKeepTheOrderAsked() {
        Report inserted = ReportEdits.insertBlock(report(), "s1", 1, para("p9", "新"));
        assertThat(blockIds(inserted, "s1")).containsExactly("p1", "p9", "p2", "k1");

        Report removed = ReportEdits.removeBlock(inserted, "p2");
        assertThat(blockIds(removed, "s1")).containsExactly("p1", "p9", "k1");

        Report movedIntoCase = ReportEdits.moveBlock(removed, "p1", "k1", 0);
        assertThat(blockIds(movedIntoCase, "s1")).containsExactly("p9", "k1");
        assertThat(blockIds(movedIntoCase, "k1")).containsExactly("p1", "p3");

        Report movedAcrossChapters = ReportEdits.moveBlock(movedIntoCase, "k1", "s3", 0);
        assertThat(blockIds(movedAcrossChapters, "s3")).containsExactly("k1");
        assertThat(blockIds(movedAcrossChapters, "k1")).containsExactly("p1", "p3");
    }

    @Test
    void aCaseStudyCannotBeMovedIntoItself() {
        assertThatThrownBy(() -> ReportEdits.moveBlock(report(), "k1", "k1", 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknownIdsAreRefused() {
        assertThatThrownBy(() -> ReportEdits.replaceBlock(report(), para("nope", "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
        assertThatThrownBy(() -> ReportEdits.insertBlock(report(), "nowhere", 0, para("p9", "x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportEdits.remove(report(), "ghost")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sectionsAndChaptersMoveAndAreRenamed() {
        Report moved = ReportEdits.moveSection(report(), "s3", "c1", 0);
        assertThat(moved.chapters().get(0).sections()).extracting(Section::id).containsExactly("s3", "s1");

        Report chapters = ReportEdits.moveChapter(moved, "c2", 0);
        assertThat(chapters.chapters()).extracting(Chapter::id).containsExactly("c2", "c1");

        Report renamed = ReportEdits.retitle(chapters, "s1", t("新小节", "New section"));
        assertThat(ReportQuery.section(renamed, "s1").orElseThrow().title().en()).isEqualTo("New section");
        Report caseRenamed = ReportEdits.retitle(renamed, "k1", t("新案例"));
        assertThat(((CaseStudy) ReportQuery.block(caseRenamed, "k1").orElseThrow()).title().zh()).isEqualTo("新案例");
    }

    @Test
    void removeTakesAnyKindOfNode() {
        assertThat(ReportEdits.remove(report(), "c1").chapters()).extracting(Chapter::id).containsExactly("c2");
        assertThat(ReportEdits.remove(report(), "s2").chapters().get(1).sections()).extracting(Section::id)
                .containsExactly("s3");
        assertThat(ReportQuery.block(ReportEdits.remove(report(), "p3"), "p3")).isEmpty();
    }

    @Test
    void positionsNameTheContainerAndIndex() {
        assertThat(ReportQuery.position(report(), "p3")).contains(new ReportEdits.Position("k1", 0));
        assertThat(ReportQuery.position(report(), "k1")).contains(new ReportEdits.Position("s1", 2));
        assertThat(ReportQuery.position(report(), "s3")).contains(new ReportEdits.Position("c2", 1));
        assertThat(ReportQuery.position(report(), "c2")).contains(new ReportEdits.Position("", 1));
        assertThat(ReportQuery.position(report(), "nope")).isEmpty();
    }

    @Test
    void freshIdsAreNotTakenAnywhere() {
        Report report = ReportEdits.insertBlock(report(), "s1", 0, para("p-1", "已用"));

        assertThat(ReportIds.fresh(report, "p")).isEqualTo("p-2");
        assertThat(ReportIds.all(report)).contains("c1", "s3", "k1", "p3", "p-1");
    }
}
