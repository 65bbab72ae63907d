package org.esgstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.esgstudio.data.DataSet;
import org.esgstudio.data.Project;
import org.esgstudio.i18n.Messages;
import org.esgstudio.model.Report;
import org.esgstudio.store.Backups;
import org.esgstudio.store.NewProjects;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import org.esgstudio.testing.TemporaryDataFolder;
import org.esgstudio.ui.workspace.Edit;
import org.esgstudio.ui.workspace.SaveState;
import org.esgstudio.ui.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The app opens a file someone else is editing read-only, saying who; a damaged file is offered its backup. */
class OpenLockedOrDamagedTest {
    @RegisterExtension
    final TemporaryDataFolder home = new TemporaryDataFolder();
    @TempDir
    Path dir;
    private final MainViewModel model = new MainViewModel(Runnable::run, Runnable::run);
    private Path file;
    private String previousKeep;

    @BeforeEach
    void blankProject() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        previousKeep = System.getProperty(Backups.PROPERTY);
        System.setProperty(Backups.PROPERTY, "5");
        file = dir.resolve("2025.esg");
        NewProjects.blank("甲公司", 2025, file, "新建");
    }

    @AfterEach
    void close() {
        model.close();
        if (previousKeep == null) {
            System.clearProperty(Backups.PROPERTY);
        } else {
            System.setProperty(Backups.PROPERTY, previousKeep);
        }
    }

    @Test
    void aFileSomeoneElseIsEditingOpensReadOnlySayingWhoAndTakesNoEdit() throws IOException {
        Files.writeString(dir.resolve("2025.esg.lock"),
                "user=周编辑\nhost=财务部-PC07\npid=4242\nsince=2026-11-23T01:30:00Z\ntoken=remote\n",
                StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(file);

        model.open(file);

        Workspace workspace = model.workspaceProperty().get();
        assertThat(workspace.readOnly()).isTrue();
        assertThat(workspace.file().mode()).isEqualTo(OpenMode.READ_ONLY);
        assertThat(model.noticeProperty().get()).startsWith(file + ": 正由 周编辑 在计算机 财务部-PC07 上编辑（进程 4242，")
                .contains("可用 esg-studio unlock 解除锁定").endsWith("可以查看、核对和导出，但不能修改。对方关闭后，请重新打开以编辑。");
        assertThat(model.windowTitleProperty().get()).contains("（只读）");
        SaveState state = workspace.saveStateProperty().get();
        assertThat(state.kind()).isEqualTo(SaveState.Kind.READ_ONLY);
        assertThat(state.problem()).isEqualTo("只读：周编辑 正在编辑");

        workspace.apply(Edit.report("改公司名", report -> Report.blank("乙公司", 2025)));
        model.close();

        assertThat(workspace.current().report().settings().company().zh()).isEqualTo("甲公司");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Backups.standard().list(file)).as("a read-only open makes no backup").isEmpty();
        assertThat(dir.resolve("2025.esg.lock")).as("the other computer's lock is left alone").exists();
    }

    @Test
    void aFileOpenedForEditingMakesABackupAndHoldsTheLockUntilClosed() {
        model.open(file);

        Workspace workspace = model.workspaceProperty().get();
        assertThat(workspace.readOnly()).isFalse();
        assertThat(model.noticeProperty().get()).isNull();
        assertThat(dir.resolve("2025.esg.lock")).exists();
        assertThat(Backups.standard().list(file)).hasSize(1);

        model.close();

        assertThat(dir.resolve("2025.esg.lock")).doesNotExist();
    }

    @Test
    void aDamagedFileIsOfferedItsNewestSoundBackupAndRestoringOpensIt() throws IOException {
        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_WRITE)) {
            project.save(new Project(Report.blank("乙公司", 2025), DataSet.empty(), List.of()), "测试员", "改名");
        }
        byte[] bytes = Files.readAllBytes(file);
        Arrays.fill(bytes, 4096 + 8, 4096 + 400, (byte) 0x5A);
        Files.write(file, bytes);

        model.open(file);

        assertThat(model.workspaceProperty().get()).isNull();
        assertThat(model.problemProperty().get()).contains("项目文件已损坏");
        MainViewModel.RestoreOffer offer = model.restoreOfferProperty().get();
        assertThat(offer.file()).isEqualTo(file);
        assertThat(offer.backup()).isEqualTo(Backups.standard().list(file).get(0));

        model.restore(offer);

        assertThat(model.restoreOfferProperty().get()).isNull();
        Workspace restored = model.workspaceProperty().get();
        assertThat(restored.readOnly()).isFalse();
        assertThat(restored.current().report().settings().company().zh()).as("the file as it was before the save")
                .isEqualTo("甲公司");
        assertThat(Backups.standard().list(file)).as("the damaged file kept, and the open's own backup")
                .hasSize(3);
    }

    @Test
    void aFileThatIsNotAProjectIsOfferedNoBackup() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.esg"), "meeting notes");

        model.open(notes);

        assertThat(model.problemProperty().get()).contains("不是 ESG 报告工作台的项目文件");
        assertThat(model.restoreOfferProperty().get()).isNull();
    }

    @Test
    void closingAndOpeningTheSameFileAgainFindsItFree() {
        model.open(file);
        Workspace first = model.workspaceProperty().get();
        first.apply(Edit.report("改公司名", report -> Report.blank("乙公司", 2025)));

        model.reopen();

        Workspace again = model.workspaceProperty().get();
        assertThat(again).isNotSameAs(first);
        assertThat(again.readOnly()).isFalse();
        assertThat(again.current().report().settings().company().zh()).isEqualTo("乙公司");
    }
}
