package org.esgstudio.ui.review.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.esgstudio.i18n.Messages;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.ReportQuery;
import org.esgstudio.review.Comment;
import org.esgstudio.review.CommentAnchor;
import org.esgstudio.review.CommentStatus;
import org.esgstudio.review.CommentThread;
import org.esgstudio.review.Comments;
import org.esgstudio.review.Orphan;
import org.esgstudio.review.PlacedThread;
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
 * The comments pane on the main sample, headless: a comment on a figure of the selected block, answered, resolved
 * and reopened from the list and stored in the file; the filters; a click goes to the thread's block; a figure typed
 * away marks its thread orphaned.
 */
@ExtendWith(ApplicationExtension.class)
class CommentsPaneTest {
    private static final String WATER = "ch2-s4-p6";
    private static final String RIGHT = "98,652立方米";
    private static final String REVIEWER = "李审核";

    @TempDir
    static Path dir;
    private static Path sample;

    private ProjectFile file;
    private Workspace workspace;
    private CommentsPane pane;
    private final List<String> jumps = new ArrayList<>();

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        System.setProperty("esgstudio.user", REVIEWER);
        file = ProjectFile.open(copyOfTheSample(), OpenMode.READ_WRITE);
        workspace = new Workspace(file, file.load(), Workspace.Services.standard(Platform::runLater));
        pane = new CommentsPane(workspace, jumps::add, Tasks.background(), Platform::runLater);
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene((Parent) pane.view(), 900, 480));
        stage.show();
    }

    private static Path copyOfTheSample() {
        try {
            if (sample == null) {
                sample = Samples.projectFile(Samples.QINGHE, dir.resolve("sample.esg"));
            }
            return Files.copy(sample, dir.resolve("q-" + System.nanoTime() + ".esg"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(workspace::saveNow);
        file.close();
        System.clearProperty("esgstudio.user");
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<PlacedThread> shown() {
        return List.copyOf(pane.model().threads());
    }

    /** A thread written straight into the file (as the command line would), then the pane reloaded. */
    private long stored(FxRobot robot, CommentAnchor anchor, String text, String author) throws Exception {
        Comment comment = file.comment(Comments.open(workspace.current(), anchor, text, author,
                Instant.parse("2025-04-01T01:00:00Z")));
        int before = shown().size();
        robot.interact(pane.model()::reload);
        waitUntil(() -> shown().size() > before);
        return comment.id();
    }

    private void write(FxRobot robot, String text) {
        robot.interact(() -> robot.lookup("#commentText").queryAs(TextArea.class).setText(text));
    }

    @SuppressWarnings("unchecked")
    private ListView<PlacedThread> list(FxRobot robot) {
        return robot.lookup("#commentList").queryAs(ListView.class);
    }

    private Node cellOf(FxRobot robot, long id) {
        return robot.lookup(".list-cell").match(node -> node instanceof ListCell<?> cell
                && cell.getItem() instanceof PlacedThread thread && thread.id() == id).query();
    }

    @Test
    void aCommentOnAFigureOfTheSelectedBlockIsStoredUnderTheReviewersNameAndListed(FxRobot robot) throws Exception {
        waitUntil(() -> pane.model().loadedProperty().get());
        assertThat(robot.lookup("#addComment").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#commentTarget").queryAs(Label.class).getText())
                .isEqualTo("先在大纲或编辑区选中要批注的内容块");

        robot.interact(() -> workspace.selectedProperty().set(WATER));
        @SuppressWarnings("unchecked")
        ComboBox<CommentAnchor> figures = robot.lookup("#commentFigure").queryAs(ComboBox.class);
        waitUntil(() -> figures.getItems().size() > 1);
        assertThat(robot.lookup("#commentTarget").queryAs(Label.class).getText())
                .startsWith("新批注位置：02 绿色保险 守护绿水青山 › 2.4 推进绿色运营 › 段落");
        assertThat(figures.getItems().get(0)).as("the whole block comes first").isNull();
        robot.interact(() -> figures.setValue(CommentAnchor.figure(WATER, RIGHT, 1)));
        write(robot, "请财务部核对用水量口径");
        robot.clickOn("#addComment");
        waitUntil(() -> shown().size() == 1);

        assertThat(file.comments().threads()).singleElement().satisfies(thread -> {
            assertThat(thread.anchor()).isEqualTo(CommentAnchor.figure(WATER, RIGHT, 1));
            assertThat(thread.author()).isEqualTo(REVIEWER);
            assertThat(thread.opening().body()).isEqualTo("请财务部核对用水量口径");
        });
        assertThat(robot.lookup("#commentText").queryAs(TextArea.class).getText()).isEmpty();
        assertThat(robot.lookup("#commentMessage").queryAs(Label.class).getText()).isEqualTo("已添加批注 #1");
        Node cell = cellOf(robot, 1);
        assertThat(robot.from(cell).lookup(".comment-place").queryAs(Label.class).getText())
                .startsWith("#1 02 绿色保险 守护绿水青山 › 2.4").endsWith("«" + RIGHT + "»");
        assertThat(robot.from(cell).lookup(".comment-meta").queryAs(Label.class).getText()).startsWith(REVIEWER + " · ");
    }

    @Test
    void aThreadIsAnsweredResolvedAndReopenedFromTheListAndTheFiltersFollow(FxRobot robot) throws Exception {
        long thread = stored(robot, CommentAnchor.block(WATER), "来源请注明", "王财务");
        robot.interact(() -> list(robot).getSelectionModel().select(0));

        write(robot, "已补充来源：行政部台账");
        robot.clickOn("#replyComment");
        waitUntil(() -> shown().size() == 1 && shown().get(0).thread().replies().size() == 1);
        Node cell = cellOf(robot, thread);
        assertThat(robot.from(cell).lookup(".comment-reply").queryAs(Label.class).getText())
                .startsWith("↳ " + REVIEWER + " · ").endsWith("：已补充来源：行政部台账");
        assertThat(robot.lookup("#reopenComment").queryAs(Button.class).isDisabled()).isTrue();

        robot.clickOn("#resolveComment");
        waitUntil(() -> shown().isEmpty());
        assertThat(robot.lookup("#commentsCount").queryAs(Label.class).getText()).isEqualTo("共 1 条批注，0 条未解决");

        robot.clickOn("#commentsOnlyOpen");
        waitUntil(() -> shown().size() == 1);
        assertThat(shown().get(0).thread().status()).isEqualTo(CommentStatus.RESOLVED);
        robot.interact(() -> list(robot).getSelectionModel().select(0));
        assertThat(robot.lookup("#resolveComment").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#reopenComment");
        waitUntil(() -> shown().size() == 1 && shown().get(0).thread().isOpen());

        CommentThread kept = file.comments().threads().get(0);
        assertThat(kept.status()).isEqualTo(CommentStatus.OPEN);
        assertThat(kept.lastChange().who()).isEqualTo(REVIEWER);
        assertThat(file.comments().events()).hasSize(2);
    }

    @Test
    void theChapterFilterShowsOneChaptersThreadsAndAClickGoesToTheThreadsBlock(FxRobot robot) throws Exception {
        long water = stored(robot, CommentAnchor.figure(WATER, RIGHT, 1), "请核对", REVIEWER);
        long first = stored(robot, CommentAnchor.block("ch1"), "第一章标题太长", "张总");

        robot.interact(() -> pane.model().chapterProperty().set(1));
        waitUntil(() -> shown().size() == 1);
        assertThat(shown().get(0).id()).isEqualTo(first);
        @SuppressWarnings("unchecked")
        ComboBox<Integer> chapter = robot.lookup("#commentsChapter").queryAs(ComboBox.class);
        assertThat(chapter.getConverter().toString(chapter.getValue())).startsWith("01 ");

        robot.interact(() -> pane.model().chapterProperty().set(null));
        waitUntil(() -> shown().size() == 2);
        robot.clickOn(cellOf(robot, water));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(jumps).containsExactly(WATER);
    }

    @Test
    void aThreadWhoseFigureIsTypedAwayIsMarkedOrphanedAndFoundAgainWhenItComesBack(FxRobot robot) throws Exception {
        long thread = stored(robot, CommentAnchor.figure(WATER, RIGHT, 1), "请核对", REVIEWER);
        Paragraph water = (Paragraph) ReportQuery.block(workspace.current().report(), WATER).orElseThrow();
        String text = water.text().zh();

        robot.interact(() -> workspace.apply(Edit.typing("编辑段落", new Paragraph(WATER, LocalizedText.of(
                text.replace(RIGHT, "约十万立方米"), water.text().en()), water.notes()), "zh")));
        waitUntil(() -> shown().get(0).orphan() == Orphan.FIGURE_GONE);
        Label orphan = robot.from(cellOf(robot, thread)).lookup(".comment-orphan").queryAs(Label.class);
        assertThat(orphan.getText()).isEqualTo("锚点已失去：该数字已不在内容块中");
        assertThat(orphan.isVisible()).isTrue();

        robot.interact(workspace::undo);
        waitUntil(() -> !shown().get(0).orphaned());
        assertThat(robot.from(cellOf(robot, thread)).lookup(".comment-orphan").queryAs(Label.class).isVisible())
                .isFalse();
    }

    @Test
    void thePaneRendersToAnImage(FxRobot robot) throws Exception {
        long water = stored(robot, CommentAnchor.figure(WATER, RIGHT, 1), "请财务部核对用水量口径，与去年是否一致？",
                REVIEWER);
        file.comment(Comments.reply(file.comments(), water, "已核对，与行政部台账一致。", "王财务",
                Instant.parse("2025-04-01T02:30:00Z")));
        stored(robot, CommentAnchor.block("ch2"), "本章偏长，建议删去一个案例。", "张总");
        robot.interact(() -> workspace.selectedProperty().set(WATER));
        File png = new File(System.getProperty("java.io.tmpdir"), "comments-pane.png");
        robot.interact(() -> {
            BufferedImage image = SwingFXUtils.fromFXImage(pane.view().snapshot(null, null), null);
            try {
                ImageIO.write(image, "png", png);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(png).isFile();
    }
}
