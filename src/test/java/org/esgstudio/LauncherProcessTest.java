package org.esgstudio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher as a real process: a command runs in a relaunched, tuned JVM and reports as if it ran in place. */
class LauncherProcessTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run launch(boolean relaunch, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        if (!relaunch) {
            builder.environment().put("ESGSTUDIO_NO_RELAUNCH", "1");
        }
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void aRelaunchedCommandKeepsItsExitCodeAndItsOneLineMessage() throws Exception {
        Files.writeString(dir.resolve("notes.esg"), "not a project");

        Run run = launch(true, "info", "notes.esg");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip().lines()).containsExactly(
                "esg-studio: " + dir.resolve("notes.esg") + ": 不是 ESG 报告工作台的项目文件（不是 SQLite 数据库）");
    }

    @Test
    void aRelaunchedCommandWritesItsOutputAndSucceeds() throws Exception {
        Run run = launch(true, "new", "blank.esg", "--company", "测试公司", "--year", "2025");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("blank.esg");
        assertThat(dir.resolve("blank.esg")).exists();
    }

    @Test
    void withRelaunchingSwitchedOffTheCommandRunsInPlaceAlike() throws Exception {
        Files.writeString(dir.resolve("notes.esg"), "not a project");

        Run run = launch(false, "info", "notes.esg");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("不是 ESG 报告工作台的项目文件");
    }
}
