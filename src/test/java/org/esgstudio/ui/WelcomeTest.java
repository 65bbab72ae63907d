package org.esgstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.esgstudio.i18n.Messages;
import org.esgstudio.store.Samples;
import org.esgstudio.testing.TemporaryDataFolder;
import org.esgstudio.ui.common.I18n;
import org.esgstudio.ui.common.Tasks;
import org.esgstudio.ui.files.FileDialogs;
import org.esgstudio.ui.settings.AppSettings;
import org.esgstudio.ui.welcome.FirstStart;
import org.esgstudio.ui.welcome.MenuPath;
import org.esgstudio.ui.welcome.WelcomeTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The welcome, headless, started the way the app starts ({@link StudioApp#opening}) with a settings file in a fresh
 * user data folder: over the sample on the first start, its three tasks, what closing it remembers, the Help menu.
 */
@ExtendWith(ApplicationExtension.class)
class WelcomeTest {
    @RegisterExtension
    static final TemporaryDataFolder HOME = new TemporaryDataFolder();

    private Stage stage;
    private MainViewModel model;
    private MainWindow window;
    private AppSettings settings;
    /** Whether the report was shown in the window when the welcome appeared, one entry per welcome shown. */
    private final List<Boolean> reportShownUnderWelcome = new ArrayList<>();
    /** What the file dialogs were asked. */
    private final List<String> asked = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window added : change.getAddedSubList()) {
                    if (added.getScene() != null && "welcome".equals(added.getScene().getRoot().getId())) {
                        reportShownUnderWelcome.add(model.workspaceProperty().get() != null
                                && stage.getScene().lookup("#outline") != null);
                    }
                }
            }
        });
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            for (Window open : new ArrayList<>(Window.getWindows())) {
                if (open != stage && open instanceof Stage other) {
                    other.close(); // the welcome, the export dialog
                }
            }
            model.close();
        });
    }

    /** Starts as StudioApp does, with these arguments and the settings file of the user data folder. */
    private void startApp(FxRobot robot, String... args) throws Exception {
        settings = AppSettings.load(HOME.folder().resolve("settings.properties"));
        robot.interact(() -> {
            if (model != null) {
                model.close();
            }
            model = new MainViewModel(Tasks.background(), Tasks.fxThread());
            window = StudioApp.opening(List.of(args), model, settings, new FileDialogs() {
                @Override
                public Optional<Path> openProject(Window owner) {
                    asked.add("open");
                    return Optional.empty();
                }

                @Override
                public Optional<Path> newProject(Window owner, String suggestedName) {
                    asked.add("new " + suggestedName);
                    return Optional.empty();
                }
            });
            window.showIn(stage, model);
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !model.loadingProperty().get() && model.workspaceProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Optional<Stage> welcome() {
        return Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null
                && "welcome".equals(w.getScene().getRoot().getId())).map(Stage.class::cast).findFirst();
    }

    private static Stage waitForWelcome() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> welcome().isPresent());
        return welcome().orElseThrow();
    }

    private static <T extends Node> T find(Stage welcome, String id, Class<T> type) {
        return type.cast(welcome.getScene().lookup(id));
    }

    private static void press(FxRobot robot, Scene scene, KeyCode key) {
        robot.interact(() -> Event.fireEvent(scene.getFocusOwner() == null ? scene.getRoot() : scene.getFocusOwner(),
                new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key, false, false, false, false)));
    }

    @Test
    void theFirstStartShowsTheWelcomeOverTheOpenedSampleWithItsThreeTasksAsTheMenusHaveThem(FxRobot robot)
            throws Exception {
        startApp(robot);

        Stage welcome = waitForWelcome();
        assertThat(reportShownUnderWelcome).containsExactly(true);
        assertThat(welcome.getOwner()).isSameAs(stage);
        assertThat(welcome.getModality()).isEqualTo(Modality.WINDOW_MODAL);
        assertThat(find(welcome, "#welcomeTitle", Label.class).getText()).isEqualTo("欢迎使用 ESG 报告工作台");
        assertThat(find(welcome, "#welcomeAbout", Label.class).getText())
                .contains("示例报告", "青禾财产保险股份有限公司", "工作副本", "原始示例从不改动");
        Parent tasks = find(welcome, "#welcomeTasks", Parent.class);
        assertThat(tasks.getChildrenUnmodifiable()).extracting(Node::getId)
                .containsExactly("welcomeCard-edit", "welcomeCard-check", "welcomeCard-export");
        assertThat(tasks.lookupAll(".welcome-heading")).extracting(node -> ((Label) node).getText())
                .containsExactly("编辑", "核对", "导出");
        assertThat(List.of("#welcomeEdit", "#welcomeCheck", "#welcomeExport")).extracting(id ->
                find(welcome, id, Button.class).getText()).containsExactly("开始编辑", "查看问题", "导出 PDF…");
        assertThat(tasks.lookupAll(".welcome-path")).extracting(node -> ((Label) node).getText())
                .contains("插入 › 段落", "审阅 › 核对问题", "文件 › 导出 PDF…");
        assertThat(tasks.lookupAll(".welcome-keys")).extracting(node -> ((Label) node).getText())
                .contains("Ctrl+E", "Ctrl+Shift+P");
        assertThat(find(welcome, "#welcomeNew", Button.class).getText()).isEqualTo("新建报告…");
        assertThat(find(welcome, "#welcomeOpen", Button.class).getText()).isEqualTo("打开…");
        assertThat(find(welcome, "#welcomeAtStart", CheckBox.class).isSelected()).isFalse();
        assertThat(welcome.getScene().getFocusOwner()).isSameAs(find(welcome, "#welcomeEdit", Button.class));

        // the menu paths it names are the menu bar's items, with their shortcuts
        MenuBar bar = (MenuBar) stage.getScene().lookup("#menuBar");
        for (WelcomeTask task : WelcomeTask.values()) {
            for (MenuPath path : task.menus()) {
                Menu menu = bar.getMenus().stream().filter(m -> m.getText().equals(I18n.text(path.keys().get(0))))
                        .findFirst().orElseThrow(() -> new AssertionError("no menu " + path.path()));
                MenuItem item = menu.getItems().stream()
                        .filter(i -> I18n.text(path.keys().get(1)).equals(i.getText())).findFirst()
                        .orElseThrow(() -> new AssertionError("no item " + path.path()));
                assertThat(item.getAccelerator()).as(path.path()).isEqualTo(path.accelerator() == null ? null
                        : KeyCombination.keyCombination(path.accelerator()));
            }
        }
    }

    @Test
    void eachTaskButtonTakesTheUserWhereItSaysEnterPressingTheFocusedOne(FxRobot robot) throws Exception {
        startApp(robot);
        Stage welcome = waitForWelcome();

        press(robot, welcome.getScene(), KeyCode.ENTER); // the focus starts on 开始编辑
        assertThat(welcome.isShowing()).isFalse();
        assertThat(model.workspaceProperty().get().selectedProperty().get()).isEqualTo("ch1-s1-p1");
        Node editor = window.workspaceView().orElseThrow().editors().view();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(isInside(stage.getScene().getFocusOwner(), editor)).as("the caret is in the editor").isTrue();

        robot.interact(() -> window.commands().welcome(false));
        robot.interact(() -> find(waitForWelcomeNow(), "#welcomeCheck", Button.class).fire());
        TabPane reviewTabs = window.workspaceView().orElseThrow().reviewTabsPane();
        assertThat(reviewTabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("findingsTab");
        assertThat(stage.getScene().getFocusOwner().getId()).isEqualTo("reviewList");

        robot.interact(() -> window.commands().welcome(false));
        robot.interact(() -> find(waitForWelcomeNow(), "#welcomeExport", Button.class).fire());
        assertThat(welcome()).isEmpty();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#exportDialog").tryQuery().isPresent());
        robot.interact(() -> ((Stage) robot.lookup("#exportDialog").query().getScene().getWindow()).close());

        robot.interact(() -> window.commands().welcome(false));
        robot.interact(() -> find(waitForWelcomeNow(), "#welcomeOpen", Button.class).fire());
        assertThat(welcome()).isEmpty();
        assertThat(asked).containsExactly("open"); // File → Open…'s own command: its file dialog was asked
    }

    private static Stage waitForWelcomeNow() {
        return welcome().orElseThrow(() -> new AssertionError("no welcome"));
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    @Test
    void closingRemembersItWasShownSoTheNextStartOpensWithoutItAndHelpShowsItAgain(FxRobot robot)
            throws Exception {
        startApp(robot);
        Stage welcome = waitForWelcome();

        press(robot, welcome.getScene(), KeyCode.ESCAPE);
        assertThat(welcome.isShowing()).isFalse();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> AppSettings.load(settings.file()).welcomeShown());
        assertThat(AppSettings.load(settings.file()).welcomeAtStart()).isFalse();

        startApp(robot);
        assertThat(welcome()).isEmpty();
        assertThat(reportShownUnderWelcome).hasSize(1);

        MenuBar bar = (MenuBar) stage.getScene().lookup("#menuBar");
        MenuItem item = bar.getMenus().stream().filter(m -> "menuHelp".equals(m.getId()))
                .flatMap(m -> m.getItems().stream()).filter(i -> "menuWelcome".equals(i.getId()))
                .findFirst().orElseThrow();
        assertThat(item.getText()).isEqualTo("欢迎(_W)");
        robot.interact(item::fire);
        Stage again = waitForWelcome();
        CheckBox atStart = find(again, "#welcomeAtStart", CheckBox.class);
        assertThat(atStart.isSelected()).isFalse();

        robot.interact(atStart::fire); // 启动时显示 ticked
        robot.interact(() -> find(again, "#welcomeClose", Button.class).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> AppSettings.load(settings.file()).welcomeAtStart());
        assertThat(FirstStart.showsWelcome(List.of(), AppSettings.load(settings.file()))).isTrue();
    }

    @Test
    void aStartWithAFileOpensItWithoutTheWelcome(FxRobot robot) throws Exception {
        Path project = Samples.projectFile(Samples.QINGHE, HOME.folder().resolve("青禾2024.esg"));

        startApp(robot, project.toString());

        assertThat(model.workspaceProperty().get().path()).isEqualTo(project);
        assertThat(welcome()).isEmpty();
        assertThat(reportShownUnderWelcome).isEmpty();
        assertThat(settings.welcomeShown()).isFalse();

        robot.interact(() -> window.commands().welcome(false)); // 帮助 › 欢迎 over a report of the user's own
        assertThat(find(waitForWelcome(), "#welcomeAbout", Label.class).getText())
                .isEqualTo("当前打开的报告是《青禾财产保险股份有限公司2024年环境、社会及治理（ESG）报告》（青禾2024.esg）。");
    }
}
