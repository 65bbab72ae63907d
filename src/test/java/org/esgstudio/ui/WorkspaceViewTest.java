package org.esgstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.esgstudio.figures.Finding;
import org.esgstudio.figures.FindingKind;
import org.esgstudio.figures.Severity;
import org.esgstudio.frameworks.CoverageStatus;
import org.esgstudio.i18n.Messages;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import org.esgstudio.store.Samples;
import org.esgstudio.ui.common.Tasks;
import org.esgstudio.ui.review.disclosures.CoverageRow;
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
 * The workspace view's slots, headless: the review panel sits below the editor and its jumps reach the window (a
 * finding, a disclosure of the coverage tab).
 */
@ExtendWith(ApplicationExtension.class)
class WorkspaceViewTest {
    @TempDir
    static Path dir;

    private ProjectFile file;
    private Workspace workspace;
    private WorkspaceView view;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        Path path = Samples.projectFile(Samples.QINGHE, dir.resolve("q-" + System.nanoTime() + ".esg"));
        file = ProjectFile.open(path, OpenMode.READ_WRITE);
        workspace = new Workspace(file, file.load(), Workspace.Services.standard(Platform::runLater));
        view = new WorkspaceView(workspace, new MainViewModel(Tasks.background(), Tasks.fxThread()));
        stage.setScene(new Scene((Parent) view.view(), 1200, 800));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(workspace::saveNow);
        file.close();
    }

    private static Finding finding(String blockId) {
        return new Finding(Severity.ERROR, FindingKind.MISMATCH, "E1", 2024, "98,653立方米", "98,652",
                "figures.mismatch", null, "", blockId);
    }

    @Test
    void theReviewSlotHoldsTheFindingsSignOffCommentAndDisclosureTabs(FxRobot robot) {
        assertThat(robot.lookup("#reviewSlot #review").tryQuery()).isPresent();
        assertThat(robot.lookup("#reviewSlot").queryParent().getChildrenUnmodifiable())
                .containsExactly(view.reviewTabsPane());
        assertThat(view.reviewTabsPane().getTabs()).extracting(tab -> tab.getContent())
                .containsExactly(view.review().view(), view.signOff().view(), view.comments().view(),
                        view.coverage().view());
    }

    @Test
    void aDisclosureDoubleClickedInTheCoverageTabOpensItsSectionWithTheCodeAboveTheEditor(FxRobot robot)
            throws Exception {
        robot.interact(() -> workspace.apply(Edit.report("标注披露项", report ->
                report.withDisclosures(report.disclosures().with("ch4-s1", List.of("gri-2021:2-7"))))));
        robot.interact(() -> view.showReviewTab(3));
        assertThat(view.reviewTabsPane().getSelectionModel().getSelectedItem().getId()).isEqualTo("disclosuresTab");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.coverage().rows().stream()
                .anyMatch(row -> row.tag().equals("gri-2021:2-7") && row.status() == CoverageStatus.COVERED));
        robot.interact(() -> robot.lookup("#coverageFilter").queryAs(ComboBox.class)
                .setValue(CoverageStatus.COVERED.name()));
        WaitForAsyncUtils.waitForFxEvents();
        // The sample reports many disclosures: bring this one's row into view first.
        robot.interact(() -> {
            javafx.scene.control.TableView<?> table = robot.lookup("#coverageTable").queryAs(
                    javafx.scene.control.TableView.class);
            for (int k = 0; k < table.getItems().size(); k++) {
                if (table.getItems().get(k) instanceof CoverageRow item && item.tag().equals("gri-2021:2-7")) {
                    table.scrollTo(k);
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        TableRow<?> row = robot.lookup("#coverageTable .table-row-cell").match(node -> node instanceof TableRow<?> r
                && r.getItem() instanceof CoverageRow item && item.tag().equals("gri-2021:2-7"))
                .queryAs(TableRow.class);

        robot.interact(() -> Event.fireEvent(row, new MouseEvent(MouseEvent.MOUSE_CLICKED, 5, 5, 5, 5,
                MouseButton.PRIMARY, 2, false, false, false, false, false, false, false, false, false, true, null)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(workspace.selectedProperty().get()).isEqualTo("ch4-s1");
        assertThat(view.editors().editor()).isPresent();
        assertThat(view.editors().disclosures().codes()).containsExactly("gri-2021:2-7");
        assertThat(robot.lookup("#disclosureBar").query().isVisible()).isTrue();
        assertThat(view.reviewTabsPane().getTabs().get(3).getText()).matches("披露 缺 \\d+");
    }

    @Test
    void aFindingOnABlockSelectsItAndADataFindingShowsTheDataPage(FxRobot robot) {
        robot.interact(() -> view.review().jump(finding("ch2-s4-p6")));
        assertThat(workspace.selectedProperty().get()).isEqualTo("ch2-s4-p6");

        robot.interact(() -> view.review().jump(finding(null)));
        assertThat(robot.lookup("#pages").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId())
                .isEqualTo("dataPage");
    }
}
