package org.esgstudio.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.esgstudio.i18n.Messages;

/**
 * Checks the hash chain of a project's history: every revision, its change rows and its seal, oldest first, and says
 * where the chain first breaks. A file of an older schema is checked after its in-memory upgrade (the seals of its
 * earlier revisions are made then, so tampering before the upgrade cannot be seen).
 */
public final class HistoryChain {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private HistoryChain() {
    }

    /** What is wrong at a break. */
    public enum Kind {
        REVISION_MISSING("revisionMissing"),
        HASH_MISSING("hashMissing"),
        HEADER_ALTERED("headerAltered"),
        ROW_ALTERED("rowAltered"),
        ROW_MISSING("rowMissing"),
        ROW_ADDED("rowAdded"),
        HASH_ALTERED("hashAltered"),
        RESEALED("resealed");

        private final String key;

        Kind(String key) {
            this.key = key;
        }
    }

    /**
     * The first break: the revision it is in, its time and author when that revision is still there, and the change
     * row (from 1, in seq order) for a row break, or the revision whose recorded previous hash disagrees for
     * {@link Kind#RESEALED}; 0 otherwise.
     */
    public record Break(long revision, Instant at, String author, Kind kind, long detail) {
        /** One line in the user's language, e.g. "修订 17（2025-03-01 16:00:00，张敏）：第 3 条变更被改动". */
        public String describe() {
            if (kind == Kind.REVISION_MISSING) {
                return Messages.get("history.break.revisionMissing", revision);
            }
            String when = at == null ? "?" : WHEN.format(at);
            return Messages.get("history.break.at", revision, when, author == null ? "?" : author,
                    Messages.get("history.break." + kind.key, revision, detail));
        }
    }

    /** How many revisions were checked before the first break (all of them when intact), and the last good hash. */
    public record Result(int revisionsChecked, String headHash, Optional<Break> firstBreak) {
        public boolean intact() {
            return firstBreak.isEmpty();
        }
    }

    /** Opens {@code file} read-only and checks its history. */
    public static Result verify(Path file) {
        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            return verify(project);
        }
    }

    public static Result verify(ProjectFile project) {
        return project.read(HistoryChain::verify);
    }

    private record Header(String at, String author) {
    }

    private static Result verify(Connection connection) throws SQLException {
        Map<Long, Header> revisions = new HashMap<>();
        Map<Long, RevisionSeal> seals = new HashMap<>();
        TreeSet<Long> ids = new TreeSet<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT id, at, author FROM revision")) {
                while (rs.next()) {
                    revisions.put(rs.getLong(1), new Header(rs.getString(2), rs.getString(3)));
                    ids.add(rs.getLong(1));
                }
            }
            try (ResultSet rs = statement.executeQuery(
                    "SELECT revision_id, prev_hash, header_digest, row_digests, hash FROM revision_hash")) {
                while (rs.next()) {
                    String rows = rs.getString(4);
                    seals.put(rs.getLong(1), new RevisionSeal(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rows == null || rows.isEmpty() ? List.of() : List.of(rows.split(",", -1)), rs.getString(5)));
                    ids.add(rs.getLong(1));
                }
            }
            // Change rows left behind by a deleted revision still name it.
            try (ResultSet rs = statement.executeQuery("SELECT DISTINCT revision_id FROM change")) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        int checked = 0;
        long previous = 0;
        String previousHash = RevisionSeal.GENESIS;
        for (long id : ids) {
            if (id != previous + 1) {
                return broken(checked, previousHash, new Break(previous + 1, null, null, Kind.REVISION_MISSING, 0));
            }
            Header header = revisions.get(id);
            if (header == null) {
                return broken(checked, previousHash, new Break(id, null, null, Kind.REVISION_MISSING, 0));
            }
            RevisionSeal seal = seals.get(id);
            Optional<Break> problem = check(connection, id, header, seal);
            if (problem.isPresent()) {
                return broken(checked, previousHash, problem.get());
            }
            if (!seal.prevHash().equals(previousHash)) {
                // This revision's own seal is sound, so the one before was rewritten and sealed again.
                Break resealed = previous == 0
                        ? new Break(id, instant(header.at()), header.author(), Kind.HASH_ALTERED, 0)
                        : new Break(previous, instant(revisions.get(previous).at()), revisions.get(previous).author(),
                                Kind.RESEALED, id);
                return broken(checked - (previous == 0 ? 0 : 1), previousHash, resealed);
            }
            checked++;
            previous = id;
            previousHash = seal.hash();
        }
        return new Result(checked, previousHash, Optional.empty());
    }

    private static Optional<Break> check(Connection connection, long id, Header header, RevisionSeal seal)
            throws SQLException {
        Instant at = instant(header.at());
        if (seal == null) {
            return Optional.of(new Break(id, at, header.author(), Kind.HASH_MISSING, 0));
        }
        RevisionSeal actual = RevisionSeal.compute(connection, id, seal.prevHash());
        if (!actual.headerDigest().equals(seal.headerDigest())) {
            return Optional.of(new Break(id, at, header.author(), Kind.HEADER_ALTERED, 0));
        }
        List<String> now = actual.rowDigests();
        List<String> sealed = seal.rowDigests();
        for (int i = 0; i < Math.max(now.size(), sealed.size()); i++) {
            if (i < now.size() && i < sealed.size() && now.get(i).equals(sealed.get(i))) {
                continue;
            }
            return Optional.of(new Break(id, at, header.author(), rowKind(now, sealed, i), i + 1));
        }
        if (!actual.hash().equals(seal.hash())) {
            return Optional.of(new Break(id, at, header.author(), Kind.HASH_ALTERED, 0));
        }
        return Optional.empty();
    }

    /** At the first differing row: gone (the rest shifted up), added (the rest shifted down) or changed. */
    private static Kind rowKind(List<String> now, List<String> sealed, int i) {
        if (i >= now.size() || now.size() < sealed.size() && now.get(i).equals(sealed.get(i + 1))) {
            return Kind.ROW_MISSING;
        }
        if (i >= sealed.size() || now.size() > sealed.size() && now.get(i + 1).equals(sealed.get(i))) {
            return Kind.ROW_ADDED;
        }
        return Kind.ROW_ALTERED;
    }

    private static Result broken(int checked, String headHash, Break first) {
        return new Result(Math.max(checked, 0), headHash, Optional.of(first));
    }

    private static Instant instant(String at) {
        try {
            return at == null ? null : Instant.parse(at);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
