package org.esgstudio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import java.util.stream.Stream;
import org.esgstudio.i18n.Messages;
import org.esgstudio.i18n.UserFacingException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class BadProjectFileTest {
    @TempDir
    static Path shared;

    static Path good;

    @TempDir
    Path dir;

    @BeforeAll
    static void makeAGoodProjectFile() {
        good = Samples.projectFile(Samples.HENGCHUAN, shared.resolve("good.esg"));
    }

    @BeforeEach
    void chinese() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    static Stream<Arguments> badFilesInBothModes() {
        return Stream.of(BadProjectFiles.values())
                .flatMap(bad -> Stream.of(OpenMode.values()).map(mode -> Arguments.of(bad, mode)));
    }

    @ParameterizedTest(name = "{0} opened {1}")
    @MethodSource("badFilesInBothModes")
    void aBadFileIsRefusedWithItsOwnMessageAndNothingIsWrittenOrChanged(BadProjectFiles bad, OpenMode mode)
            throws IOException {
        Path file = bad.makeIn(dir, good);
        FileState before = FileState.of(dir);
        String expected = bad.message(file);

        assertThatThrownBy(() -> ProjectFile.open(file, mode).close())
                .isInstanceOf(UserFacingException.class)
                .hasMessage(expected);

        assertThat(FileState.of(dir)).isEqualTo(before);
        assertThat(FileState.sqliteSiblings(file)).allSatisfy(sibling -> assertThat(sibling).doesNotExist());
        if (Files.isRegularFile(file)) {
            assertThat(before.entries().get(file.getFileName().toString()))
                    .as("the snapshot compared above holds the file's hash and modification time")
                    .contains("sha256").contains("modified " + Files.getLastModifiedTime(file).toInstant());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(BadProjectFiles.class)
    void theMessageNamesTheFileAndIsInChinese(BadProjectFiles bad) {
        Path file = bad.makeIn(dir, good);

        UserFacingException refused = (UserFacingException) org.assertj.core.api.Assertions.catchThrowable(
                () -> ProjectFile.open(file, OpenMode.READ_ONLY));

        assertThat(refused).isNotNull();
        assertThat(refused.getMessage()).startsWith(file.toString() + ": ")
                .matches(text -> text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp)
                        == Character.UnicodeScript.HAN), "contains Chinese")
                .doesNotContain("\n");
        assertThat(refused.message(Locale.ENGLISH)).startsWith(file.toString() + ": ").isNotEqualTo(refused.getMessage());
    }

    @Test
    void aFileWithDamagedPagesOpenedForEditingIsRefusedAsDamagedAndNothingIsWrittenOrChanged() throws IOException {
        damagedFileIsRefused(OpenMode.READ_WRITE);
    }

    @Test
    void aFileWithDamagedPagesOpenedForReadingIsRefusedAsDamagedAndNothingIsWrittenOrChanged() throws IOException {
        damagedFileIsRefused(OpenMode.READ_ONLY);
    }

    private void damagedFileIsRefused(OpenMode mode) throws IOException {
        byte[] bytes = Files.readAllBytes(good);
        int pageSize = 4096;
        assertThat(bytes.length).isGreaterThan(8 * pageSize);
        for (int i = 2 * pageSize; i < 6 * pageSize; i++) {
            bytes[i] = (byte) 0xA5;
        }
        Path file = Files.write(dir.resolve("damaged.esg"), bytes);
        FileState before = FileState.of(dir);

        assertThatThrownBy(() -> ProjectFile.open(file, mode).close())
                .isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("project.damaged"))
                .hasMessageStartingWith(file + ": 项目文件已损坏（")
                .hasMessageEndingWith("）：请从备份恢复");

        assertThat(FileState.of(dir)).isEqualTo(before);
    }

    @Test
    void aRelativePathIsReportedAsAnAbsolutePath() throws IOException {
        Path file = BadProjectFiles.TEXT_FILE.makeIn(dir, good);
        Path relative = Path.of("").toAbsolutePath().relativize(file);

        assertThatThrownBy(() -> ProjectFile.open(relative, OpenMode.READ_ONLY))
                .hasMessage(BadProjectFiles.TEXT_FILE.message(file));
    }

    @Test
    void theTamperedNewerFileReallyIsOursWithAHigherVersion() throws Exception {
        Path file = BadProjectFiles.NEWER_SCHEMA.makeIn(dir, good);

        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("PRAGMA user_version")) {
                assertThat(rs.getInt(1)).isEqualTo(99);
            }
            try (ResultSet rs = statement.executeQuery("PRAGMA application_id")) {
                assertThat(rs.getInt(1)).isEqualTo(0x45534753);
            }
        }
    }

    @Test
    void theGoodFileOpensInBothModes() {
        for (OpenMode mode : OpenMode.values()) {
            try (ProjectFile project = ProjectFile.open(good, mode)) {
                assertThat(project.mode()).isEqualTo(mode);
                assertThat(project.load().data().indicators()).isNotEmpty();
            }
        }
    }
}
