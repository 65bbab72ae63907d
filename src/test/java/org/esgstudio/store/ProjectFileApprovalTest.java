package org.esgstudio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.esgstudio.data.IndicatorValue;
import org.esgstudio.data.Project;
import org.esgstudio.figures.Validator;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.ReportEdits;
import org.esgstudio.model.ReportQuery;
import org.esgstudio.review.Approval;
import org.esgstudio.review.ApprovalCheck;
import org.esgstudio.review.ApprovalStatus;
import org.esgstudio.review.Approvals;
import org.esgstudio.review.ChapterSignOff;
import org.esgstudio.review.FigureStatus;
import org.esgstudio.review.FinalExport;
import org.esgstudio.review.ReviewedFigure;
import org.esgstudio.review.SignOff;
import org.esgstudio.review.SignOffReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Approvals kept in a real project file of the main sample: approve, edit, save, and the approval is revoked. */
class ProjectFileApprovalTest {
    private static final String WATER_PARAGRAPH = "ch2-s4-p6";
    private static final Instant AT = Instant.parse("2025-04-01T09:00:00Z");

    @TempDir
    Path dir;

    private static SignOffReport evaluate(ProjectFile file) {
        Project project = file.load();
        return SignOff.evaluate(project, file.approvals(),
                Validator.validate(project.report(), project.data(), project.report().settings().year()));
    }

    private static ReviewedFigure firstAgreeing(SignOffReport report) {
        return report.figures().stream().filter(ReviewedFigure::agrees).findFirst().orElseThrow();
    }

    @Test
    void anApprovedValueIsRevokedWhenTheValueIsEditedAndSaved() {
        Path esg = Samples.projectFile(Samples.QINGHE, dir.resolve("q.esg"));
        try (ProjectFile file = ProjectFile.open(esg, OpenMode.READ_WRITE)) {
            ReviewedFigure figure = firstAgreeing(evaluate(file));
            Approval given = file.approve(Approvals.value(file.load(), figure.indicator(), figure.year(), "李审核", AT)
                    .orElseThrow());
            SignOffReport before = evaluate(file);
            assertThat(before.approvals()).extracting(ApprovalCheck::status).containsExactly(ApprovalStatus.VALID);
            assertThat(before.figures()).filteredOn(f -> figure.indicator().equals(f.indicator())
                    && figure.year().equals(f.year()) && f.agrees())
                    .isNotEmpty().allMatch(f -> f.status() == FigureStatus.APPROVED);

            Project project = file.load();
            IndicatorValue value = project.data().value(figure.indicator(), figure.year()).orElseThrow();
            IndicatorValue edited = new IndicatorValue(value.code(), value.year(), value.amount(), value.status(),
                    "口径调整后重新核对", value.provenance());
            assertThat(file.save(project.withData(project.data().withValue(edited)), Samples.AUTHOR, "改注释")).isTrue();

            SignOffReport after = evaluate(file);
            assertThat(after.approvals()).singleElement().satisfies(check -> {
                assertThat(check.status()).isEqualTo(ApprovalStatus.REVOKED);
                assertThat(check.approval()).isEqualTo(given);
            });
            assertThat(after.revoked()).hasSize(1);
            assertThat(after.figures()).filteredOn(f -> figure.indicator().equals(f.indicator())
                    && figure.year().equals(f.year())).noneMatch(f -> f.status() == FigureStatus.APPROVED);
        }
        try (ProjectFile reopened = ProjectFile.open(esg, OpenMode.READ_ONLY)) {
            assertThat(reopened.approvals()).singleElement().satisfies(a -> {
                assertThat(a.reviewer()).isEqualTo("李审核");
                assertThat(a.at()).isEqualTo(AT);
                assertThat(a.hash()).hasSize(64);
            });
        }
    }

    @Test
    void anApprovedBlockIsRevokedWhenItsTextIsEditedAndApprovingAgainSupersedesTheOldApproval() {
        Path esg = Samples.projectFile(Samples.QINGHE, dir.resolve("q.esg"));
        try (ProjectFile file = ProjectFile.open(esg, OpenMode.READ_WRITE)) {
            file.approve(Approvals.block(file.load(), WATER_PARAGRAPH, "王财务", AT).orElseThrow());
            SignOffReport approved = evaluate(file);
            assertThat(approved.figures()).filteredOn(f -> f.blockId().equals(WATER_PARAGRAPH)).isNotEmpty()
                    .allMatch(f -> f.status() == FigureStatus.APPROVED);

            Project project = file.load();
            Paragraph water = (Paragraph) ReportQuery.block(project.report(), WATER_PARAGRAPH).orElseThrow();
            Paragraph changed = new Paragraph(water.id(), new LocalizedText(water.text().zh() + "另见附录。",
                    water.text().en()), water.notes());
            file.save(project.withReport(ReportEdits.replaceBlock(project.report(), changed)), Samples.AUTHOR, "补一句");

            SignOffReport edited = evaluate(file);
            assertThat(edited.revoked()).extracting(c -> c.approval().blockId()).containsExactly(WATER_PARAGRAPH);

            file.approve(Approvals.block(file.load(), WATER_PARAGRAPH, "王财务", AT.plusSeconds(60)).orElseThrow());
            SignOffReport again = evaluate(file);
            assertThat(again.approvals()).extracting(ApprovalCheck::status)
                    .containsExactly(ApprovalStatus.REVOKED, ApprovalStatus.VALID);
            assertThat(again.revoked()).as("the old approval is kept but superseded").isEmpty();
        }
    }

