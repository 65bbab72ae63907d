package org.esgstudio.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.esgstudio.i18n.Messages;
import org.esgstudio.layout.BlockSpan;
import org.esgstudio.layout.PageBox;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.ReportQuery;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import org.esgstudio.store.Samples;
import org.esgstudio.ui.common.Tasks;
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

/** The live preview of the main sample, headless: it follows the selection and the edits, and a click selects. */
@ExtendWith(ApplicationExtension.class)
class PreviewPaneTest {
    static final String PARAGRAPH = "ch2-s4-p6";

    @TempDir
    static Path dir;

    private ProjectFile file;
    private Workspace workspace;
    private PreviewPane preview;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        System.setProperty("esgstudio.user", Samples.AUTHOR);
        Path path = Samples.projectFile(Samples.QINGHE, dir.resolve("q-" + System.nanoTime() + ".esg"));
        file = ProjectFile.open(path, OpenMode.READ_WRITE);
        workspace = new Workspace(file, file.load(), new Workspace.Services(Scheduler.immediate(), Runnable::run,
                Runnable::run, Runnable::run, Clock.systemUTC()));
        workspace.selectedProperty().set(PARAGRAPH);
        preview = new PreviewPane(workspace, Scheduler.immediate(), Tasks.background(), Tasks.fxThread());
        // narrow enough that a whole page fits (fit width): nothing scrolls under the robot's click
        stage.setScene(new Scene((javafx.scene.Parent) preview.node(), 420, 760));
        stage.show();
    }

    @AfterEach
    void close() {
        file.close();
    }

    private PreviewModel model() {
        return preview.model();
    }

    /** Waits until the preview shows the workspace's current project. */
    private void laidOut() throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> model().pagesProperty().get() != null
                && model().pagesProperty().get().project() == workspace.current() && model().pageProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Paragraph paragraph() {
        return (Paragraph) ReportQuery.block(workspace.current().report(), PARAGRAPH).orElseThrow();
    }

    @Test
    void showsThePageOfTheSelectedParagraphAndOutlinesIt(FxRobot robot) throws Exception {
        laidOut();

        PageBox page = model().pageProperty().get();
        assertThat(model().highlightProperty().get()).isNotEmpty().extracting(BlockSpan::id).containsOnly(PARAGRAPH);
        assertThat(page.text()).contains(paragraph().text().zh().substring(0, 8));
        assertThat(robot.lookup(".preview-highlight").queryAll()).hasSize(model().highlightProperty().get().size())
                .allSatisfy(node -> assertThat(((Rectangle) node).getHeight()).isGreaterThan(10));
        assertThat(robot.lookup("#previewPageNumber").queryAs(Label.class).getText())
                .isEqualTo("第 " + (model().pageIndexProperty().get() + 1) + " / "
                        + model().pageCountProperty().get() + " 页");
        assertThat(model().pageCountProperty().get()).isGreaterThan(30);
    }

    @Test
    void anEditOfTheParagraphIsLaidOutAgainAndShownOnItsPage(FxRobot robot) throws Exception {
        laidOut();
        String before = model().pageProperty().get().text();
        Paragraph old = paragraph();
        Paragraph edited = new Paragraph(PARAGRAPH, new LocalizedText("预览测试新增句子。" + old.text().zh(),
                old.text().en()), old.notes());

        robot.interact(() -> workspace.apply(Edit.block("改写段落", edited)));
        laidOut();

        PageBox page = model().pageProperty().get();
        assertThat(model().pagesProperty().get().chapterId()).isEqualTo("ch2");
        assertThat(page.text()).isNotEqualTo(before).contains("预览测试新增句子");
        assertThat(model().highlightProperty().get()).extracting(BlockSpan::id).containsOnly(PARAGRAPH);
    }

    @Test
    void clickingABlockOnThePageSelectsIt(FxRobot robot) throws Exception {
        laidOut();
        // windows other test classes left open must not catch the robot's click
        robot.interact(() -> {
            new java.util.ArrayList<>(javafx.stage.Window.getWindows()).stream().filter(w -> w != stage)
                    .forEach(javafx.stage.Window::hide);
            stage.toFront();
        });
        // the pane scrolls the selected block into view in the pulse after the page is painted: let it settle
        for (int pulse = 0; pulse < 3; pulse++) {
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        PageBox page = model().pageProperty().get();
        // The block next to the selected one: the preview has scrolled the selected one into view.
        List<BlockSpan> spans = page.blocks();
        int selected = spans.indexOf(model().highlightProperty().get().get(0));
        BlockSpan highlighted = spans.get(selected);
        // the tallest other block on the page: its middle is far from any edge
        BlockSpan other = spans.stream().filter(span -> span != highlighted)
                .max(java.util.Comparator.comparingDouble(span -> span.bottom() - span.top())).orElseThrow();
        Canvas canvas = robot.lookup("#previewCanvas").queryAs(Canvas.class);
        double scale = canvas.getWidth() / page.width();

        // The click is delivered to the canvas itself: in the full suite other test classes' windows share the
        // headless screen, and a robot's click at screen coordinates can land on one of them.
        double x = page.width() / 2 * scale;
        double y = (other.top() + other.bottom()) / 2 * scale;
        robot.interact(() -> javafx.event.Event.fireEvent(canvas, new javafx.scene.input.MouseEvent(
                javafx.scene.input.MouseEvent.MOUSE_CLICKED, x, y, 0, 0, javafx.scene.input.MouseButton.PRIMARY, 1,
                false, false, false, false, true, false, false, true, false, true, null)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(workspace.selectedProperty().get()).isEqualTo(other.id());
        assertThat(model().highlightProperty().get()).extracting(BlockSpan::id).containsOnly(other.id());
        assertThat(model().pageProperty().get()).isSameAs(page);
        assertThat(List.of(robot.lookup(".preview-highlight").queryAll().toArray())).isNotEmpty();
    }
}
