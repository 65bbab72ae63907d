package org.esgstudio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.esgstudio.data.DataSet;
import org.esgstudio.data.Project;
import org.esgstudio.i18n.Messages;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.model.Report;
import org.esgstudio.testing.TemporaryDataFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Rolling backups on every open for writing, the last N kept, and restoring the newest sound one atomically. */
class BackupsTest {
    @RegisterExtension
    final TemporaryDataFolder home = new TemporaryDataFolder();
    @TempDir
    Path dir;
    private Path file;
    private String previousKeep;

    @BeforeEach
    void blankProjectWithBackupsOn() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        previousKeep = System.getProperty(Backups.PROPERTY);
        keep(5);
        file = dir.resolve("2025.esg");
        NewProjects.blank("甲公司", 2025, file, "新建");
    }

    @AfterEach
    void restoreSetting() {
        if (previousKeep == null) {
            System.clearProperty(Backups.PROPERTY);
        } else {
            System.setProperty(Backups.PROPERTY, previousKeep);
        }
    }

    private static void keep(int count) {
        System.setProperty(Backups.PROPERTY, Integer.toString(count));
    }

    private Backups backups() {
        return Backups.standard();
    }

    /** Opens for writing (one backup), saves the report as belonging to {@code company}, closes. */
    private Backup openAndSave(String company) {
        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_WRITE)) {
            project.save(new Project(Report.blank(company, 2025), DataSet.empty(), List.of()), "测试员", company);
            return project.backup().orElseThrow();
        }
    }

    private static String company(Path projectFile) {
        try (ProjectFile project = ProjectFile.open(projectFile, OpenMode.READ_ONLY)) {
            return project.load().report().settings().company().zh();
        }
    }

    private static void damage(Path projectFile) throws IOException {
        byte[] bytes = Files.readAllBytes(projectFile);
        Arrays.fill(bytes, 4096 + 8, 4096 + 400, (byte) 0x5A);
        Files.write(projectFile, bytes);
    }

    @Test
    void openingForWritingBacksUpTheFileAsItWasBeforeAnythingIsWritten() throws IOException {
        Backup made = openAndSave("乙公司");

        assertThat(made.file().getParent()).isEqualTo(backups().folderOf(file));
        assertThat(made.file().getParent().getParent()).isEqualTo(home.folder().resolve("backups"));
        assertThat(made.file().getFileName().toString()).matches("\\d{8}T\\d{6}\\.\\d{3}Z\\.esg");
        assertThat(Backups.problem(made.file())).isEmpty();
        assertThat(company(made.file())).isEqualTo("甲公司");
        assertThat(company(file)).isEqualTo("乙公司");
        assertThat(Files.list(made.file().getParent()).toList()).as("one plain file, no -wal, no temporary")
                .containsExactly(made.file());
        byte[] header = Arrays.copyOf(Files.readAllBytes(made.file()), 20);
        assertThat(header[18]).as("rollback-journal mode, not WAL").isEqualTo((byte) 1);
        assertThat(backups().list(file)).extracting(Backup::file).containsExactly(made.file());
    }

    @Test
    void onlyTheLastNAreKeptAndTheOldestArePruned() {
        keep(3);
        List<Backup> made = new ArrayList<>();
        for (String company : List.of("乙", "丙", "丁", "戊", "己")) {
            made.add(openAndSave(company));
        }

        List<Backup> kept = backups().list(file);

        assertThat(kept).extracting(Backup::file)
                .containsExactly(made.get(4).file(), made.get(3).file(), made.get(2).file());
        assertThat(made.get(0).file()).doesNotExist();
        assertThat(made.get(1).file()).doesNotExist();
        assertThat(kept).extracting(backup -> company(backup.file())).containsExactly("戊", "丁", "丙");
    }

    @Test
    void noBackupIsMadeWhenSwitchedOffOrForAReadOnlyOpen() {
        try (ProjectFile reader = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            assertThat(reader.backup()).isEmpty();
        }
        try (ProjectFile writer = ProjectFile.open(file, OpenMode.READ_WRITE);
             ProjectFile lockedOut = ProjectFile.openForEditing(file)) {
            assertThat(lockedOut.mode()).isEqualTo(OpenMode.READ_ONLY);
            assertThat(lockedOut.backup()).isEmpty();
        }
        assertThat(backups().list(file)).hasSize(1);
        keep(0);
        try (ProjectFile writer = ProjectFile.open(file, OpenMode.READ_WRITE)) {
            assertThat(writer.backup()).isEmpty();
            assertThat(writer.backupProblem()).isEmpty();
        }
        assertThat(backups().list(file)).hasSize(1);
    }

    @Test
    void aFailingBackupNeverBlocksOpening() throws IOException {
        Files.writeString(home.folder().resolve("backups"), "a file where the backups folder should be");

        try (ProjectFile writer = ProjectFile.open(file, OpenMode.READ_WRITE)) {
            assertThat(writer.mode()).isEqualTo(OpenMode.READ_WRITE);
            assertThat(writer.backup()).isEmpty();
            assertThat(writer.backupProblem()).get().extracting(UserFacingException::getMessage).asString()
                    .startsWith(file + ": 未能在 " + backups().folderOf(file) + " 中备份（").endsWith("），文件照常打开");
            assertThat(writer.save(new Project(Report.blank("乙公司", 2025), DataSet.empty(), List.of()), "测试员", "改"))
                    .isTrue();
        }
        assertThat(company(file)).isEqualTo("乙公司");
    }

    @Test
    void twoProjectsOfTheSameNameInDifferentFoldersKeepTheirBackupsApart() throws IOException {
        Path other = Files.createDirectory(dir.resolve("2024年")).resolve("2025.esg");
        NewProjects.blank("另一家公司", 2025, other, "新建");
        ProjectFile.open(file, OpenMode.READ_WRITE).close();
        ProjectFile.open(other, OpenMode.READ_WRITE).close();

        assertThat(backups().folderOf(file)).isNotEqualTo(backups().folderOf(other));
        assertThat(backups().folderOf(file).getFileName().toString()).startsWith("2025.esg-");
        assertThat(company(backups().list(file).get(0).file())).isEqualTo("甲公司");
        assertThat(company(backups().list(other).get(0).file())).isEqualTo("另一家公司");
    }

    @Test
    void aDamagedFileIsOfferedTheNewestSoundBackupPassingOverADamagedOne() throws IOException {
        openAndSave("乙公司");
        Backup sound = openAndSave("丙公司");
        Backup broken = openAndSave("丁公司");
        damage(broken.file());
        damage(file);

        UserFacingException problem = catchOpen(file);

        assertThat(problem.key()).isEqualTo("project.damaged");
        assertThat(Backups.problem(broken.file())).isPresent();
        assertThat(backups().offerFor(problem)).get().extracting(Backup::file).isEqualTo(sound.file());
    }

    @Test
    void aTruncatedFileIsOfferedItsBackupToo() throws IOException {
        Backup sound = openAndSave("乙公司");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));

        UserFacingException problem = catchOpen(file);

        assertThat(problem.key()).isEqualTo("project.truncated");
        assertThat(backups().offerFor(problem)).get().extracting(Backup::file).isEqualTo(sound.file());
    }

    @Test
    void aFileOfANewerVersionIsNotOfferedABackup() {
        openAndSave("乙公司");
        assertThat(backups().offerFor(new UserFacingException("project.newerSchema", file, 99, 3))).isEmpty();
    }

    @Test
    void restorePutsTheNewestSoundBackupBackAndKeepsTheDamagedFileAsABackup() throws IOException {
        openAndSave("乙公司");
        Backup sound = openAndSave("丙公司");
        damage(file);
        byte[] damaged = Files.readAllBytes(file);
        Files.writeString(dir.resolve("2025.esg-wal"), "a WAL a crashed session left");

        Backups.Restored restored = backups().restore(file, null);

        assertThat(restored.from().file()).isEqualTo(sound.file());
        assertThat(company(file)).isEqualTo("乙公司");
        assertThat(Backups.problem(file)).isEmpty();
        Backup kept = restored.kept().orElseThrow();
        assertThat(Files.readAllBytes(kept.file())).isEqualTo(damaged);
        assertThat(Files.readString(kept.file().resolveSibling(kept.file().getFileName() + "-wal")))
                .isEqualTo("a WAL a crashed session left");
        assertThat(Files.list(dir).toList()).as("the stale WAL is gone, no temporary file or lock is left")
                .containsExactly(file);
        assertThat(backups().list(file).get(0).file()).isEqualTo(kept.file());
        try (ProjectFile reopened = ProjectFile.open(file, OpenMode.READ_WRITE)) {
            assertThat(reopened.history()).hasSize(2);
        }
    }

    @Test
    void restoreTakesTheBackupNamedAsTheListShowsIt() {
        Backup first = openAndSave("乙公司");
        openAndSave("丙公司");

        Backups.Restored restored = backups().restore(file, first.name());

        assertThat(restored.from().file()).isEqualTo(first.file());
        assertThat(company(file)).isEqualTo("甲公司");
    }

    @Test
    void aBadRestoreSourceChangesNothing() throws IOException {
        openAndSave("乙公司");
        Backup broken = openAndSave("丙公司");
        damage(broken.file());
        Path notAProject = Files.writeString(dir.resolve("notes.esg"), "只是几行笔记");
        FileState files = FileState.of(dir);
        FileState kept = FileState.of(home.folder());

        assertThatThrownBy(() -> backups().restore(file, broken.name()))
                .hasMessageStartingWith(file + ": 不能从 " + broken.file() + " 恢复：它不是完好的项目文件（")
                .hasMessageEndingWith("），未做任何更改");
        assertThatThrownBy(() -> backups().restore(file, notAProject.toString()))
                .hasMessageContaining("不是 ESG 报告工作台的项目文件");
        assertThatThrownBy(() -> backups().restore(file, "19990101T000000.000Z"))
                .hasMessageStartingWith(file + ": 没有名为“19990101T000000.000Z”的备份（现有：");

        assertThat(FileState.of(dir)).isEqualTo(files);
        assertThat(FileState.of(home.folder())).isEqualTo(kept);
        assertThat(company(file)).isEqualTo("丙公司");
    }

    @Test
    void withNoSoundBackupRestoreSaysSoAndChangesNothing() throws IOException {
        Backup only = openAndSave("乙公司");
        damage(only.file());
        FileState files = FileState.of(dir);

        assertThatThrownBy(() -> backups().restore(file, null))
                .hasMessage(file + ": 1 份备份都已损坏，无法恢复（备份文件夹 " + backups().folderOf(file) + "）");
        assertThat(FileState.of(dir)).isEqualTo(files);
    }

    @Test
    void restoreIsRefusedWhileTheFileIsOpenForWriting() {
        openAndSave("乙公司");
        try (ProjectFile writer = ProjectFile.open(file, OpenMode.READ_WRITE)) {
            FileState files = FileState.of(dir);

            assertThatThrownBy(() -> backups().restore(file, null)).isInstanceOf(ProjectLockedException.class);

            assertThat(FileState.of(dir)).isEqualTo(files);
        }
    }

    @Test
    void theNumberKeptComesFromThePropertyOrTheEnvironmentDefaultingToFive() {
        keep(12);
        assertThat(Backups.configuredKeep()).isEqualTo(12);
        System.setProperty(Backups.PROPERTY, "很多");
        assertThat(Backups.configuredKeep()).isEqualTo(Backups.DEFAULT_KEEP);
        System.setProperty(Backups.PROPERTY, "100000");
        assertThat(Backups.configuredKeep()).isEqualTo(Backups.MAX_KEEP);
        System.clearProperty(Backups.PROPERTY);
        if (System.getenv(Backups.ENVIRONMENT) == null) {
            assertThat(Backups.configuredKeep()).isEqualTo(5);
        }
        assertThat(new Backups(home.folder(), -3, Clock.systemUTC()).keep()).isZero();
    }

    private static UserFacingException catchOpen(Path projectFile) {
        try {
            ProjectFile.open(projectFile, OpenMode.READ_WRITE).close();
        } catch (UserFacingException e) {
            return e;
        }
        throw new AssertionError(projectFile + " opened");
    }
}
