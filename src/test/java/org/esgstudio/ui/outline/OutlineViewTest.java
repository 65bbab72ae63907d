package org.esgstudio.ui.outline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.esgstudio.i18n.Messages;
import org.esgstudio.model.Block;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.ReportQuery;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import org.esgstudio.store.Samples;
import org.esgstudio.ui.workspace.Edit;
import org.esgstudio.ui.workspace.Scheduler;
import org.esgstudio.ui.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The outline in a window (headless): keys, renaming in place, badges, and following the workspace. */
@ExtendWith(ApplicationExtension.class)
class OutlineViewTest {
    @TempDir
    static Path dir;

    private ProjectFile file;
    private Workspace workspace;
    private OutlineView outline;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        Path path = Samples.projectFile(Samples.QINGHE, dir.resolve("o" + System.nanoTime() + ".esg"));
        file = ProjectFile.open(path, OpenMode.READ_WRITE);
        workspace = new Workspace(file, file.load(), new Workspace.Services(Scheduler.immediate(), Runnable::run,
                Runnable::run, Runnable::run, java.time.Clock.systemUTC()));
        outline = new OutlineView(workspace);
        stage.setScene(new Scene(outline.node(), 420, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        file.close();
    }

    private List<String> blocks(String container) {
        return ReportQuery.containerBlocks(workspace.current().report(), container).orElseThrow().stream()
                .map(Block::id).toList();
    }

    @Test
    void selectingInTheWorkspaceOpensAndSelectsTheNode(FxRobot robot) {
        robot.interact(() -> workspace.selectedProperty().set("ch2-s4-p6"));

        TreeItem<OutlineNode> selected = outline.tree().getSelectionModel().getSelectedItem();
        assertThat(selected.getValue().id()).isEqualTo("ch2-s4-p6");
        assertThat(selected.getParent().isExpanded()).isTrue();
    }

    @Test
    void altArrowsMoveTheSelectedBlockAndItStaysSelected(FxRobot robot) {
        List<String> before = blocks("ch2-s4");
        robot.interact(() -> workspace.selectedProperty().set(before.get(0)));
        robot.interact(() -> outline.tree().requestFocus());

        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(blocks("ch2-s4").subList(0, 2)).containsExactly(before.get(1), before.get(0));
        assertThat(outline.tree().getSelectionModel().getSelectedItem().getValue().id()).isEqualTo(before.get(0));
    }

    @Test
    void deleteRemovesTheBlockAndUndoPutsItBackInTheTree(FxRobot robot) {
        List<String> before = blocks("ch2-s4");
        robot.interact(() -> workspace.selectedProperty().set(before.get(1)));
        robot.interact(() -> outline.tree().requestFocus());

        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(blocks("ch2-s4")).doesNotContain(before.get(1));
        assertThat(workspace.selectedProperty().get()).isEqualTo(before.get(2));
        robot.interact(workspace::undo);
        TreeItem<OutlineNode> section = outline.tree().getSelectionModel().getSelectedItem().getParent();
        assertThat(section.getChildren()).extracting(item -> item.getValue().id()).containsExactlyElementsOf(before);
    }

    @Test
    void f2RenamesASectionInPlace(FxRobot robot) {
        robot.interact(() -> workspace.selectedProperty().set("ch1-s1"));
        robot.interact(() -> outline.tree().requestFocus());

        robot.type(KeyCode.F2);
        robot.interact(() -> robot.lookup("#outlineRename").queryTextInputControl().setText("董事会与治理架构"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(ReportQuery.section(workspace.current().report(), "ch1-s1").orElseThrow().title().zh())
                .isEqualTo("董事会与治理架构");
        assertThat(outline.tree().getSelectionModel().getSelectedItem().getValue().label()).endsWith("董事会与治理架构");
    }

    @Test
    void aBlockWithAnErrorGetsABadgeAndSoDoItsSectionAndChapter(FxRobot robot) throws Exception {
        Paragraph p = (Paragraph) ReportQuery.block(workspace.current().report(), "ch2-s4-p6").orElseThrow();
        robot.interact(() -> workspace.selectedProperty().set("ch2-s4-p6"));

        robot.interact(() -> workspace.apply(Edit.typing("编辑", new Paragraph(p.id(),
                LocalizedText.of(p.text().zh().replace("98,652立方米", "98,653立方米"), p.text().en()), p.notes()),
                "zh")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> outline.errorsIn("ch2-s4-p6") == 1);

        assertThat(outline.errorsIn("ch2-s4")).isEqualTo(1);
        assertThat(outline.errorsIn("ch2")).isEqualTo(1);
        assertThat(robot.lookup("#badge-ch2-s4-p6").tryQuery()).isPresent();
    }

    @Test
    void typingInABlockOnlyRelabelsIt(FxRobot robot) {
        Paragraph p = (Paragraph) ReportQuery.block(workspace.current().report(), "ch2-s4-p6").orElseThrow();
        robot.interact(() -> workspace.selectedProperty().set("ch2-s4-p6"));
        TreeItem<OutlineNode> item = outline.tree().getSelectionModel().getSelectedItem();

        robot.interact(() -> workspace.apply(Edit.typing("编辑", new Paragraph(p.id(),
                LocalizedText.of("新的开头" + p.text().zh(), p.text().en()), p.notes()), "zh")));

        assertThat(outline.tree().getSelectionModel().getSelectedItem()).isSameAs(item);
        assertThat(item.getValue().label()).startsWith("段落 新的开头");
    }

    @Test
    void addingACaseStudyFromTheToolbarSelectsIt(FxRobot robot) {
        robot.interact(() -> workspace.selectedProperty().set("ch2-s4-p6"));

        robot.clickOn("#outlineAdd");
        robot.clickOn("案例");
        WaitForAsyncUtils.waitForFxEvents();

        String id = workspace.selectedProperty().get();
        assertThat(ReportQuery.block(workspace.current().report(), id).orElseThrow())
                .isInstanceOf(org.esgstudio.model.CaseStudy.class);
        assertThat(outline.tree().getSelectionModel().getSelectedItem().getValue().id()).isEqualTo(id);
    }
}
