package org.esgstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.esgstudio.testing.TemporaryDataFolder;
import org.esgstudio.ui.common.Tasks;
import org.esgstudio.ui.outline.OutlineNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The first window, headless (Monocle): started with no file it shows the main sample's outline. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @RegisterExtension
    static final TemporaryDataFolder HOME = new TemporaryDataFolder();

    private MainViewModel model;

    @Start
    void start(Stage stage) {
        model = new MainViewModel(Tasks.background(), Tasks.fxThread());
        new MainWindow(model).showIn(stage, model);
        model.openWorkingCopy();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(model::close);
    }

    /** Waits until the report is shown: the outline is filled and the view model has finished loading. */
    private TreeView<OutlineNode> opened(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model.loadingProperty().get()
                && robot.lookup("#outline").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        TreeView<OutlineNode> tree = robot.lookup("#outline").queryAs(TreeView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tree.getRoot() != null);
        return tree;
    }

    @Test
    void showsTheOutlineOfTheMainSampleWithoutBlockingTheWindow(FxRobot robot) throws Exception {
        TreeView<OutlineNode> tree = opened(robot);

        assertThat(tree.getRoot().getChildren()).extracting(item -> item.getValue().label())
                .contains("前言部分", "01  稳健治理 行稳致远", "05  共建美好社会", "附录部分");
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).contains("5 章", "17 小节");
        assertThat(robot.lookup("#reportTitle").queryAs(Label.class).getText())
                .isEqualTo("青禾财产保险股份有限公司 · 2024年环境、社会及治理（ESG）报告");
    }

    @Test
    void clickingASectionShowsItsFormWithChineseAndEnglishSideBySide(FxRobot robot) throws Exception {
        TreeView<OutlineNode> tree = opened(robot);

        // selected as a click does (the robot's screen is shared with other test classes' windows in the full suite)
        robot.interact(() -> tree.getSelectionModel().select(tree.getRoot().getChildren().get(1).getChildren().get(0)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#titleZh").tryQuery().isPresent());

        assertThat(model.workspaceProperty().get().selectedProperty().get()).isEqualTo("ch1-s1");
        assertThat(robot.lookup("#titleZh").queryAs(TextField.class).getText()).isEqualTo(sectionTitle(tree));
        assertThat(robot.lookup("#titleEn").queryAs(TextField.class).getText()).isNotBlank();
    }

    private static String sectionTitle(TreeView<OutlineNode> tree) {
        TreeItem<OutlineNode> chapterOne = tree.getRoot().getChildren().get(1);
        String label = chapterOne.getChildren().get(0).getValue().label();
        return label.substring("1.1  ".length());
    }
}