    @Test
    void aFigureApprovalHoldsWhileTheFigureIsWrittenAndIsRevokedWhenItIsRewritten() {
        Path esg = Samples.projectFile(Samples.QINGHE, dir.resolve("q.esg"));
        try (ProjectFile file = ProjectFile.open(esg, OpenMode.READ_WRITE)) {
            Project project = file.load();
            Paragraph paragraph = (Paragraph) ReportQuery.block(project.report(), WATER_PARAGRAPH).orElseThrow();
            ReviewedFigure water = evaluate(file).figures().stream()
                    .filter(f -> f.blockId().equals(WATER_PARAGRAPH) && f.agrees()
                            && paragraph.text().zh().contains(f.text())).findFirst().orElseThrow();
            file.approve(Approvals.figure(project, WATER_PARAGRAPH, water.indicator(), water.year(), water.text(),
                    "李审核", AT).orElseThrow());
            assertThat(Approvals.figure(project, WATER_PARAGRAPH, water.indicator(), water.year(), "1立方米", "李审核",
                    AT)).as("a figure that is not written there cannot be approved").isEmpty();
            assertThat(evaluate(file).figures()).filteredOn(f -> f.text().equals(water.text())
                    && f.blockId().equals(WATER_PARAGRAPH)).singleElement()
                    .extracting(ReviewedFigure::status).isEqualTo(FigureStatus.APPROVED);

            Paragraph rewritten = new Paragraph(paragraph.id(), new LocalizedText(paragraph.text().zh()
                    .replace(water.text(), "约十万立方米"), paragraph.text().en()), paragraph.notes());
            assertThat(file.save(project.withReport(ReportEdits.replaceBlock(project.report(), rewritten)),
                    Samples.AUTHOR, "改写")).isTrue();

            assertThat(evaluate(file).revoked()).singleElement()
                    .satisfies(c -> assertThat(c.approval().figureText()).isEqualTo(water.text()));
        }
    }

    @Test
    void theDashboardCountsEachChapterInReadingOrder() {
        Path esg = Samples.projectFile(Samples.QINGHE, dir.resolve("q.esg"));
        try (ProjectFile file = ProjectFile.open(esg, OpenMode.READ_ONLY)) {
            SignOffReport report = evaluate(file);
            List<ChapterSignOff> chapters = report.chapters();
            assertThat(chapters).isNotEmpty();
            assertThat(chapters.stream().mapToInt(ChapterSignOff::figures).sum()).isEqualTo(report.figures().size());
            assertThat(chapters).allSatisfy(c -> assertThat(c.approved() + c.inError() + c.awaitingApproval()
                    + c.unverified()).isEqualTo(c.figures()));
            List<String> order = report.figures().stream().map(ReviewedFigure::chapterId).distinct().toList();
            assertThat(chapters).extracting(ChapterSignOff::id).containsExactlyElementsOf(order);
            assertThat(chapters).extracting(ChapterSignOff::approved).containsOnly(0);
        }
    }

    @Test
    void approvalsAndFinalExportsAreKeptAsGivenAndReadOnlyFilesRefuseThem() throws Exception {
        Path esg = Samples.projectFile(Samples.QINGHE, dir.resolve("q.esg"));
        try (ProjectFile file = ProjectFile.open(esg, OpenMode.READ_WRITE)) {
            FinalExport recorded = file.recordFinalExport(new FinalExport(0, AT, "张总", "董事会已批准", 1, 3, "/tmp/x.pdf"));
            assertThat(recorded.id()).isPositive();
            assertThat(file.finalExports()).containsExactly(recorded);
        }
        try (java.sql.Connection sql = java.sql.DriverManager.getConnection("jdbc:sqlite:" + esg);
             java.sql.Statement statement = sql.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM final_export"))
                    .hasMessageContaining("kept as recorded");
        }
        try (ProjectFile file = ProjectFile.open(esg, OpenMode.READ_ONLY)) {
            Approval approval = Approvals.block(file.load(), WATER_PARAGRAPH, "王财务", AT).orElseThrow();
            assertThatThrownBy(() -> file.approve(approval)).isInstanceOf(IllegalStateException.class);
            assertThat(Approvals.value(file.load(), "NO-SUCH", 2024, "王财务", AT)).isEmpty();
            assertThat(Approvals.block(file.load(), "no-such-block", "王财务", AT)).isEmpty();
        }
    }
}
