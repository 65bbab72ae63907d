package org.esgstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Locale;
import org.esgstudio.i18n.Messages;
import org.esgstudio.store.HistoryTampering;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verify-history}: exit 0 for an intact chain, 1 with one line naming the first break, 2 for bad input. */
class CliVerifyHistoryTest {
    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void sampleWithTwoSaves() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        file = HistoryTampering.sampleWithSaves(dir.resolve("q.esg"), 2);
    }

    @AfterEach
    void chineseAgain() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void anIntactHistoryExitsZeroWithOneLineCountingTheRevisions() {
        CliRun run = CliRun.of("verify-history", file);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).singleElement().asString()
                .startsWith("历史记录完整：3 条修订，哈希链无断点（末条哈希 ").matches(".*[0-9a-f]{64}）$");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void inEnglishTheSameLineIsEnglish() {
        Messages.setLocale(Locale.ENGLISH);

        CliRun run = CliRun.of("verify-history", file);

        assertThat(run.outLines()).singleElement().asString()
                .startsWith("History intact: 3 revisions, no break in the hash chain");
    }

    @Test
    void anAlteredChangeRowExitsOneNamingTheFileRevisionAuthorAndRow() {
        HistoryTampering.tamper(file, "UPDATE change SET after = after || ' ' WHERE revision_id = 3 AND seq = 0");

        CliRun run = CliRun.of("verify-history", file);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(Cli.REPORT_HAS_ERRORS);
        assertThat(run.outLines()).singleElement().asString()
                .startsWith(file.toAbsolutePath() + "：历史记录的哈希链断开 — 修订 3（")
                .contains(HistoryTampering.EDITOR)
                .endsWith("：第 1 条变更被改动（此前 2 条修订完好）");
    }

    @Test
    void aDeletedRevisionExitsOneNamingIt() {
        HistoryTampering.tamper(file, "DELETE FROM revision WHERE id = 2");

        CliRun run = CliRun.of("verify-history", file);

        assertThat(run.exitCode()).isEqualTo(Cli.REPORT_HAS_ERRORS);
        assertThat(run.outLines()).singleElement().asString().contains("修订 2 缺失（已被删除）");
    }

    @Test
    void anEditedAuthorExitsOneNamingTheRevision() {
        HistoryTampering.tamper(file, "UPDATE revision SET author = '冒名者' WHERE id = 1");

        CliRun run = CliRun.of("verify-history", file);

        assertThat(run.exitCode()).isEqualTo(Cli.REPORT_HAS_ERRORS);
        assertThat(run.outLines()).singleElement().asString()
                .contains("修订 1（").contains("冒名者").contains("时间、作者或说明被改动");
    }

    @Test
    void verifyingChangesNothingOnDisk() throws Exception {
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000_000_000L));
        byte[] before = Files.readAllBytes(file);

        assertThat(CliRun.of("verify-history", file).exitCode()).isZero();

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(1_000_000_000_000L);
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("q.esg");
        }
    }

    @Test
    void aMissingFileExitsTwoWithOneLineNamingIt() {
        CliRun run = CliRun.of("verify-history", dir.resolve("nope.esg"));

        assertThat(run.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().startsWith("esg-studio: ").contains("nope.esg");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aFileThatIsNotAProjectExitsTwo() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.esg"), "not a project");

        CliRun run = CliRun.of("verify-history", text);

        assertThat(run.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().contains("notes.esg");
    }

    @Test
    void noFileIsAUsageErrorExitingTwo() {
        CliRun run = CliRun.of("verify-history");

        assertThat(run.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.errLines()).hasSize(1);
    }

    @Test
    void theCommandIsListedInTheHelp() {
        assertThat(CliRun.of("--help").out()).contains("verify-history");
    }
}
