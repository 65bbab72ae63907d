package org.esgstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.esgstudio.i18n.Messages;
import org.esgstudio.model.ReportEdits;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.testing.TemporaryDataFolder;
import org.esgstudio.ui.common.Tasks;
import org.esgstudio.ui.files.FileDialogs;
import org.esgstudio.ui.settings.AppSettings;
import org.esgstudio.ui.workspace.Edit;
import org.esgstudio.ui.workspace.SaveState;
import org.esgstudio.ui.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's commands, headless: keys, menus, new and open, the problem dialog, recent files, settings, language. */
@ExtendWith(ApplicationExtension.class)
class MainWindowCommandsTest {
    @RegisterExtension
    static final TemporaryDataFolder HOME = new TemporaryDataFolder();

    private MainViewModel model;
    private MainWindow window;
    private AppSettings settings;
    private Stage stage;
    private Path chosen;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        // @Start runs before the data folder extension: the settings get their own folder, the sample opens later
        settings = AppSettings.load(Files.createTempDirectory("settings").resolve("settings.properties"));
        model = new MainViewModel(Tasks.background(), Tasks.fxThread());
        window = new MainWindow(model, settings, new FileDialogs() {
            @Override
            public Optional<Path> openProject(Window owner) {
                return Optional.ofNullable(chosen);
            }

            @Override
            public Optional<Path> newProject(Window owner, String suggestedName) {
                return Optional.ofNullable(chosen);
            }
        });
        window.showIn(stage, model);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(model::close);
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    private Workspace opened() throws Exception {
        if (model.workspaceProperty().get() == null && !model.loadingProperty().get()) {
            javafx.application.Platform.runLater(model::openWorkingCopy);
            WaitForAsyncUtils.waitForFxEvents();
        }
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !model.loadingProperty().get() && model.workspaceProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return model.workspaceProperty().get();
    }

