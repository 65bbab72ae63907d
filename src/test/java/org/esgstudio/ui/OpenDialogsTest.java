package org.esgstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.esgstudio.data.DataSet;
import org.esgstudio.data.Project;
import org.esgstudio.i18n.Messages;
import org.esgstudio.model.Report;
import org.esgstudio.store.Backup;
import org.esgstudio.store.Backups;
import org.esgstudio.store.NewProjects;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import org.esgstudio.ui.common.Tasks;
import org.esgstudio.ui.files.FileDialogs;
import org.esgstudio.ui.settings.AppSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window, headless: the open error dialog offers the newest sound backup; a locked file is shown read-only. */
@ExtendWith(ApplicationExtension.class)
class OpenDialogsTest {
    private MainViewModel model;
    private Path dir;
    private String previousHome;
    private String previousKeep;

    @Start
    void start(Stage stage) throws Exception {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        dir = Files.createTempDirectory("open-dialogs");
        previousHome = System.getProperty("esgstudio.home");
        previousKeep = System.getProperty(Backups.PROPERTY);
        System.setProperty("esgstudio.home", dir.resolve("home").toString());
        System.setProperty(Backups.PROPERTY, "5");
        model = new MainViewModel(Tasks.background(), Tasks.fxThread());
        new MainWindow(model, AppSettings.load(dir.resolve("settings.properties")), FileDialogs.system())
                .showIn(stage, model);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(model::shutdown);
        restore("esgstudio.home", previousHome);
        restore(Backups.PROPERTY, previousKeep);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    private static DialogPane dialog(FxRobot robot, String id) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(id).tryQuery().isPresent());
        return robot.lookup(id).queryAs(DialogPane.class);
    }

    @Test
    void theOpenErrorDialogOfADamagedFileOffersItsNewestSoundBackupAndRestoresIt(FxRobot robot) throws Exception {
        Path file = dir.resolve("2025.esg");
        NewProjects.blank("甲公司", 2025, file, "新建");
        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_WRITE)) {
            project.save(new Project(Report.blank("乙公司", 2025), DataSet.empty(), List.of()), "测试员", "改名");
        }
        Backup newest = Backups.standard().list(file).get(0);
        byte[] bytes = Files.readAllBytes(file);
        Arrays.fill(bytes, 4096 + 8, 4096 + 400, (byte) 0x5A);
        Files.write(file, bytes);

        robot.interact(() -> model.open(file));
        DialogPane problem = dialog(robot, "#problemDialog");

        assertThat(problem.getContentText()).contains("项目文件已损坏").endsWith("最新的完好备份是 " + newest.atText()
                + " 的备份。恢复时当前文件会另存为备份。");
        Button restore = (Button) problem.lookup("#restoreFromBackup");
        assertThat(restore.getText()).isEqualTo("从备份恢复（" + newest.atText() + "）");
        robot.interact(restore::fire);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.workspaceProperty().get() != null
                && !model.loadingProperty().get());
        assertThat(model.workspaceProperty().get().current().report().settings().company().zh()).isEqualTo("甲公司");
        assertThat(model.workspaceProperty().get().readOnly()).isFalse();
    }

    @Test
    void aFileSomeoneElseIsEditingOpensReadOnlyWithWhoInADialogAndTheStatusBar(FxRobot robot) throws Exception {
        Path file = dir.resolve("2025.esg");
        NewProjects.blank("甲公司", 2025, file, "新建");
        Files.writeString(dir.resolve("2025.esg.lock"),
                "user=周编辑\nhost=财务部-PC07\npid=4242\nsince=2026-11-23T01:30:00Z\ntoken=remote\n",
                StandardCharsets.UTF_8);

        robot.interact(() -> model.open(file));
        DialogPane notice = dialog(robot, "#readOnlyDialog");

        assertThat(notice.getHeaderText()).isEqualTo("此报告正由他人编辑，已以只读方式打开");
        assertThat(notice.getContentText()).contains("周编辑", "财务部-PC07", "esg-studio unlock");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#saveState").queryAs(Label.class).getText()).isEqualTo("只读：周编辑 正在编辑");
        robot.interact(() -> notice.getScene().getWindow().hide());
    }
}
