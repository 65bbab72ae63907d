package org.esgstudio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An older file opened for writing and closed at once (the upgrade alone) closes cleanly as one complete file. */
class UpgradeCloseTest {
    @TempDir
    Path dir;

    @Test
    void anUpgradedFileClosedWithoutLoadingClosesCleanlyAsOneFile() throws Exception {
        Path file = Samples.projectFile(Samples.HENGCHUAN, dir.resolve("old.esg"));
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE revision_hash");
            statement.execute("PRAGMA user_version = 2");
        }

        ProjectFile.open(file, OpenMode.READ_WRITE).close();

        assertThat(file.resolveSibling("old.esg-wal")).doesNotExist();
        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            assertThat(project.load().report().chapters()).isNotEmpty();
        }
        assertThat(HistoryChain.verify(file).intact()).isTrue();
    }
}