    @Test
    void ctrlZUndoesTheLastReportEditWhereverTheFocusIsAndCtrlYRedoesIt(FxRobot robot) throws Exception {
        Workspace workspace = opened();
        String before = workspace.current().report().chapters().get(0).title().zh();
        robot.interact(() -> workspace.apply(Edit.report("重命名", report -> ReportEdits.retitle(report,
                report.chapters().get(0).id(), new LocalizedText("新的标题", "New title")))));
        assertThat(workspace.current().report().chapters().get(0).title().zh()).isEqualTo("新的标题");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workspace.current().report().chapters().get(0).title().zh()).isEqualTo(before);

        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workspace.current().report().chapters().get(0).title().zh()).isEqualTo("新的标题");
    }

    @Test
    void ctrlSSavesAtOnce(FxRobot robot) throws Exception {
        Workspace workspace = opened();
        robot.interact(() -> workspace.apply(Edit.report("重命名", report -> ReportEdits.retitle(report,
                report.chapters().get(1).id(), new LocalizedText("保存测试", "Save test")))));

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> workspace.saveStateProperty().get().kind() == SaveState.Kind.SAVED);
        try (var file = org.esgstudio.store.ProjectFile.open(workspace.path(), org.esgstudio.store.OpenMode.READ_ONLY)) {
            assertThat(file.load().report().chapters().get(1).title().zh()).isEqualTo("保存测试");
        }
    }

    @Test
    void aFileThatIsNotAProjectShowsAMessageNamingItAndKeepsTheOpenReport(FxRobot robot) throws Exception {
        Workspace workspace = opened();
        chosen = HOME.folder().resolve("会议纪要.esg");
        Files.writeString(chosen, "这不是项目文件", StandardCharsets.UTF_8);

        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#problemDialog").tryQuery().isPresent());
        DialogPane problem = robot.lookup("#problemDialog").queryAs(DialogPane.class);
        assertThat(problem.getContentText()).contains("会议纪要.esg").contains("不是 ESG 报告工作台的项目文件");
        assertThat(model.workspaceProperty().get()).isSameAs(workspace);
        assertThat(Files.readString(chosen, StandardCharsets.UTF_8)).isEqualTo("这不是项目文件");
        robot.interact(() -> problem.getScene().getWindow().hide());
    }

    @Test
    void newBlankReportIsCreatedOpenedAndListedFirstAmongRecentFiles(FxRobot robot) throws Exception {
        Workspace sample = opened();
        chosen = HOME.folder().resolve("报告").resolve("新公司2025.esg");
        Files.createDirectories(chosen.getParent());

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#newBlank").tryQuery().isPresent());
        robot.clickOn("#newBlank");
        robot.clickOn("#newCompany").write("新公司财产保险股份有限公司");
        robot.clickOn("创建");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.workspaceProperty().get() != null
                && model.workspaceProperty().get().path().equals(chosen) && !model.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        Workspace created = model.workspaceProperty().get();
        assertThat(created.current().report().settings().company().zh()).isEqualTo("新公司财产保险股份有限公司");
        assertThat(settings.recent()).first().isEqualTo(chosen.toAbsolutePath().normalize());
        assertThat(settings.recent()).contains(sample.path().toAbsolutePath().normalize());
        assertThat(robot.lookup("#reportTitle").queryAs(Label.class).getText()).startsWith("新公司财产保险股份有限公司");
    }

    @Test
    void switchingTheInterfaceToEnglishRebuildsTheWindowAndIsRemembered(FxRobot robot) throws Exception {
        opened();
        robot.interact(() -> window.commands().language(Locale.ENGLISH));
        opened();

        MenuBar menu = robot.lookup("#menuBar").queryAs(MenuBar.class);
        assertThat(menu.getMenus()).extracting(m -> m.getText())
                .containsExactly("_File", "_Edit", "_Insert", "_Review", "_View", "_Help");
        assertThat(AppSettings.load(settings.file()).language()).isEqualTo(Locale.ENGLISH);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#status").queryAs(Label.class)
                .getText().contains("chapters"));
    }

    @Test
    void theReviewMenuShowsTheSignOffCommentAndDisclosureTabsBelowTheEditor(FxRobot robot) throws Exception {
        opened();
        javafx.scene.control.TabPane tabs = robot.lookup("#reviewTabs").queryAs(javafx.scene.control.TabPane.class);
        assertThat(tabs.getTabs()).extracting(javafx.scene.control.Tab::getId)
                .containsExactly("findingsTab", "signoffTab", "commentsTab", "disclosuresTab");
        assertThat(tabs.getSelectionModel().getSelectedIndex()).isZero();

        robot.interact(() -> window.commands().showReviewTab(1));
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("signoffTab");
        assertThat(robot.lookup("#signoff").query().isVisible()).isTrue();
        robot.interact(() -> window.commands().showReviewTab(2));
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("commentsTab");
        assertThat(robot.lookup("#comments").query().isVisible()).isTrue();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tabs.getTabs().get(1).getText().matches("签核 0/\\d+"));

        MenuBar menu = robot.lookup("#menuBar").queryAs(MenuBar.class);
        javafx.scene.control.MenuItem coverage = menu.getMenus().stream().filter(m -> "menuReview".equals(m.getId()))
                .flatMap(m -> m.getItems().stream()).filter(item -> "menuDisclosures".equals(item.getId()))
                .findFirst().orElseThrow();
        assertThat(coverage.getText()).isEqualTo("披露覆盖(_D)");
        robot.interact(coverage::fire);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("disclosuresTab");
        assertThat(robot.lookup("#coverage").query().isVisible()).isTrue();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tabs.getTabs().get(3).getText().matches("披露 缺 \\d+"));
    }

    @Test
    void theWindowsPlaceAndSplitPositionsAreRemembered(FxRobot robot) throws Exception {
        opened();
        robot.interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1100);
            stage.setHeight(700);
            window.rememberLayout(stage);
        });

        AppSettings again = AppSettings.load(settings.file());
        assertThat(again.windowBounds()).hasValueSatisfying(bounds ->
                assertThat(bounds).containsExactly(40, 30, 1100, 700));
        assertThat(again.dividers("columns")).hasValueSatisfying(d -> assertThat(d).hasSize(2));
        assertThat(again.dividers("rows")).hasValueSatisfying(d -> assertThat(d).hasSize(1));
    }

    @Test
    void ctrlFOpensTheFindBarAndEnterGoesToTheFirstHit(FxRobot robot) throws Exception {
        Workspace workspace = opened();
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = robot.lookup("#findField").queryAs(TextField.class);
        assertThat(field.isFocused()).isTrue();

        robot.write("98,652").type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "ch2-s4-p6".equals(workspace.selectedProperty().get()));
        assertThat(robot.lookup("#findCount").queryAs(Label.class).getText()).isEqualTo("第 1 处，共 1 处");
    }
}
