package org.esgstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.esgstudio.figures.Finding;
import org.esgstudio.figures.FindingKind;
import org.esgstudio.figures.Severity;
import org.esgstudio.i18n.Messages;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import org.esgstudio.store.Samples;
import org.esgstudio.ui.common.Tasks;
import org.esgstudio.ui.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The workspace view's slots, headless: the review panel sits below the editor and its jumps reach the window. */
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
    void theReviewSlotHoldsTheFindingsSignOffAndCommentTabs(FxRobot robot) {
        assertThat(robot.lookup("#reviewSlot #review").tryQuery()).isPresent();
        assertThat(robot.lookup("#reviewSlot").queryParent().getChildrenUnmodifiable())
                .containsExactly(view.reviewTabsPane());
        assertThat(view.reviewTabsPane().getTabs()).extracting(tab -> tab.getContent())
                .containsExactly(view.review().view(), view.signOff().view(), view.comments().view());
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
