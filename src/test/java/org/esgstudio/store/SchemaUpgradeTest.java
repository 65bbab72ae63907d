package org.esgstudio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.esgstudio.data.Indicator;
import org.esgstudio.data.Project;
import org.esgstudio.i18n.Messages;
import org.esgstudio.model.LocalizedText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file of schema 1 (before indicators had definitions) is upgraded in place when opened for writing. */
class SchemaUpgradeTest {
    @TempDir
    Path dir;

    @BeforeEach
    void chinese() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    /** The sample as a schema-1 file: the definition columns and the later tables dropped, the version set back. */
    private Path schemaOneFile() throws SQLException {
        Path file = Samples.projectFile(Samples.HENGCHUAN, dir.resolve("old.esg"));
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE indicator DROP COLUMN definition_zh");
            statement.execute("ALTER TABLE indicator DROP COLUMN definition_en");
            statement.execute("DROP TABLE revision_hash");
            statement.execute("PRAGMA user_version = 1");
        }
        return file;
    }

    private static String pragma(Path file, String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("PRAGMA " + name)) {
            return rs.getString(1);
        }
    }

    @Test
    void aSchemaOneFileOpenedForWritingGainsEmptyDefinitionsAndKeepsItsData() throws SQLException {
        Path file = schemaOneFile();
        Project expected = Samples.read(Samples.HENGCHUAN);

        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_WRITE)) {
            Project loaded = project.load();
            assertThat(loaded.data().indicators()).extracting(Indicator::definition).containsOnly(LocalizedText.EMPTY);
            assertThat(loaded.data()).isEqualTo(expected.data());
            assertThat(loaded.report()).isEqualTo(expected.report());
        }

        assertThat(pragma(file, "user_version")).isEqualTo(String.valueOf(Migrations.LATEST));
        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            assertThat(project.load().data().indicators()).hasSize(expected.data().indicators().size());
        }
    }

    @Test
    void anUpgradedFileStoresDefinitions() throws SQLException {
        Path file = schemaOneFile();
        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_WRITE)) {
            Project loaded = project.load();
            Indicator first = loaded.data().indicators().get(0);
            Indicator defined = first.withDefinition(LocalizedText.of("报告期末在册员工人数", "Employees on the payroll at year end"));
            assertThat(project.save(loaded.withData(loaded.data().withIndicator(defined)), Samples.AUTHOR, "定义"))
                    .isTrue();
        }
        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            assertThat(project.load().data().indicators().get(0).definition())
                    .isEqualTo(LocalizedText.of("报告期末在册员工人数", "Employees on the payroll at year end"));
        }
    }

    @Test
    void aSchemaOneFileOpenedReadOnlyIsReadUpgradedInMemoryAndLeftUntouched() throws Exception {
        Path file = schemaOneFile();
        byte[] before = java.nio.file.Files.readAllBytes(file);
        Project expected = Samples.read(Samples.HENGCHUAN);

        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            Project loaded = project.load();
            assertThat(loaded.data()).isEqualTo(expected.data());
            assertThat(loaded.report()).isEqualTo(expected.report());
            assertThatThrownBy(() -> project.save(loaded, Samples.AUTHOR, "x")).isInstanceOf(IllegalStateException.class);
        }

        assertThat(pragma(file, "user_version")).isEqualTo("1");
        assertThat(java.nio.file.Files.readAllBytes(file)).isEqualTo(before);
        assertThat(java.nio.file.Files.exists(file.resolveSibling(file.getFileName() + "-wal"))).isFalse();
    }

    /**
     * The build that reserved schema 5 stamped new files 5 with an empty script: they have no comment tables. Opening
     * one for writing gives them the tables (schema 6 applies script 5 again) and comments can be written.
     */
    @Test
    void aFileStampedFiveWithoutCommentTablesGainsThemOnUpgrade() throws SQLException {
        Path file = Samples.projectFile(Samples.HENGCHUAN, dir.resolve("five.esg"));
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            for (String table : new String[] {"version_asset", "version", "comment_event", "comment"}) {
                statement.execute("DROP TABLE " + table);
            }
            statement.execute("PRAGMA user_version = 5");
        }

        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_WRITE)) {
            String chapter = project.load().report().chapters().get(0).id();
            project.comment(org.esgstudio.review.Comment.opening(org.esgstudio.review.CommentAnchor.block(chapter),
                    "请核对", "李审核", java.time.Instant.parse("2026-11-23T08:00:00Z")));
            assertThat(project.comments().threads()).hasSize(1);
            assertThat(project.versions()).isEmpty();
        }
        assertThat(pragma(file, "user_version")).isEqualTo(String.valueOf(Migrations.LATEST));
    }
}
