package org.esgstudio.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.esgstudio.review.LineageFixture.KEY;
import static org.esgstudio.review.LineageFixture.WATER;
import static org.esgstudio.review.LineageFixture.YEAR;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.esgstudio.data.IndicatorValue;
import org.esgstudio.data.Project;
import org.esgstudio.data.Provenance;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import org.esgstudio.store.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A value's lineage read from a project file whose value was imported, typed over and imported again. */
class ValueLineageTest {
    @TempDir
    Path dir;

    private static ValueLineage lineage(ProjectFile file, Project project, String code, int year) {
        return Lineages.of(project, code, year, file.valueHistory(code, year),
                Lineages.review(project, file.approvals())).orElseThrow();
    }

    @Test
    void everyEarlierStateIsListedOldestFirstWithItsSourceAuthorAndRevision() {
        Path esg = LineageFixture.waterThroughFourHands(dir);
        try (ProjectFile file = ProjectFile.open(esg, OpenMode.READ_ONLY)) {
            ValueLineage lineage = lineage(file, file.load(), WATER, YEAR);

            assertThat(lineage.key()).isEqualTo(KEY);
            assertThat(lineage.current().amount()).isEqualByComparingTo("98652");
            assertThat(lineage.current().provenance()).isEqualTo(new Provenance("用水更正.csv", "D2", "赵统计",
                    LineageFixture.CSV_AT));
            assertThat(lineage.changes()).hasSize(4);
            List<ValueChange> earlier = lineage.earlier();
            assertThat(earlier).extracting(change -> change.after().amount().toPlainString())
                    .containsExactly("98652", "98700", "98690");
            assertThat(earlier).extracting(change -> change.after().provenance().author())
                    .containsExactly(Samples.AUTHOR, "王数据", "李编辑");
            Provenance fromSample = earlier.get(0).after().provenance();
            assertThat(fromSample.file()).endsWith("qinghe-2024/data.csv");
            assertThat(fromSample.cell()).isEqualTo("J32");
            assertThat(earlier.get(1).after().provenance()).isEqualTo(new Provenance("行政部.xlsx", "指标数据!D2",
                    "王数据", LineageFixture.WORKBOOK_AT));
            assertThat(earlier.get(1).after().note()).isEqualTo(LineageFixture.WORKBOOK_NOTE);
            assertThat(earlier.get(2).after().provenance().isTyped()).isTrue();
            assertThat(earlier.get(2).after().provenance().at()).isEqualTo(LineageFixture.TYPED_AT);
            assertThat(earlier).extracting(ValueChange::summary)
                    .containsExactly("从示例 qinghe-2024 创建", "导入 行政部.xlsx", "修改 用水量（2024年）");
            assertThat(earlier).extracting(ValueChange::revision).isSorted().doesNotHaveDuplicates();
            assertThat(earlier.get(0).isFirstEntry()).isTrue();
            assertThat(lineage.previous().orElseThrow().after().amount()).isEqualByComparingTo("98690");
        }
    }

    @Test
    void theApprovalOfAnEarlierStateIsRevokedAndANewOneHolds() {
        Path esg = LineageFixture.waterThroughFourHands(dir);
        try (ProjectFile file = ProjectFile.open(esg, OpenMode.READ_WRITE)) {
            Project project = file.load();
            ValueSignOff revoked = lineage(file, project, WATER, YEAR).signOff();
            assertThat(revoked.state()).isEqualTo(ValueSignOff.State.REVOKED);
            assertThat(revoked.approval().reviewer()).isEqualTo("李审核");
            assertThat(revoked.approval().at()).isEqualTo(LineageFixture.APPROVED_AT);

            Instant now = Instant.parse("2025-03-06T01:00:00Z");
            file.approve(Approvals.value(project, WATER, YEAR, "王财务", now).orElseThrow());
            ValueSignOff approved = lineage(file, project, WATER, YEAR).signOff();
            assertThat(approved.state()).isEqualTo(ValueSignOff.State.APPROVED);
            assertThat(approved.approval().reviewer()).isEqualTo("王财务");
            assertThat(lineage(file, project, WATER, 2023).signOff()).isEqualTo(ValueSignOff.NONE);
        }
    }

