package org.esgstudio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.esgstudio.data.DataSet;
import org.esgstudio.data.Indicator;
import org.esgstudio.data.IndicatorValue;
import org.esgstudio.data.Project;
import org.esgstudio.data.Provenance;
import org.esgstudio.data.Rule;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectFileRoundTripTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Samples.QINGHE, Samples.HENGCHUAN})
    void aProjectCreatedFromASampleFolderLoadsBackEqual(String sample) {
        Project original = Samples.read(sample);
        Path file = dir.resolve(sample + ".esg");

        ProjectFile.create(file, original, Samples.AUTHOR, "从示例创建");

        Project loaded;
        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            loaded = project.load();
        }
        assertThat(loaded.report()).isEqualTo(original.report());
        assertThat(loaded.data().indicators()).containsExactlyElementsOf(original.data().indicators());
        assertThat(loaded.data().values()).containsExactlyInAnyOrderElementsOf(original.data().values());
        assertThat(loaded.data().rules()).containsExactlyElementsOf(original.data().rules());
        assertThat(loaded.assets()).containsExactlyElementsOf(original.assets());
        assertThat(loaded).isEqualTo(original);
    }

    @Test
    void theSampleHoldsWhatItsFolderHolds() {
        Path file = Samples.projectFile(Samples.QINGHE, dir.resolve("q.esg"));

        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            Project loaded = project.load();
            assertThat(loaded.report().chapters()).hasSize(5);
            assertThat(loaded.data().indicators()).hasSize(121);
            assertThat(loaded.data().values()).hasSize(242);
            assertThat(loaded.data().rules()).hasSize(23);
            assertThat(loaded.assets()).extracting(a -> a.name()).containsExactly("ch1-pillars.png",
                    "ch2-solar-roof.png", "ch3-tea-hills.png", "ch4-balance.png", "ch4-campus.png",
                    "ch5-volunteer.png");
        }
    }

    @Test
    void aValueWrittenWithATrailingZeroKeepsItsScaleInTheFileAndAfterLoading() throws SQLException {
        Path file = Samples.projectFile(Samples.QINGHE, dir.resolve("q.esg"));

        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            BigDecimal amount = project.load().data().value("EC.GREEN.INVESTMENT", 2024).orElseThrow().amount();
            assertThat(amount.toPlainString()).isEqualTo("36.80");
            assertThat(amount.scale()).isEqualTo(2);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT amount, typeof(amount) FROM indicator_value "
                     + "WHERE code = 'EC.GREEN.INVESTMENT' AND year = 2024")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("36.80");
            assertThat(rs.getString(2)).isEqualTo("text");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"55.80", "0.10", "0.0001", "100", "100.00", "-3.50", "123456789012345678.123456",
        "0.000000"})
    void exactDecimalsSurviveASaveAndLoad(String written) {
        Provenance provenance = Provenance.typed(Samples.AUTHOR, Samples.READ_AT);
        Indicator indicator = new Indicator("E.TEST.AMOUNT", LocalizedText.zh("测试数值"), List.of(), "吨", 2, "环境",
                "", "", List.of());
        IndicatorValue value = IndicatorValue.reported("E.TEST.AMOUNT", 2024, new BigDecimal(written), "", provenance);
        Project project = new Project(Report.blank("测试公司", 2024),
                new DataSet(List.of(indicator), List.of(value), List.of()), List.of());
        Path file = dir.resolve("decimals.esg");

        ProjectFile.create(file, project, Samples.AUTHOR, "小数");

        try (ProjectFile opened = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            BigDecimal loaded = opened.load().data().value("E.TEST.AMOUNT", 2024).orElseThrow().amount();
            assertThat(loaded.toPlainString()).isEqualTo(written);
            assertThat(loaded.scale()).isEqualTo(new BigDecimal(written).scale());
            assertThat(opened.load()).isEqualTo(project);
        }
    }

    @Test
    void aBlankReportWithNoDataRoundTrips() {
        Project blank = new Project(Report.blank("测试公司", 2025), DataSet.empty(), List.of());
        Path file = dir.resolve("blank.esg");

        ProjectFile.create(file, blank, Samples.AUTHOR, "新建项目");

        try (ProjectFile opened = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            assertThat(opened.load()).isEqualTo(blank);
            assertThat(opened.load().report().settings().company().zh()).isEqualTo("测试公司");
        }
    }

    @Test
    void theFileIsMarkedAsOursWithTheCurrentSchemaVersion() throws IOException, SQLException {
        Path file = Samples.projectFile(Samples.HENGCHUAN, dir.resolve("h.esg"));

        byte[] header = new byte[100];
        try (InputStream in = Files.newInputStream(file)) {
            assertThat(in.readNBytes(header, 0, 100)).isEqualTo(100);
        }
        ByteBuffer bytes = ByteBuffer.wrap(header);
        assertThat(bytes.getInt(68)).as("application_id in the header").isEqualTo(0x45534753);
        assertThat(bytes.getInt(60)).as("user_version in the header").isEqualTo(Migrations.LATEST);

        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            assertThat(pragma(statement, "application_id")).isEqualTo(String.valueOf(0x45534753));
            assertThat(pragma(statement, "user_version")).isEqualTo(String.valueOf(Migrations.LATEST));
            assertThat(pragma(statement, "foreign_key_check")).as("no dangling reference").isNull();
        }
    }

    @Test
    void whileOpenForEditingTheFileIsInWalModeAndAfterCloseNoWalOrShmRemains() throws SQLException {
        Path file = Samples.projectFile(Samples.HENGCHUAN, dir.resolve("h.esg"));

        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_WRITE)) {
            assertThat(project.load().data().indicators()).isNotEmpty();
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                 Statement statement = connection.createStatement()) {
                assertThat(pragma(statement, "journal_mode")).isEqualTo("wal");
            }
            assertThat(FileState.sqliteSiblings(file)[0]).as("the WAL exists while the file is open").exists();
        }

        assertThat(FileState.sqliteSiblings(file)).allSatisfy(sibling -> assertThat(sibling).doesNotExist());
    }

    @Test
    void theSchemaHasEveryTableOfTheDesign() throws SQLException {
        Path file = Samples.projectFile(Samples.HENGCHUAN, dir.resolve("h.esg"));

        List<String> tables = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        assertThat(tables).containsExactlyInAnyOrder("asset", "change", "indicator", "indicator_value",
                "project_meta", "report_node", "revision", "revision_hash", "rule",
                // schema 4: sign-off
                "approval", "final_export",
                // schema 5: review comments
                "comment", "comment_event",
                // schema 6: named versions
                "version", "version_asset");
    }

    @Test
    void creatingLeavesOnlyTheProjectFileInTheFolder() throws IOException {
        Samples.projectFile(Samples.QINGHE, dir.resolve("q.esg"));

        try (var entries = Files.list(dir)) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactly("q.esg");
        }
    }

    @Test
    void afterAnEditingSessionIsClosedNoWalOrShmFileRemains() {
        Path file = Samples.projectFile(Samples.QINGHE, dir.resolve("q.esg"));

        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_WRITE)) {
            Project loaded = project.load();
            assertThat(FileState.sqliteSiblings(file)[0]).as("the WAL exists while the file is open").exists();
            Report renamed = loaded.report().withSettings(new org.esgstudio.model.ReportSettings(
                    LocalizedText.zh("改名公司"), loaded.report().settings().shortName(),
                    loaded.report().settings().year(), loaded.report().settings().comparisonYears(),
                    loaded.report().settings().title(), loaded.report().settings().languages(),
                    loaded.report().settings().theme(), loaded.report().settings().numberedSections()));
            assertThat(project.save(loaded.withReport(renamed), Samples.AUTHOR, "改名")).isTrue();
        }

        assertThat(FileState.sqliteSiblings(file)).allSatisfy(sibling -> assertThat(sibling).doesNotExist());
        try (ProjectFile reopened = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            assertThat(reopened.load().report().settings().company().zh()).isEqualTo("改名公司");
        }
    }

    @Test
    void readingAFileChangesNothingAndLeavesNoWalOrShmFile() {
        Path file = Samples.projectFile(Samples.QINGHE, dir.resolve("q.esg"));
        FileState before = FileState.of(dir);

        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            assertThat(project.load().data().indicators()).hasSize(121);
            assertThat(project.history()).hasSize(1);
        }

        assertThat(FileState.of(dir)).isEqualTo(before);
        assertThat(FileState.sqliteSiblings(file)).allSatisfy(sibling -> assertThat(sibling).doesNotExist());
    }

    @Test
    void readingAFileLeftInWalModeChangesNothingAndLeavesNoWalOrShmFile() throws SQLException {
        Path file = Samples.projectFile(Samples.QINGHE, dir.resolve("q.esg"));
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            assertThat(pragma(statement, "journal_mode = WAL")).isEqualTo("wal");
        }
        assertThat(FileState.sqliteSiblings(file)).allSatisfy(sibling -> assertThat(sibling).doesNotExist());
        FileState before = FileState.of(dir);

        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            assertThat(project.load().data().indicators()).hasSize(121);
        }

        assertThat(FileState.of(dir)).isEqualTo(before);
    }

    @Test
    void aFileOpenedReadOnlyRefusesToSave() {
        Path file = Samples.projectFile(Samples.HENGCHUAN, dir.resolve("h.esg"));

        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            Project loaded = project.load();
            assertThat(project.mode()).isEqualTo(OpenMode.READ_ONLY);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> project.save(
                    loaded.withData(DataSet.empty()), Samples.AUTHOR, "清空"))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("read-only");
        }
        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            assertThat(project.load().data().indicators()).isNotEmpty();
            assertThat(project.history()).hasSize(1);
        }
    }

    @Test
    void projectMetaRecordsWhoCreatedTheFile() throws SQLException {
        Path file = Samples.projectFile(Samples.HENGCHUAN, dir.resolve("h.esg"));

        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT key, value FROM project_meta ORDER BY key")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1) + "=" + rs.getString(2));
            }
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0)).startsWith("created_at=");
            assertThat(rows.get(1)).isEqualTo("created_by=" + Samples.AUTHOR);
            assertThat(rows.get(2)).startsWith("created_with=ESG Report Studio ");
        }
    }

    @Test
    void rulesAreKeptInTheirOrder() {
        Project original = Samples.read(Samples.QINGHE);
        Path file = Samples.projectFile(Samples.QINGHE, dir.resolve("q.esg"));

        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            assertThat(project.load().data().rules()).extracting(Rule::name)
                    .containsExactlyElementsOf(original.data().rules().stream().map(Rule::name).toList());
        }
    }

    /** The first column of the pragma's first row, or null when it returns no row. */
    private static String pragma(Statement statement, String name) throws SQLException {
        try (ResultSet rs = statement.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
