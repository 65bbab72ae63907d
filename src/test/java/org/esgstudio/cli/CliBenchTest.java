package org.esgstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.esgstudio.i18n.Messages;
import org.esgstudio.store.Backups;
import org.esgstudio.store.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench FILE.esg --save}: the autosave's case timed on a temporary copy that leaves nothing behind. */
class CliBenchTest {
    @TempDir
    Path dir;

    private String backupsSetting;

    /** A home of its own, where opening a project for writing keeps three backups (the suite's setting is none). */
    @BeforeEach
    void isolatedHomeWithBackups() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        System.setProperty("esgstudio.home", dir.resolve("home").toString());
        backupsSetting = System.getProperty(Backups.PROPERTY);
        System.setProperty(Backups.PROPERTY, "3");
    }

    @AfterEach
    void clear() {
        System.clearProperty("esgstudio.home");
        if (backupsSetting == null) {
            System.clearProperty(Backups.PROPERTY);
        } else {
            System.setProperty(Backups.PROPERTY, backupsSetting);
        }
    }

    @Test
    void theSaveBenchmarkTimesOneParagraphSavesOnACopyAndLeavesTheProjectAndTheBackupsAlone() throws IOException {
        Path esg = Samples.projectFile(Samples.HENGCHUAN, dir.resolve("h.esg"));
        byte[] before = Files.readAllBytes(esg);
        List<Path> benchFoldersBefore = benchFolders();

        CliRun run = CliRun.of("bench", esg, "--save", "--runs", "4", "--warmup", "1", "--scale", "2");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).containsPattern("report: h\\.esg ×2, \\d+ paragraphs, file \\d+\\.\\d MB")
                .containsPattern("load for editing \\d+\\.\\d ms, then the first save \\d+\\.\\d ms")
                .contains("runs: 4 after 1 warm-up runs")
                .containsPattern("save one paragraph  median +\\d+\\.\\d ms  90th pct +\\d+\\.\\d ms  max +\\d+\\.\\d ms");
        assertThat(Files.readAllBytes(esg)).as("the project itself is not touched").isEqualTo(before);
        assertThat(dir.resolve("home").resolve("backups")).as("no backup of the temporary copy").doesNotExist();
        assertThat(benchFolders()).as("the temporary copy is deleted").isEqualTo(benchFoldersBefore);
        assertThat(System.getProperty(Backups.PROPERTY)).as("the backup setting is restored").isEqualTo("3");
    }

    private static List<Path> benchFolders() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(path -> path.getFileName().toString().startsWith("esg-save-bench-")).sorted().toList();
        }
    }
}
