package org.esgstudio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.esgstudio.i18n.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer per project file: a second writer, in this process or another, gets it read-only, the holder named. */
class ProjectLockTest {
    @TempDir
    Path dir;
    private Path file;
    private Path lockFile;

    @BeforeEach
    void blankProject() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        file = dir.resolve("2025.esg");
        NewProjects.blank("测试公司", 2025, file, "新建");
        lockFile = dir.resolve("2025.esg.lock");
    }

    @Test
    void theWriterHoldsALockFileNamingItselfWhichClosingRemoves() throws IOException {
        try (ProjectFile writer = ProjectFile.open(file, OpenMode.READ_WRITE)) {
            LockHolder holder = LockHolder.parse(Files.readString(lockFile)).orElseThrow();
            assertThat(holder.user()).isEqualTo(Authors.current());
            assertThat(holder.pid()).isEqualTo(ProcessHandle.current().pid());
            assertThat(holder.host()).isEqualTo(LockHolder.thisHost());
            assertThat(writer.recoveredLock()).isEmpty();
        }
        assertThat(lockFile).doesNotExist();
        assertThat(dir).isDirectoryContaining(p -> p.equals(file)).satisfies(
                d -> assertThat(Files.list(d).toList()).containsExactly(file));
    }

    @Test
    void aSecondOpenForWritingInTheSameProcessIsRefusedAndAnOpenForEditingIsReadOnly() {
        try (ProjectFile writer = ProjectFile.open(file, OpenMode.READ_WRITE)) {
            assertThatThrownBy(() -> ProjectFile.open(file, OpenMode.READ_WRITE))
                    .isInstanceOf(ProjectLockedException.class)
                    .hasMessage(file + ": 已在本程序中打开编辑，同一时间只能有一处写入");

            try (ProjectFile second = ProjectFile.openForEditing(file)) {
                assertThat(second.mode()).isEqualTo(OpenMode.READ_ONLY);
                assertThat(second.readOnlyReason()).get().isInstanceOf(ProjectLockedException.class);
                assertThat(second.load().report().settings().company().zh()).isEqualTo("测试公司");
            }
            assertThat(writer.save(writer.load(), "测试员", "写入者仍可保存")).isFalse();
        }
        try (ProjectFile afterwards = ProjectFile.openForEditing(file)) {
            assertThat(afterwards.mode()).isEqualTo(OpenMode.READ_WRITE);
        }
    }

    @Test
    void readingNeedsNoLockAndLeavesTheWritersLockAlone() throws IOException {
        try (ProjectFile writer = ProjectFile.open(file, OpenMode.READ_WRITE)) {
            String lock = Files.readString(lockFile);
            try (ProjectFile reader = ProjectFile.open(file, OpenMode.READ_ONLY)) {
                assertThat(reader.load().report().settings().year()).isEqualTo(2025);
            }
            assertThat(Files.readString(lockFile)).isEqualTo(lock);
        }
    }

    @Test
    void aSecondProcessHoldingTheFileMakesThisOpenReadOnlyWithTheHolderNamed() {
        try (HoldingProcess other = HoldingProcess.open(file, "王编辑")) {
            try (ProjectFile second = ProjectFile.openForEditing(file)) {
                assertThat(second.mode()).isEqualTo(OpenMode.READ_ONLY);
                ProjectLockedException reason = (ProjectLockedException) second.readOnlyReason().orElseThrow();
                LockHolder holder = reason.holder().orElseThrow();
                assertThat(holder.user()).isEqualTo("王编辑");
                assertThat(holder.pid()).isEqualTo(other.pid());
                assertThat(reason.getMessage()).isEqualTo(file + ": 正由 王编辑 在本机（" + LockHolder.thisHost()
                        + "）上编辑（进程 " + other.pid() + "，" + holder.sinceText() + " 起），同一时间只能有一处写入");
            }
            assertThatThrownBy(() -> ProjectFile.open(file, OpenMode.READ_WRITE))
                    .isInstanceOf(ProjectLockedException.class).hasMessageContaining("王编辑");
        }
        assertThat(lockFile).doesNotExist();
        try (ProjectFile afterwards = ProjectFile.open(file, OpenMode.READ_WRITE)) {
            assertThat(afterwards.recoveredLock()).isEmpty();
        }
    }

    @Test
    void aProcessKilledWithSigkillLeavesAStaleLockThatTheNextOpenRecovers() throws IOException {
        HoldingProcess crashed = HoldingProcess.open(file, "李审核");
        long pid = crashed.pid();
        crashed.kill();
        assertThat(LockHolder.parse(Files.readString(lockFile))).get()
                .extracting(LockHolder::user, LockHolder::pid).containsExactly("李审核", pid);

        try (ProjectFile recovered = ProjectFile.open(file, OpenMode.READ_WRITE)) {
            assertThat(recovered.mode()).isEqualTo(OpenMode.READ_WRITE);
            assertThat(recovered.recoveredLock()).get()
                    .extracting(LockHolder::user, LockHolder::pid).containsExactly("李审核", pid);
            assertThat(LockHolder.parse(Files.readString(lockFile)).orElseThrow().pid())
                    .isEqualTo(ProcessHandle.current().pid());
            assertThat(recovered.load().report().settings().year()).isEqualTo(2025);
        }
        assertThat(lockFile).doesNotExist();
    }

    @Test
    void aLockFileLeftByAProcessThatNoLongerExistsIsRecovered() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        leaveLock(new LockHolder("赵编辑", LockHolder.thisHost(), gone.pid(), Instant.parse("2026-11-20T02:00:00Z"),
                Instant.parse("2026-11-20T01:59:58Z"), "left-behind"));

        try (ProjectFile recovered = ProjectFile.openForEditing(file)) {
            assertThat(recovered.mode()).isEqualTo(OpenMode.READ_WRITE);
            assertThat(recovered.recoveredLock()).get().extracting(LockHolder::user).isEqualTo("赵编辑");
        }
    }

    @Test
    void aLockNamingALiveProcessThatReusesADeadHoldersIdIsRecovered() throws IOException {
        ProcessHandle parent = ProcessHandle.current().parent().orElseThrow();
        Instant started = parent.info().startInstant().orElseThrow();
        leaveLock(new LockHolder("钱编辑", LockHolder.thisHost(), parent.pid(), started.minusSeconds(3600),
                started.minusSeconds(3600), "old-process"));

        try (ProjectFile recovered = ProjectFile.open(file, OpenMode.READ_WRITE)) {
            assertThat(recovered.recoveredLock()).get().extracting(LockHolder::user).isEqualTo("钱编辑");
        }
    }

    @Test
    void aLockNamingALiveProcessOfThisComputerIsNeverOverridden() throws IOException {
        ProcessHandle parent = ProcessHandle.current().parent().orElseThrow();
        Instant started = parent.info().startInstant().orElseThrow();
        leaveLock(new LockHolder("孙编辑", LockHolder.thisHost(), parent.pid(), started.plusSeconds(5), started,
                "live"));
        String before = Files.readString(lockFile);

        try (ProjectFile second = ProjectFile.openForEditing(file)) {
            assertThat(second.mode()).isEqualTo(OpenMode.READ_ONLY);
            assertThat(second.readOnlyReason().orElseThrow().getMessage()).contains("孙编辑", "进程 " + parent.pid());
        }
        assertThatThrownBy(() -> ProjectLock.breakStale(file)).isInstanceOf(ProjectLockedException.class);
        assertThat(Files.readString(lockFile)).isEqualTo(before);
    }

    @Test
    void aLockNamingAnotherComputerIsRespectedUntilTheUserRemovesIt() throws IOException {
        leaveLock(new LockHolder("周编辑", "财务部-PC07", 4242, Instant.parse("2026-11-23T01:30:00Z"), null, "remote"));

        try (ProjectFile second = ProjectFile.openForEditing(file)) {
            assertThat(second.mode()).isEqualTo(OpenMode.READ_ONLY);
            assertThat(second.readOnlyReason().orElseThrow().getMessage())
                    .startsWith(file + ": 正由 周编辑 在计算机 财务部-PC07 上编辑（进程 4242，")
                    .endsWith("若确认 财务部-PC07 上的程序已不在运行，可用 esg-studio unlock 解除锁定");
        }
        assertThatThrownBy(() -> ProjectFile.open(file, OpenMode.READ_WRITE)).isInstanceOf(ProjectLockedException.class);

        ProjectLock.Broken broken = ProjectLock.breakStale(file);

        assertThat(broken.existed()).isTrue();
        assertThat(broken.holder().user()).isEqualTo("周编辑");
        assertThat(lockFile).doesNotExist();
        try (ProjectFile writer = ProjectFile.open(file, OpenMode.READ_WRITE)) {
            assertThat(writer.recoveredLock()).isEmpty();
        }
    }

    @Test
    void anUnreadableLockFileWhoseOsLockIsFreeIsTakenOver() throws IOException {
        Files.writeString(lockFile, "user=半截");

        try (ProjectFile writer = ProjectFile.open(file, OpenMode.READ_WRITE)) {
            assertThat(writer.mode()).isEqualTo(OpenMode.READ_WRITE);
            assertThat(writer.recoveredLock()).isEmpty();
        }
        assertThat(lockFile).doesNotExist();
    }

    @Test
    void aFileThatCannotBeOpenedReleasesTheLockItTook() throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        java.util.Arrays.fill(bytes, 4096 + 8, 4096 + 400, (byte) 0x5A);
        Files.write(file, bytes);

        assertThatThrownBy(() -> ProjectFile.open(file, OpenMode.READ_WRITE)).hasMessageContaining("项目文件已损坏");
        assertThat(lockFile).doesNotExist();
    }

    private void leaveLock(LockHolder holder) throws IOException {
        Files.writeString(lockFile, holder.toText(), StandardCharsets.UTF_8);
    }
}