    @Test
    void theParagraphQuotingTheValueIsWhereItIsCited() {
        Path esg = LineageFixture.waterThroughFourHands(dir);
        try (ProjectFile file = ProjectFile.open(esg, OpenMode.READ_ONLY)) {
            List<ReviewedFigure> citations = lineage(file, file.load(), WATER, YEAR).citations();

            assertThat(citations).extracting(ReviewedFigure::blockId).contains(LineageFixture.WATER_PARAGRAPH);
            ReviewedFigure paragraph = citations.stream()
                    .filter(figure -> figure.blockId().equals(LineageFixture.WATER_PARAGRAPH)).findFirst().orElseThrow();
            assertThat(paragraph.text()).isEqualTo("98,652立方米");
            assertThat(paragraph.status()).isEqualTo(FigureStatus.VERIFIED);
            assertThat(paragraph.location()).contains("›");
            assertThat(citations).allSatisfy(figure -> {
                assertThat(figure.indicator()).isEqualTo(WATER);
                assertThat(figure.year()).isEqualTo(YEAR);
            });
        }
    }

    @Test
    void anEditNotSavedYetLeavesEveryRecordedStateEarlier() {
        Path esg = LineageFixture.waterThroughFourHands(dir);
        try (ProjectFile file = ProjectFile.open(esg, OpenMode.READ_ONLY)) {
            Project saved = file.load();
            Project edited = saved.withData(saved.data().withValue(IndicatorValue.reported(WATER, YEAR,
                    new BigDecimal("98660"), "", Provenance.typed("李编辑", Instant.now()))));

            ValueLineage lineage = lineage(file, edited, WATER, YEAR);

            assertThat(lineage.current().amount()).isEqualByComparingTo("98660");
            assertThat(lineage.earlier()).hasSize(4);
            assertThat(lineage.previous().orElseThrow().after().amount()).isEqualByComparingTo("98652");
        }
    }

    @Test
    void aRemovedValueKeepsItsLineageAndTheRemovalIsItsLastState() {
        Path esg = LineageFixture.waterThroughFourHands(dir);
        try (ProjectFile file = ProjectFile.open(esg, OpenMode.READ_WRITE)) {
            Project project = file.load();
            file.save(project.withData(project.data().withoutValue(WATER, YEAR)), "李编辑", "删除 用水量（2024年）");
            Project now = file.load();

            ValueLineage lineage = lineage(file, now, WATER, YEAR);

            assertThat(lineage.current()).isNull();
            assertThat(lineage.changes()).hasSize(5);
            assertThat(lineage.changes().get(4).isRemoval()).isTrue();
            assertThat(lineage.earlier()).hasSize(4);
        }
    }

    @Test
    void noLineageForAnUnknownIndicatorOrAValueNeverRecorded() {
        Path esg = LineageFixture.waterThroughFourHands(dir);
        try (ProjectFile file = ProjectFile.open(esg, OpenMode.READ_ONLY)) {
            Project project = file.load();
            SignOffReport review = Lineages.review(project, file.approvals());

            assertThat(Lineages.of(project, "NO.SUCH.CODE", YEAR, List.of(), review)).isEmpty();
            assertThat(file.valueHistory(WATER, 1999)).isEmpty();
            assertThat(Lineages.of(project, WATER, 1999, file.valueHistory(WATER, 1999), review)).isEmpty();
        }
    }

    @Test
    void theValuesOfTheChosenYearsComeInCatalogueOrderWithTheirHistories() {
        Path esg = LineageFixture.waterThroughFourHands(dir);
        try (ProjectFile file = ProjectFile.open(esg, OpenMode.READ_ONLY)) {
            Project project = file.load();
            Map<String, List<ValueChange>> histories = file.valueHistories();

            List<ValueLineage> lineages = Lineages.ofYears(project, List.of(2024, 2023), histories,
                    Lineages.review(project, file.approvals()));

            long values = project.data().values().stream().filter(v -> v.year() == 2024 || v.year() == 2023).count();
            assertThat(lineages).hasSize((int) values);
            assertThat(lineages.get(0).code()).isEqualTo(project.data().indicators().get(0).code());
            ValueLineage water = lineages.stream().filter(l -> l.key().equals(KEY)).findFirst().orElseThrow();
            assertThat(water.earlier()).hasSize(3);
            assertThat(water.changes()).isEqualTo(file.valueHistory(WATER, YEAR));
            ValueLineage water2023 = lineages.get(lineages.indexOf(water) + 1);
            assertThat(water2023.key()).isEqualTo(WATER + "@2023");
            assertThat(water2023.earlier()).isEmpty();
            assertThat(water2023.changes()).hasSize(1);
        }
    }
}
