package org.esgstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.esgstudio.i18n.Messages;
import org.esgstudio.store.Backup;
import org.esgstudio.store.Backups;
import org.esgstudio.store.FileState;
import org.esgstudio.store.HoldingProcess;
import org.esgstudio.store.NewProjects;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import org.esgstudio.testing.TemporaryDataFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Writing commands refuse a file someone else holds (exit 2, the holder named); unlock; restore from a backup. */
class CliLockAndRestoreTest {
    @RegisterExtension
    final TemporaryDataFolder home = new TemporaryDataFolder();
    @TempDir
    Path dir;
    private Path file;
    private String previousKeep;

    @BeforeEach
    void blankProject() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        previousKeep = System.getProperty(Backups.PROPERTY);
        System.setProperty(Backups.PROPERTY, "5");
        file = dir.resolve("2025.esg");
        NewProjects.blank("测试公司", 2025, file, "新建");
    }

    @AfterEach
    void restoreSetting() {
        if (previousKeep == null) {
            System.clearProperty(Backups.PROPERTY);
        } else {
            System.setProperty(Backups.PROPERTY, previousKeep);
        }
    }

    private void leaveLock(String text) throws IOException {
        Files.writeString(dir.resolve("2025.esg.lock"), text, StandardCharsets.UTF_8);
    }

    private static int versions(Path esg) {
        try (ProjectFile project = ProjectFile.open(esg, OpenMode.READ_ONLY)) {
            return project.versions().size();
        }
    }

    @Test
    void aWritingCommandRefusesAFileAnotherProcessHoldsNamingTheHolder() {
        try (HoldingProcess other = HoldingProcess.open(file, "王编辑")) {
            FileState before = FileState.of(dir);

            CliRun run = CliRun.of("version", file, "--name", "送审版 v1");
            CliRun unlock = CliRun.of("unlock", file);

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(Cli.BAD_INPUT);
            assertThat(run.errLines()).hasSize(1);
            assertThat(run.err()).startsWith("esg-studio: " + file + ": 正由 王编辑 在本机（")
                    .contains("进程 " + other.pid() + "，").contains("同一时间只能有一处写入");
            assertThat(unlock.exitCode()).as(unlock.toString()).isEqualTo(Cli.REPORT_HAS_ERRORS);
            assertThat(unlock.err()).startsWith("esg-studio: 锁仍在使用中，未解除：").contains("王编辑");
            assertThat(FileState.of(dir)).as("nothing written, the lock left alone").isEqualTo(before);
            CliRun reading = CliRun.of("info", file);
            assertThat(reading.exitCode()).as("reading needs no lock").isZero();
        }
        assertThat(versions(file)).isZero();
    }

    @Test
    void aLockFromAnotherComputerIsRespectedUntilUnlocked() throws IOException {
        leaveLock("user=周编辑\nhost=财务部-PC07\npid=4242\nsince=2026-11-23T01:30:00Z\ntoken=remote\n");

        CliRun refused = CliRun.of("version", file, "--name", "送审版 v1");
        CliRun unlock = CliRun.of("unlock", file);
        CliRun again = CliRun.of("unlock", file);
        CliRun written = CliRun.of("version", file, "--name", "送审版 v1");

        assertThat(refused.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(refused.err()).contains("正由 周编辑 在计算机 财务部-PC07 上编辑（进程 4242，",
                "可用 esg-studio unlock 解除锁定");
        assertThat(unlock.exitCode()).as(unlock.toString()).isZero();
        assertThat(unlock.out()).startsWith(file + ": 已解除 周编辑 在 财务部-PC07 上（进程 4242，");
        assertThat(again.out().strip()).isEqualTo(file + ": 没有锁，无需解除");
        assertThat(written.exitCode()).as(written.toString()).isZero();
        assertThat(versions(file)).isOne();
    }

    @Test
    void aStaleLockOfACrashedSessionIsTakenOverAndSaidSo() {
        HoldingProcess crashed = HoldingProcess.open(file, "赵编辑");
        crashed.kill();

        CliRun run = CliRun.of("version", file, "--name", "送审版 v1");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).contains(file + ": 上次由 赵编辑 在 ", "（进程 " + crashed.pid() + "，",
                "后未正常关闭，已接管其遗留的锁");
        assertThat(dir.resolve("2025.esg.lock")).doesNotExist();
    }

    @Test
    void restoreListsTheBackupsNewestFirstAndRestoresTheNewestSoundOne() throws IOException {
        CliRun.of("version", file, "--name", "第一版");
        CliRun.of("version", file, "--name", "第二版");
        List<Backup> backups = Backups.standard().list(file);
        assertThat(backups).hasSize(2);
        damage(file);

        CliRun list = CliRun.of("restore", file, "--list");
        CliRun info = CliRun.of("info", file);
        CliRun restore = CliRun.of("restore", file);

        assertThat(list.exitCode()).isZero();
        assertThat(list.outLines()).hasSize(3);
        assertThat(list.outLines().get(0)).isEqualTo(file + " 的备份（" + Backups.standard().folderOf(file)
                + "，保留最近 5 份）：");
        assertThat(list.outLines().get(1)).startsWith(backups.get(0).name() + "\t" + backups.get(0).atText() + "\t")
                .endsWith(" KB\t完好");
        assertThat(list.outLines().get(2)).startsWith(backups.get(1).name() + "\t");
        assertThat(info.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(info.errLines()).hasSize(1);
        assertThat(info.err()).startsWith("esg-studio: " + file + ": 项目文件已损坏（")
                .contains("；最新的完好备份是 " + backups.get(0).atText() + " 的备份（" + backups.get(0).file()
                        + "），可用 esg-studio restore \"" + file + "\" 恢复");
        assertThat(restore.exitCode()).as(restore.toString()).isZero();
        assertThat(restore.out()).startsWith(file + ": 已从 " + backups.get(0).atText() + " 的备份（")
                .contains("原文件已另存为备份 ");
        assertThat(versions(file)).as("the state before the second version was named").isOne();
        assertThat(CliRun.of("restore", file, "--list").outLines().get(1)).contains("已损坏：");
    }

    @Test
    void restoreFromABadSourceExitsTwoAndChangesNothing() throws IOException {
        CliRun.of("version", file, "--name", "第一版");
        Path notAProject = Files.writeString(dir.resolve("notes.esg"), "只是几行笔记");
        FileState files = FileState.of(dir);

        CliRun run = CliRun.of("restore", file, "--from", notAProject);

        assertThat(run.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.err()).startsWith("esg-studio: " + file + ": 不能从 " + notAProject.toAbsolutePath()
                + " 恢复：它不是完好的项目文件（");
        assertThat(FileState.of(dir)).isEqualTo(files);
    }

    @Test
    void restoreWithNoBackupsSaysWhereItLooked() {
        CliRun list = CliRun.of("restore", file, "--list");
        CliRun restore = CliRun.of("restore", file);

        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).startsWith(file + ": 没有备份（备份文件夹 ");
        assertThat(restore.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(restore.err()).startsWith("esg-studio: " + file + ": 没有备份");
    }

    @Test
    void restoreAndUnlockAreDescribedInChinese() {
        assertThat(CliRun.of("--help").out()).containsPattern("(?m)^  restore +从备份恢复项目文件")
                .containsPattern("(?m)^  unlock +解除另一台计算机上的程序遗留的锁");
        assertThat(CliRun.of("restore", "--help").out()).contains("--from=BACKUP", "--list", "要恢复的项目文件");
    }

    private static void damage(Path projectFile) throws IOException {
        byte[] bytes = Files.readAllBytes(projectFile);
        Arrays.fill(bytes, 4096 + 8, 4096 + 400, (byte) 0x5A);
        Files.write(projectFile, bytes);
    }
}
