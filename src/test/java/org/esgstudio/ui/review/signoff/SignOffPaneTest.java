package org.esgstudio.ui.review.signoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.esgstudio.i18n.Messages;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.ReportQuery;
import org.esgstudio.review.Approval;
import org.esgstudio.review.ApprovalKind;
import org.esgstudio.review.ChapterSignOff;
import org.esgstudio.review.FigureStatus;
import org.esgstudio.review.SignOff;
import org.esgstudio.review.SignOffReport;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import org.esgstudio.store.Samples;
import org.esgstudio.ui.common.Tasks;
import org.esgstudio.ui.workspace.Edit;
import org.esgstudio.ui.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sign-off tab on the main sample, headless: the dashboard agrees with the review layer, a reviewer signs off a
 * figure, an edit revokes it visibly, and undoing the edit brings it back; a block sign-off covers its figures.
 */
@ExtendWith(ApplicationExtension.class)
class SignOffPaneTest {
    private static final String PARAGRAPH = "ch2-s4-p6";
    private static final String WATER = "98,652立方米";
    private static final String REVIEWER = "李审核";

    @TempDir
    static Path dir;
    private static Path sample;

    private ProjectFile file;
    private Workspace workspace;
    private SignOffPane pane;
    private final List<String> revealed = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        if (sample == null) {
            sample = Samples.projectFile(Samples.QINGHE, dir.resolve("sample.esg"));
        }
        Path path = Files.copy(sample, dir.resolve("q-" + System.nanoTime() + ".esg"));
        file = ProjectFile.open(path, OpenMode.READ_WRITE);
        workspace = new Workspace(file, file.load(), Workspace.Services.standard(Platform::runLater));
        SignOffModel model = new SignOffModel(workspace, Tasks.background(), Tasks.fxThread(), () -> REVIEWER,
                Clock.systemDefaultZone());
        pane = new SignOffPane(workspace, model, (block, text) -> revealed.add(block + "|" + text), () -> { },
                () -> REVIEWER);
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene((Parent) pane.view(), 1300, 420));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(workspace::saveNow);
        file.close();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private SignOffReport evaluated() throws Exception {
        waitUntil(() -> pane.model().reportProperty().get() != null);
        return pane.model().reportProperty().get();
    }

    private List<SignOffRow> waterRows() {
        return pane.model().rowsProperty().get().stream()
                .filter(row -> PARAGRAPH.equals(row.blockId()) && WATER.equals(row.text())).toList();
    }

    @SuppressWarnings("unchecked")
    private TableView<SignOffRow> figures(FxRobot robot) {
        return robot.lookup("#signoffFigures").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<ChapterSignOff> chapters(FxRobot robot) {
        return robot.lookup("#signoffChapters").queryAs(TableView.class);
    }

    private void selectWater(FxRobot robot) {
        robot.interact(() -> {
            TableView<SignOffRow> table = figures(robot);
            table.getSelectionModel().clearSelection();
            for (int i = 0; i < table.getItems().size(); i++) {
                SignOffRow row = table.getItems().get(i);
                if (PARAGRAPH.equals(row.blockId()) && WATER.equals(row.text())) {
                    table.getSelectionModel().select(i);
                    table.scrollTo(i);
                }
            }
        });
    }

    private void write(FxRobot robot, String zh) {
        Paragraph p = (Paragraph) ReportQuery.block(workspace.current().report(), PARAGRAPH).orElseThrow();
        robot.interact(() -> workspace.apply(Edit.typing("编辑段落", new Paragraph(p.id(), LocalizedText.of(zh,
                p.text().en()), p.notes()), "zh")));
    }

    @Test
    void theDashboardShowsEachChapterAndTheWholeReportAsTheReviewLayerCountsThem(FxRobot robot) throws Exception {
        SignOffReport shown = evaluated();
        SignOffReport expected = SignOff.evaluate(workspace.current(), file.approvals(),
                workspace.validationProperty().get());

        List<ChapterSignOff> lines = chapters(robot).getItems();
        assertThat(lines.subList(1, lines.size())).isEqualTo(expected.chapters());
        ChapterSignOff whole = lines.get(0);
        assertThat(whole.figures()).isEqualTo(expected.figures().size()).isEqualTo(shown.figures().size());
        assertThat(whole.verified()).isEqualTo((int) expected.figures().stream().filter(f -> f.agrees()).count())
                .isGreaterThan(500);
        assertThat(whole.approved()).isZero();
        assertThat(robot.lookup("#signoffReady").queryAs(Label.class).getText())
                .isEqualTo("尚不能定稿：0 个错误，" + whole.awaitingApproval() + " 个数字待签核");
        assertThat(figures(robot).getItems()).as("to do by default: what awaits sign-off")
                .hasSize(whole.awaitingApproval()).allMatch(row -> row.status() == SignOffRow.Status.VERIFIED);

        robot.interact(() -> robot.lookup("#signoffFilter").queryAs(javafx.scene.control.ComboBox.class)
                .getSelectionModel().select(1));
        assertThat(figures(robot).getItems()).hasSize(pane.model().rowsProperty().get().size());
        assertThat(figures(robot).getItems()).as("a figure reference shows the value it prints")
                .noneMatch(row -> row.text().startsWith("{{"))
                .anyMatch(row -> row.text().equals("168.35亿元（引用）") && row.written().startsWith("{{"));
        robot.interact(() -> chapters(robot).getSelectionModel().select(3));
        ChapterSignOff chosen = chapters(robot).getItems().get(3);
        assertThat(figures(robot).getItems()).hasSize(chosen.figures())
                .allMatch(row -> row.chapterId().equals(chosen.id()));
    }

    @Test
    void aSignedOffFigureIsRevokedVisiblyByAnEditAndHoldsAgainWhenTheEditIsUndone(FxRobot robot) throws Exception {
        evaluated();
        assertThat(waterRows()).singleElement().extracting(SignOffRow::status).isEqualTo(SignOffRow.Status.VERIFIED);
        String text = ((Paragraph) ReportQuery.block(workspace.current().report(), PARAGRAPH).orElseThrow()).text()
                .zh();

        selectWater(robot);
        robot.clickOn("#approveFigures");
        waitUntil(() -> waterRows().stream().anyMatch(row -> row.status() == SignOffRow.Status.APPROVED));

        assertThat(file.approvals()).singleElement().satisfies(approval -> {
            assertThat(approval.kind()).isEqualTo(ApprovalKind.FIGURE);
            assertThat(approval.reviewer()).isEqualTo(REVIEWER);
            assertThat(approval.figureText()).isEqualTo(WATER);
        });
        assertThat(waterRows()).singleElement().satisfies(row -> assertThat(row.reviewer()).isEqualTo(REVIEWER));

        write(robot, text.replace(WATER, "98,653立方米"));
        waitUntil(() -> pane.model().reportProperty().get().revoked().size() == 1);

        List<SignOffRow> revoked = pane.model().rowsProperty().get().stream()
                .filter(row -> row.status() == SignOffRow.Status.REVOKED).toList();
        assertThat(revoked).singleElement().satisfies(row -> {
            assertThat(row.text()).isEqualTo(WATER);
            assertThat(row.reviewer()).isEqualTo(REVIEWER);
            assertThat(row.blockId()).isEqualTo(PARAGRAPH);
        });
        assertThat(robot.lookup("#signoffSummary").queryAs(Label.class).getText()).endsWith("已撤销签核 1");

        write(robot, text);
        waitUntil(() -> pane.model().reportProperty().get().revoked().isEmpty()
                && waterRows().stream().anyMatch(row -> row.status() == SignOffRow.Status.APPROVED));
        assertThat(file.approvals()).hasSize(1);
    }

    @Test
    void signingOffTheBlockBeingEditedCoversEveryAgreeingFigureInIt(FxRobot robot) throws Exception {
        SignOffReport before = evaluated();
        long agreeing = before.figures().stream().filter(f -> PARAGRAPH.equals(f.blockId()) && f.agrees()).count();
        assertThat(agreeing).isGreaterThan(1);
        assertThat(robot.lookup("#approveBlock").queryAs(Button.class).isDisabled()).isTrue();

        robot.interact(() -> workspace.selectedProperty().set(PARAGRAPH));
        robot.clickOn("#approveBlock");
        waitUntil(() -> pane.model().reportProperty().get().figures().stream()
                .filter(f -> PARAGRAPH.equals(f.blockId()) && f.agrees())
                .allMatch(f -> f.status() == FigureStatus.APPROVED));

        List<Approval> approvals = file.approvals();
        assertThat(approvals).singleElement().satisfies(approval -> {
            assertThat(approval.kind()).isEqualTo(ApprovalKind.BLOCK);
            assertThat(approval.blockId()).isEqualTo(PARAGRAPH);
        });
        assertThat(pane.model().reportProperty().get().figures().stream()
                .filter(f -> !PARAGRAPH.equals(f.blockId())).noneMatch(f -> f.status() == FigureStatus.APPROVED))
                .isTrue();
    }

    @Test
    void doubleClickingAFigureGoesToItInTheEditor(FxRobot robot) throws Exception {
        evaluated();
        selectWater(robot);
        WaitForAsyncUtils.waitForFxEvents();
        TableRow<?> row = robot.lookup(".table-row-cell").match(node -> node instanceof TableRow<?> r
                && r.getItem() instanceof SignOffRow item && WATER.equals(item.text())
                && PARAGRAPH.equals(item.blockId())).queryAs(TableRow.class);

        robot.doubleClickOn(row);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(revealed).containsExactly(PARAGRAPH + "|" + WATER);
    }

    @Test
    void whileTheSignOffIsHiddenEditsAreEvaluatedOnlyWhenItIsShownAgain(FxRobot robot) throws Exception {
        evaluated();
        String text = ((Paragraph) ReportQuery.block(workspace.current().report(), PARAGRAPH).orElseThrow()).text()
                .zh();
        robot.interact(() -> pane.model().shownProperty().set(false));
        SignOffReport before = pane.model().reportProperty().get();

        write(robot, text.replace(WATER, "98,653立方米"));
        waitUntil(() -> workspace.validationProperty().get().count(org.esgstudio.figures.Severity.ERROR) == 1);
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pane.model().reportProperty().get()).as("not evaluated while hidden").isSameAs(before);

        robot.interact(() -> pane.model().shownProperty().set(true));
        waitUntil(() -> pane.model().reportProperty().get().inError().size() == 1);
        assertThat(pane.model().reportProperty().get().inError()).singleElement()
                .satisfies(figure -> assertThat(figure.text()).isEqualTo("98,653立方米"));
    }
}
