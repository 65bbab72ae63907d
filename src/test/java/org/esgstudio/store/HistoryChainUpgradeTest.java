package org.esgstudio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.esgstudio.data.Project;
import org.esgstudio.model.LocalizedText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A schema-2 file (history without seals) gains a sealed, verifiable chain when it is upgraded. */
class HistoryChainUpgradeTest {
    @TempDir
    Path dir;

    private Path file;

    /** The sample with two saves, taken back to schema 2: no revision_hash, version 2. */
    @BeforeEach
    void schemaTwoFile() throws SQLException {
        file = HistoryTampering.sampleWithSaves(dir.resolve("old.esg"), 2);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE revision_hash");
            statement.execute("PRAGMA user_version = 2");
        }
    }

    private static String query(Path file, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    @Test
    void openedForWritingItsRevisionsAreSealedAndTheChainVerifies() throws SQLException {
        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_WRITE)) {
            Project loaded = project.load();
            var indicator = loaded.data().indicators().get(5).withDefinition(LocalizedText.of("升级后", "after"));
            assertThat(project.save(loaded.withData(loaded.data().withIndicator(indicator)), "王五", "升级后保存"))
                    .isTrue();
        }

        assertThat(query(file, "PRAGMA user_version")).isEqualTo(String.valueOf(Migrations.LATEST));
        assertThat(query(file, "SELECT count(*) FROM revision_hash")).isEqualTo("4");
        HistoryChain.Result result = HistoryChain.verify(file);
        assertThat(result.intact()).isTrue();
        assertThat(result.revisionsChecked()).isEqualTo(4);
    }

    @Test
    void theBackFillKeepsTheHistoryAppendOnly() throws SQLException {
        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_WRITE)) {
            project.load();
        }

        assertThat(query(file, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                + "AND name LIKE '%append_only%'")).isEqualTo("6");
    }

    @Test
    void verifiedReadOnlyItIsCheckedThroughTheInMemoryUpgradeAndLeftAtSchemaTwo() throws SQLException {
        HistoryChain.Result result = HistoryChain.verify(file);

        assertThat(result.intact()).isTrue();
        assertThat(result.revisionsChecked()).isEqualTo(3);
        assertThat(query(file, "PRAGMA user_version")).isEqualTo("2");
        assertThat(query(file, "SELECT count(*) FROM sqlite_master WHERE name = 'revision_hash'")).isEqualTo("0");
    }

    @Test
    void tamperingAfterTheUpgradeIsFound() {
        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_WRITE)) {
            project.load();
        }
        HistoryTampering.tamper(file, "UPDATE change SET after = after || ' ' WHERE revision_id = 2 AND seq = 0");

        assertThat(HistoryChain.verify(file).firstBreak().orElseThrow())
                .extracting(HistoryChain.Break::revision, HistoryChain.Break::kind)
                .containsExactly(2L, HistoryChain.Kind.ROW_ALTERED);
    }
}
