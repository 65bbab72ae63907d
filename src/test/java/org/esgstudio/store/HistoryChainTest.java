package org.esgstudio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.esgstudio.store.HistoryTampering.EDITOR;
import static org.esgstudio.store.HistoryTampering.tamper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.esgstudio.i18n.Messages;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.store.HistoryChain.Break;
import org.esgstudio.store.HistoryChain.Kind;
import org.esgstudio.store.HistoryChain.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The revision history's hash chain: sealed on every save, and every kind of tampering found at its revision. */
class HistoryChainTest {
    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void sampleWithThreeSaves() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        file = HistoryTampering.sampleWithSaves(dir.resolve("q.esg"), 3);
    }

    private static String query(Path file, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private Break firstBreak() {
        Result result = HistoryChain.verify(file);
        assertThat(result.intact()).as("tampering must be found").isFalse();
        return result.firstBreak().orElseThrow();
    }

    @Test
    void aProjectWithSeveralSavesVerifiesAndEndsWithTheLastRevisionsHash() throws SQLException {
        Result result = HistoryChain.verify(file);

        assertThat(result.intact()).isTrue();
        assertThat(result.revisionsChecked()).isEqualTo(4);
        assertThat(result.headHash()).isEqualTo(query(file, "SELECT hash FROM revision_hash WHERE revision_id = 4"))
                .hasSize(64);
    }

    @Test
    void everySaveSealsItsRevisionChainedToThePreviousOne() throws SQLException {
        assertThat(query(file, "SELECT count(*) FROM revision_hash")).isEqualTo("4");
        assertThat(query(file, "SELECT prev_hash FROM revision_hash WHERE revision_id = 1"))
                .isEqualTo(RevisionSeal.GENESIS);
        assertThat(query(file, "SELECT prev_hash FROM revision_hash WHERE revision_id = 3"))
                .isEqualTo(query(file, "SELECT hash FROM revision_hash WHERE revision_id = 2"));
        assertThat(query(file, "SELECT length(row_digests) - length(replace(row_digests, ',', '')) + 1 "
                + "FROM revision_hash WHERE revision_id = 1"))
                .isEqualTo(query(file, "SELECT count(*) FROM change WHERE revision_id = 1"));
    }

    @Test
    void theSealsAreAppendOnlyLikeTheHistory() {
        assertThatThrownBy(() -> {
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                 Statement statement = connection.createStatement()) {
                statement.execute("UPDATE revision_hash SET hash = 'x' WHERE revision_id = 2");
            }
        }).hasMessageContaining("append-only");
    }

    @Test
    void anEditedAfterOfAChangeRowIsFoundAtItsRevisionAndRow() {
        tamper(file, "UPDATE change SET after = replace(after, '统计口径 2', '统计口径 X') WHERE revision_id = 3 AND seq = 0");

        Break found = firstBreak();

        assertThat(found.revision()).isEqualTo(3);
        assertThat(found.kind()).isEqualTo(Kind.ROW_ALTERED);
        assertThat(found.detail()).isEqualTo(1);
        assertThat(found.author()).isEqualTo(EDITOR);
        assertThat(found.describe()).startsWith("修订 3（").contains(EDITOR).endsWith("：第 1 条变更被改动");
        assertThat(HistoryChain.verify(file).revisionsChecked()).isEqualTo(2);
    }

    @Test
    void anEditedRowDeepInTheFirstRevisionIsFoundAtItsRow() {
        tamper(file, "UPDATE change SET after = after || ' ' WHERE revision_id = 1 AND seq = 4");

        Break found = firstBreak();

        assertThat(found.revision()).isEqualTo(1);
        assertThat(found.kind()).isEqualTo(Kind.ROW_ALTERED);
        assertThat(found.detail()).isEqualTo(5);
        assertThat(found.author()).isEqualTo(Samples.AUTHOR);
    }

    @Test
    void anEditedBeforeOfAnUpdateIsFound() {
        tamper(file, "UPDATE change SET before = NULL WHERE revision_id = 4 AND seq = 0");

        assertThat(firstBreak()).extracting(Break::revision, Break::kind, Break::detail)
                .containsExactly(4L, Kind.ROW_ALTERED, 1L);
    }

    @Test
    void anEditedAuthorSummaryOrTimeIsFoundAtItsRevision() {
        tamper(file, "UPDATE revision SET author = '别人' WHERE id = 2");
        assertThat(firstBreak()).extracting(Break::revision, Break::kind, Break::author)
                .containsExactly(2L, Kind.HEADER_ALTERED, "别人");

        Path second = HistoryTampering.sampleWithSaves(dir.resolve("s.esg"), 3);
        tamper(second, "UPDATE revision SET summary = '无关紧要' WHERE id = 4");
        assertThat(HistoryChain.verify(second).firstBreak().orElseThrow())
                .extracting(Break::revision, Break::kind).containsExactly(4L, Kind.HEADER_ALTERED);

        Path third = HistoryTampering.sampleWithSaves(dir.resolve("t.esg"), 3);
        tamper(third, "UPDATE revision SET at = '2020-01-01T00:00:00Z' WHERE id = 3");
        assertThat(HistoryChain.verify(third).firstBreak().orElseThrow())
                .extracting(Break::revision, Break::kind).containsExactly(3L, Kind.HEADER_ALTERED);
    }

    @Test
    void aDeletedRevisionWithItsRowsAndSealIsFoundAsMissing() {
        tamper(file, "DELETE FROM change WHERE revision_id = 2", "DELETE FROM revision_hash WHERE revision_id = 2",
                "DELETE FROM revision WHERE id = 2");

        Break found = firstBreak();

        assertThat(found).extracting(Break::revision, Break::kind).containsExactly(2L, Kind.REVISION_MISSING);
        assertThat(found.describe()).isEqualTo("修订 2 缺失（已被删除）");
    }

    @Test
    void aDeletedRevisionRowAloneIsFoundAsMissing() {
        tamper(file, "DELETE FROM revision WHERE id = 3");

        assertThat(firstBreak()).extracting(Break::revision, Break::kind).containsExactly(3L, Kind.REVISION_MISSING);
    }

    @Test
    void aDeletedFirstRevisionIsFoundAsMissing() {
        tamper(file, "DELETE FROM revision WHERE id = 1", "DELETE FROM change WHERE revision_id = 1",
                "DELETE FROM revision_hash WHERE revision_id = 1");

        assertThat(firstBreak()).extracting(Break::revision, Break::kind).containsExactly(1L, Kind.REVISION_MISSING);
    }

    @Test
    void aDeletedChangeRowInTheMiddleIsFoundAsDeleted() {
        tamper(file, "DELETE FROM change WHERE revision_id = 1 AND seq = 3");

        assertThat(firstBreak()).extracting(Break::revision, Break::kind, Break::detail)
                .containsExactly(1L, Kind.ROW_MISSING, 4L);
    }

    @Test
    void aChangeRowInsertedInTheMiddleIsFoundAsInserted() {
        tamper(file, "INSERT INTO change(revision_id, seq, entity, entity_id, op, before, after) "
                + "VALUES (1, 2.5, 'rule', 'forged', 'insert', NULL, '{}')");

        assertThat(firstBreak()).extracting(Break::revision, Break::kind, Break::detail)
                .containsExactly(1L, Kind.ROW_ADDED, 4L);
    }

    @Test
    void aChangeRowAppendedToARevisionIsFound() {
        tamper(file, "INSERT INTO change(revision_id, seq, entity, entity_id, op, before, after) "
                + "VALUES (2, 1, 'rule', 'forged', 'insert', NULL, '{}')");

        assertThat(firstBreak()).extracting(Break::revision, Break::kind, Break::detail)
                .containsExactly(2L, Kind.ROW_ADDED, 2L);
    }

    @Test
    void anEditedHashIsFoundAtItsRevision() {
        tamper(file, "UPDATE revision_hash SET hash = (CASE substr(hash, 1, 1) WHEN '0' THEN '1' ELSE '0' END) || substr(hash, 2) WHERE revision_id = 2");

        assertThat(firstBreak()).extracting(Break::revision, Break::kind).containsExactly(2L, Kind.HASH_ALTERED);
    }

    @Test
    void aDeletedSealIsFound() {
        tamper(file, "DELETE FROM revision_hash WHERE revision_id = 4");

        assertThat(firstBreak()).extracting(Break::revision, Break::kind).containsExactly(4L, Kind.HASH_MISSING);
    }

    @Test
    void aRevisionRewrittenAndSealedAgainIsFoundByTheNextRevisionsLink() throws SQLException {
        tamper(file, "UPDATE revision SET author = '别人' WHERE id = 2", "DELETE FROM revision_hash WHERE revision_id = 2");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            RevisionSeal.append(connection, 2);
        }

        Break found = firstBreak();

        assertThat(found).extracting(Break::revision, Break::kind, Break::detail, Break::author)
                .containsExactly(2L, Kind.RESEALED, 3L, "别人");
    }

    @Test
    void verifyingWritesNothing() throws Exception {
        byte[] before = Files.readAllBytes(file);
        HistoryChain.verify(file);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(dir.resolve("q.esg-wal")).doesNotExist();
    }

    @Test
    void aMissingFileIsRefusedNamingIt() {
        assertThatThrownBy(() -> HistoryChain.verify(dir.resolve("nope.esg")))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("nope.esg");
    }
}
