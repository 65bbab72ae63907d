package org.esgstudio.ui.versions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.esgstudio.i18n.Messages;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.ReportQuery;
import org.esgstudio.review.compare.BlockChange;
import org.esgstudio.store.NamedVersion;
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
 * The versions dialog, headless, on the main sample: name a version, edit a figure in the editor (not yet saved),
 * compare the version with the current state, see the changed block and figure, export the change report.
 */
@ExtendWith(ApplicationExtension.class)
class VersionsDialogTest {
    private static final String PARAGRAPH = "ch2-s4-p6";

    @TempDir
    static Path dir;

    private ProjectFile file;
    private Workspace workspace;
    private VersionsDialog dialog;
    private Path target;

    @Start
    void start(Stage stage) throws Exception {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        System.setProperty("esgstudio.user", "李审核");
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Path path = Samples.projectFile(Samples.QINGHE, dir.resolve("q-" + System.nanoTime() + ".esg"));
        file = ProjectFile.open(path, OpenMode.READ_WRITE);
        workspace = new Workspace(file, file.load(), Workspace.Services.standard(Platform::runLater));
        target = Files.createDirectories(dir.resolve("reports-" + System.nanoTime())).resolve("变更报告.docx");
        VersionsViewModel model = new VersionsViewModel(file, workspace::saveNow, Tasks.background(),
                Tasks.fxThread(), Clock.systemUTC());
        dialog = new VersionsDialog(model, (owner, suggested) -> Optional.of(target));
        dialog.show(stage);
        model.refresh();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(workspace::saveNow);
        file.close();
        System.clearProperty("esgstudio.user");
    }

    private void waitIdle() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !dialog.model().workingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void namesAVersionComparesItWithTheEditedStateAndExportsTheChangeReport(FxRobot robot) throws Exception {
        waitIdle();
        robot.clickOn("#versionName").write("送审版 v1");
        robot.interact(() -> robot.lookup("#nameVersion").queryButton().fire());
        waitIdle();
        TableView<NamedVersion> versions = robot.lookup("#versionList").queryTableView();
        assertThat(versions.getItems()).extracting(NamedVersion::name, NamedVersion::author)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("送审版 v1", "李审核"));
        assertThat(robot.lookup("#versionsStatus").queryAs(Label.class).getText()).contains("送审版 v1");

        // An edit in the editor, not yet saved when Compare is pressed: the dialog saves it first.
        Paragraph p = (Paragraph) ReportQuery.block(workspace.current().report(), PARAGRAPH).orElseThrow();
        robot.interact(() -> workspace.apply(Edit.typing("编辑段落", new Paragraph(p.id(), p.text().withZh(
                p.text().zh().replace("98,652立方米", "97,120立方米")), p.notes()), "zh")));
        assertThat(dialog.model().fromProperty().get()).isEqualTo("送审版 v1");
        assertThat(dialog.model().toProperty().get()).isEqualTo(ProjectFile.CURRENT_STATE);
        robot.interact(() -> robot.lookup("#compareButton").queryButton().fire());
        waitIdle();

        assertThat(robot.lookup("#comparisonSummary").queryAs(Label.class).getText())
                .contains("内容块：新增 0 个，删除 0 个，修改 1 个，移动 0 个");
        ListView<BlockChange> blocks = robot.lookup("#changedBlocks").queryListView();
        assertThat(blocks.getItems()).extracting(BlockChange::id).containsExactly(PARAGRAPH);
        TableView<?> figures = robot.lookup("#changedFigures").queryTableView();
        assertThat(figures.getItems()).hasSize(1);
        assertThat(figures.getItems().get(0).toString()).contains("98,652立方米", "97,120立方米", "修改");
        List<String> deleted = new ArrayList<>();
        List<String> inserted = new ArrayList<>();
        for (Node node : robot.lookup(".field-diff Text").queryAll()) {
            Text text = (Text) node;
            if (text.getStyleClass().contains("diff-deleted")) {
                assertThat(text.isStrikethrough()).isTrue();
                deleted.add(text.getText());
            } else if (text.getStyleClass().contains("diff-inserted")) {
                assertThat(text.isUnderline()).isTrue();
                inserted.add(text.getText());
            }
        }
        assertThat(deleted).containsExactly("98,652");
        assertThat(inserted).containsExactly("97,120");

        // The button is fired on the node itself: a robot click on a loaded machine could land before the dialog's
        // last layout pass and miss it.
        robot.interact(() -> robot.lookup("#exportChangeReport").queryButton().fire());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#versionsStatus").queryAs(Label.class)
                .getText().contains("变更报告.docx"));
        waitIdle();
        try (InputStream in = Files.newInputStream(target); XWPFDocument document = new XWPFDocument(in)) {
            assertThat(document.getParagraphs()).filteredOn(paragraph -> "Heading3".equals(paragraph.getStyle()))
                    .extracting(paragraph -> paragraph.getText()).containsExactly("修改 · 段落 · " + PARAGRAPH);
        }
    }

    @Test
    void aNameAlreadyUsedIsRefusedInTheDialog(FxRobot robot) throws Exception {
        waitIdle();
        robot.clickOn("#versionName").write("定稿版");
        robot.interact(() -> robot.lookup("#nameVersion").queryButton().fire());
        waitIdle();
        robot.clickOn("#versionName").write("定稿版");
        robot.interact(() -> robot.lookup("#nameVersion").queryButton().fire());
        waitIdle();

        Label status = robot.lookup("#versionsStatus").queryAs(Label.class);
        assertThat(status.getText()).contains("已有名为“定稿版”的版本");
        assertThat(status.getStyleClass()).contains("danger");
        assertThat(dialog.model().versions()).hasSize(1);
        assertThat(robot.lookup("#exportChangeReport").queryButton().isDisabled()).isTrue();
    }
}
