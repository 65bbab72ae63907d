package org.esgstudio.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.esgstudio.data.DataSet;
import org.esgstudio.data.Project;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.json.NodeRow;
import org.esgstudio.json.NodeSplitter;
import org.esgstudio.json.ReportNodes;
import org.esgstudio.review.Approval;
import org.esgstudio.review.Comment;
import org.esgstudio.review.CommentEvent;
import org.esgstudio.review.CommentLog;
import org.esgstudio.review.FinalExport;
import org.esgstudio.review.ValueChange;
import org.sqlite.SQLiteConfig;

/**
 * A project file ({@code *.esg}): one SQLite database holding the report tree, the data store, the assets and an
 * append-only history. Every {@link #save} is one transaction and one revision.
 */
public final class ProjectFile implements AutoCloseable {
    /** "ESGS": marks an SQLite file as ours. */
    static final int APPLICATION_ID = 0x45534753;
    /** The longest name a version may have, in characters. */
    public static final int VERSION_NAME_LIMIT = 100;
    /** The word that stands for the current saved state where a version name is expected (compare FROM TO). */
    public static final String CURRENT_STATE = "current";

    private final Path path;
    private final Connection connection;
    private final OpenMode mode;
    private final Clock clock;
    /** The one-writer lock, held while the file is open for writing; null for a read-only open. */
    private ProjectLock lock;
    /** Why a file opened for editing is read-only (someone else holds it); null when it is not. */
    private UserFacingException readOnlyReason;
    private Backup backup;
    private UserFacingException backupProblem;

    private ProjectFile(Path path, Connection connection, OpenMode mode, Clock clock) {
        this.path = path;
        this.connection = connection;
        this.mode = mode;
        this.clock = clock;
    }

    public Path path() {
        return path;
    }

    public OpenMode mode() {
        return mode;
    }

    /**
     * Creates a new project file holding {@code project}. It is written in full under a temporary name beside the
     * target and then moved into place, so that the target either does not exist or is complete.
     */
    public static void create(Path target, Project project, String author, String summary) {
        Path file = target.toAbsolutePath().normalize();
        Path parent = file.getParent();
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new UserFacingException("target.exists", file);
        }
        if (parent == null || !Files.exists(parent)) {
            throw new UserFacingException("target.parentMissing", file, parent);
        }
        if (!Files.isDirectory(parent)) {
            throw new UserFacingException("target.parentNotFolder", file, parent);
        }
        Path temporary = parent.resolve("." + file.getFileName() + ".creating-" + ProcessHandle.current().pid()
                + "-" + System.nanoTime());
        try {
            try (ProjectFile created = openConnection(temporary, OpenMode.READ_WRITE, Clock.systemUTC(), true)) {
                created.writeMeta(author);
                created.save(project, author, summary);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (UserFacingException e) {
            // A failure while writing the temporary file is a failure to write the target: name the target.
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new UserFacingException(cause, "target.unwritable", file, cause.getMessage());
        } catch (IOException | SQLException e) {
            throw new UserFacingException(e, "target.unwritable", file, e.getMessage());
        } finally {
            deleteQuietly(temporary);
            deleteQuietly(temporary.resolveSibling(temporary.getFileName() + "-wal"));
            deleteQuietly(temporary.resolveSibling(temporary.getFileName() + "-shm"));
        }
    }

    /** Opens an existing project file, refusing foreign, damaged and newer files before anything is changed. */
    public static ProjectFile open(Path file, OpenMode mode) {
        return open(file, mode, Clock.systemUTC());
    }

    static ProjectFile open(Path file, OpenMode mode, Clock clock) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.exists(absolute)) {
            throw new UserFacingException("project.missing", absolute);
        }
        if (!Files.isRegularFile(absolute)) {
            throw new UserFacingException("project.notAFile", absolute);
        }
        SqliteHeader header = SqliteHeader.read(absolute);
        if (header.applicationId() != APPLICATION_ID) {
            throw new UserFacingException("project.foreignSqlite", absolute);
        }
        if (header.userVersion() > Migrations.LATEST) {
            throw new UserFacingException("project.newerSchema", absolute, header.userVersion(), Migrations.LATEST);
        }
        try {
            long size = Files.size(absolute);
            boolean hasWal = Files.exists(absolute.resolveSibling(absolute.getFileName() + "-wal"));
            if (header.expectedBytes() > size && !hasWal) {
                throw new UserFacingException("project.truncated", absolute, size, header.expectedBytes());
            }
        } catch (IOException e) {
            throw new UserFacingException(e, "file.unreadable", absolute, e.getMessage());
        }
        if (mode == OpenMode.READ_ONLY && header.userVersion() < Migrations.LATEST) {
            return upgradedCopy(absolute, clock);
        }
        // One writer: taken after the file was found to be ours, before SQLite writes anything.
        ProjectLock lock = mode == OpenMode.READ_WRITE ? ProjectLock.acquire(absolute) : null;
        try {
            ProjectFile project = openChecked(absolute, mode, clock, header);
            project.lock = lock;
            return project;
        } catch (RuntimeException e) {
            if (lock != null) {
                lock.close();
            }
            throw e;
        }
    }

    /**
     * Opens a file for editing in the app: for writing when no one else is, else read-only, saying who holds it
     * ({@link #readOnlyReason()}); a file whose lock cannot be written (a read-only folder) is opened read-only too.
     */
    public static ProjectFile openForEditing(Path file) {
        try {
            return open(file, OpenMode.READ_WRITE);
        } catch (UserFacingException e) {
            if (!(e instanceof ProjectLockedException) && !"lock.unwritable".equals(e.key())) {
                throw e;
            }
            ProjectFile readOnly = open(file, OpenMode.READ_ONLY);
            readOnly.readOnlyReason = e;
            return readOnly;
        }
    }

    private static ProjectFile openChecked(Path absolute, OpenMode mode, Clock clock, SqliteHeader header) {
        ProjectFile project;
        try {
            project = openConnection(absolute, mode, clock, false);
        } catch (SQLException e) {
            throw new UserFacingException(e, "project.damaged", absolute, e.getMessage());
        }
        try {
            int version = project.verify(header.userVersion());
            if (mode == OpenMode.READ_WRITE) {
                // A backup of the sound file as it is, before anything is written to it.
                project.backUp();
                // WAL first, then the upgrade, as a new file is made: a file switched to WAL after its migration
                // could not be checkpointed when it was closed ("database table is locked").
                project.useWriteAheadLog();
                if (version < Migrations.LATEST) {
                    Migrations.upgrade(project.connection, version);
                }
            }
            return project;
        } catch (RuntimeException e) {
            project.closeQuietly();
            throw e;
        } catch (SQLException e) {
            project.closeQuietly();
            throw new UserFacingException(e, "project.damaged", absolute, e.getMessage());
        }
    }

    private void backUp() {
        Backups backups = Backups.standard();
        try {
            backup = backups.backUp(connection, path).orElse(null);
        } catch (java.io.IOException | SQLException | RuntimeException e) {
            backupProblem = new UserFacingException(e, "backup.failed", path, backups.folderOf(path),
                    e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /** Why a file asked for editing ({@link #openForEditing}) was opened read-only: someone else holds it. */
    public Optional<UserFacingException> readOnlyReason() {
        return Optional.ofNullable(readOnlyReason);
    }

    /** The holder of a stale lock taken over on opening (a session that ended without closing the file). */
    public Optional<LockHolder> recoveredLock() {
        return lock == null ? Optional.empty() : lock.recovered();
    }

    /** The backup made when the file was opened for writing; empty when none was made (off, or it failed). */
    public Optional<Backup> backup() {
        return Optional.ofNullable(backup);
    }

    /** Why no backup could be made on opening for writing; the file opened all the same. */
    public Optional<UserFacingException> backupProblem() {
        return Optional.ofNullable(backupProblem);
    }

    /**
     * A file of an older schema opened read-only (export, validate, a first look before an import): it is copied into
     * memory and upgraded there, so every command reads every version the app can open, and the user's file is
     * neither changed nor upgraded behind their back (the app upgrades it when it opens it for writing).
     */
    private static ProjectFile upgradedCopy(Path file, Clock clock) {
        Connection memory = null;
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.enforceForeignKeys(true);
            memory = DriverManager.getConnection("jdbc:sqlite::memory:", config.toProperties());
            try (Statement statement = memory.createStatement()) {
                statement.executeUpdate("restore from \"" + file.toString().replace("\"", "") + "\"");
            }
            ProjectFile project = new ProjectFile(file, memory, OpenMode.READ_WRITE, clock);
            int version = project.verify(SqliteHeader.read(file).userVersion());
            Migrations.upgrade(memory, version);
            try (Statement statement = memory.createStatement()) {
                statement.execute("PRAGMA query_only = true");
            }
            return new ProjectFile(file, memory, OpenMode.READ_ONLY, clock);
        } catch (SQLException e) {
            closeQuietly(memory);
            throw new UserFacingException(e, "project.damaged", file, e.getMessage());
        } catch (RuntimeException e) {
            closeQuietly(memory);
            throw e;
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Already failing: the first problem is the one to report.
            }
        }
    }

    private static ProjectFile openConnection(Path file, OpenMode mode, Clock clock, boolean creating) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        // Read-only is enforced with query_only rather than a read-only handle: a read-only handle cannot remove the
        // -wal/-shm files it needs for a file left in WAL mode, and would leave them beside the user's file.
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
        ProjectFile project = new ProjectFile(file, connection, mode, clock);
        try (Statement statement = connection.createStatement()) {
            if (mode == OpenMode.READ_ONLY) {
                statement.execute("PRAGMA query_only = true");
            }
            if (creating) {
                project.useWriteAheadLog();
                statement.execute("PRAGMA application_id = " + APPLICATION_ID);
                Migrations.upgrade(connection, 0);
            }
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return project;
    }

    /** Writers use WAL with full syncs; set only after the file has been verified, so a refused file is untouched. */
    private void useWriteAheadLog() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            statement.execute("PRAGMA synchronous = FULL");
            // A read opens the WAL: a file opened for writing and closed with nothing read or written could otherwise
            // not be checkpointed on closing ("database table is locked").
            try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM sqlite_master")) {
                rs.next();
            }
        }
    }

    private int verify(int headerVersion) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("PRAGMA quick_check")) {
                String result = rs.next() ? rs.getString(1) : "no answer";
                result = result.strip().replaceAll("\\s*\\R\\s*", " "); // SQLite's report may span lines: one line
                if (!"ok".equals(result)) {
                    throw new UserFacingException("project.damaged", path, result);
                }
            }
            int version;
            try (ResultSet rs = statement.executeQuery("PRAGMA user_version")) {
                version = rs.next() ? rs.getInt(1) : headerVersion;
            }
            if (version > Migrations.LATEST) {
                throw new UserFacingException("project.newerSchema", path, version, Migrations.LATEST);
            }
            if (version < Migrations.LATEST && mode == OpenMode.READ_ONLY) {
                throw new UserFacingException("project.needsUpgrade", path, version, Migrations.LATEST);
            }
            return version;
        }
    }

    private void writeMeta(String author) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT OR REPLACE INTO project_meta(key, value) VALUES (?, ?)")) {
            insert.setString(1, "created_at");
            insert.setString(2, clock.instant().toString());
            insert.executeUpdate();
            insert.setString(1, "created_by");
            insert.setString(2, author);
            insert.executeUpdate();
            insert.setString(1, "created_with");
            String version = ProjectFile.class.getPackage().getImplementationVersion();
            insert.setString(2, "ESG Report Studio " + (version == null ? "dev" : version));
            insert.executeUpdate();
        }
    }

    /**
     * The report rows and the data as the file holds them, known since the last load or save; null when not known
     * (before the first, or after a save that failed), and then read from the file. A save compares the project with
     * it instead of reading the whole file again: this connection is the file's only writer (the lock), and every
     * write of these tables goes through {@link #save}.
     */
    private record SavedState(Map<String, NodeRow> nodes, DataSet data) {
    }

    private SavedState saved;
    /** Splits the report into rows re-serialising only the parts changed since the last save. */
    private final NodeSplitter splitter = new NodeSplitter();

    /** Reads the whole project: report, data store and assets. */
    public synchronized Project load() {
        try {
            Map<String, NodeRow> nodes = NodeTable.readAll(connection);
            DataSet data = DataTables.read(connection);
            Project project = new Project(ReportNodes.join(new ArrayList<>(nodes.values())), data,
                    AssetTable.read(connection));
            if (mode == OpenMode.READ_WRITE) {
                saved = new SavedState(nodes, data);
                // The first save after opening then serialises only what the first edits changed, like the later ones.
                splitter.split(project.report());
            }
            return project;
        } catch (SQLException | IllegalStateException e) {
            throw new UserFacingException(e, "project.damaged", path, e.getMessage());
        }
    }

    /**
     * Brings the file to {@code next} in one transaction, recording one revision with every node, indicator, value,
     * rule and asset that changed. Returns false (and records nothing) when nothing changed.
     */
    public synchronized boolean save(Project next, String author, String summary) {
        if (mode == OpenMode.READ_ONLY) {
            throw new IllegalStateException(path + " is open read-only");
        }
        try {
            connection.setAutoCommit(false);
            try {
                ChangeLog log = new ChangeLog();
                SavedState before = saved != null ? saved
                        : new SavedState(NodeTable.readAll(connection), DataTables.read(connection));
                saved = null;
                Map<String, NodeRow> nodes = NodeTable.sync(connection, before.nodes(), splitter.split(next.report()), log);
                DataTables.sync(connection, before.data(), next.data(), log);
                AssetTable.sync(connection, next.assets(), log);
                if (log.isEmpty()) {
                    connection.rollback();
                    saved = before;
                    return false;
                }
                long revision = log.append(connection, author, clock.instant(), summary);
                RevisionSeal.append(connection, revision);
                connection.commit();
                saved = new SavedState(nodes, next.data());
                return true;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new UserFacingException(e, "project.writeFailed", path, e.getMessage());
        }
    }

    /** Runs a read of the store's own tables (the history check) on this file's connection. */
    synchronized <T> T read(SqlRead<T> read) {
        try {
            return read.apply(connection);
        } catch (SQLException e) {
            throw new UserFacingException(e, "project.damaged", path, e.getMessage());
        }
    }

    /** Records an approval in its own transaction (no revision: the report does not change); returns it with its id. */
    public synchronized Approval approve(Approval approval) {
        return inTransaction(() -> approval.withId(ApprovalTable.insert(connection, approval)));
    }

    /** Every approval ever given, oldest first, revoked ones included (revocation is found by the review layer). */
    public synchronized List<Approval> approvals() {
        return read(ApprovalTable::readAll);
    }

    /**
     * Records a comment (a thread's first comment or an answer) in its own transaction, like an approval: no revision,
     * since the report does not change. Returns it with its id (for a first comment, the thread's id).
     */
    public synchronized Comment comment(Comment comment) {
        return inTransaction(() -> comment.withId(CommentTable.insert(connection, comment)));
    }

    /** Records a thread resolved or reopened in its own transaction; returns it with its id. */
    public synchronized CommentEvent commentEvent(CommentEvent event) {
        return inTransaction(() -> event.withId(CommentTable.insert(connection, event)));
    }

    /** Every comment and status event ever written, oldest first; {@link CommentLog#threads} folds them. */
    public synchronized CommentLog comments() {
        return read(CommentTable::read);
    }

    /** A read against the connection. */
    interface SqlRead<T> {
        T apply(Connection connection) throws SQLException;
    }

    /** Records a final export made over the gate (who, when, why, what was open) in its own transaction. */
    public synchronized FinalExport recordFinalExport(FinalExport export) {
        return inTransaction(() -> export.withId(ApprovalTable.insert(connection, export)));
    }

    /** The final exports made over the gate, oldest first. */
    public synchronized List<FinalExport> finalExports() {
        return read(ApprovalTable::finalExports);
    }

    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    private <T> T inTransaction(SqlWork<T> work) {
        if (mode == OpenMode.READ_ONLY) {
            throw new IllegalStateException(path + " is open read-only");
        }
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new UserFacingException(e, "project.writeFailed", path, e.getMessage());
        }
    }

    /**
     * Names the saved state of the report (送审版 v1, 定稿版): records who, when, the last revision and the head hash of
     * the history chain, and a snapshot of the whole project as the file holds it, in one transaction. Unsaved edits
     * of an editor are not in it: save first. Refuses a blank, over-long or reserved name and a name already used.
     */
    public synchronized NamedVersion nameVersion(String name, String author) {
        String wanted = checkedVersionName(name);
        String who = author == null || author.isBlank() ? Authors.current() : author.strip();
        return inTransaction(() -> {
            java.util.Optional<NamedVersion> taken = VersionTable.find(connection, wanted);
            if (taken.isPresent()) {
                NamedVersion existing = taken.get();
                throw new UserFacingException("version.duplicate", path, wanted, existing.author(),
                        existing.at().toString());
            }
            VersionTable.Head head = VersionTable.head(connection)
                    .orElseThrow(() -> new UserFacingException("version.noHistory", path));
            return VersionTable.insert(connection, wanted, who, clock.instant(), head, load());
        });
    }

    private String checkedVersionName(String name) {
        String wanted = name == null ? "" : name.strip();
        if (wanted.isEmpty()) {
            throw new UserFacingException("version.blankName", path);
        }
        if (wanted.codePoints().anyMatch(Character::isISOControl)) {
            throw new UserFacingException("version.controlCharacter", path, wanted.replaceAll("\\p{Cntrl}", " "));
        }
        if (wanted.codePointCount(0, wanted.length()) > VERSION_NAME_LIMIT) {
            throw new UserFacingException("version.nameTooLong", path, VERSION_NAME_LIMIT);
        }
        if (wanted.equalsIgnoreCase(CURRENT_STATE)) {
            throw new UserFacingException("version.reservedName", path, wanted);
        }
        return wanted;
    }

    /** The named versions, oldest first. */
    public synchronized List<NamedVersion> versions() {
        return read(VersionTable::readAll);
    }

    /** The version of that name, if there is one. */
    public synchronized java.util.Optional<NamedVersion> version(String name) {
        String wanted = name == null ? "" : name.strip();
        return read(connection -> VersionTable.find(connection, wanted));
    }

    /**
     * The project exactly as it was when the version {@code name} was named, whatever was edited since. Refuses an
     * unknown name (listing the known ones) and a snapshot that no longer matches its recorded SHA-256.
     */
    public synchronized Project loadVersion(String name) {
        String wanted = name == null ? "" : name.strip();
        java.util.Optional<Project> snapshot;
        try {
            snapshot = read(connection -> VersionTable.snapshot(connection, wanted));
        } catch (IllegalStateException e) {
            throw new UserFacingException(e, "version.damaged", path, wanted, e.getMessage());
        }
        return snapshot.orElseThrow(() -> {
            List<String> known = versions().stream().map(NamedVersion::name).toList();
            return known.isEmpty() ? new UserFacingException("version.noVersions", path, wanted)
                    : new UserFacingException("version.unknown", path, wanted, String.join("、", known));
        });
    }

    /** The revisions, oldest first. */
    public synchronized List<Revision> history() {
        List<Revision> revisions = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT r.id, r.at, r.author, r.summary, "
                     + "(SELECT count(*) FROM change c WHERE c.revision_id = r.id) FROM revision r ORDER BY r.id")) {
            while (rs.next()) {
                revisions.add(new Revision(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getInt(5)));
            }
        } catch (SQLException e) {
            throw new UserFacingException(e, "project.damaged", path, e.getMessage());
        }
        return revisions;
    }

    /** The changes of one revision, in the order they were made. */
    public synchronized List<Change> changes(long revision) {
        List<Change> changes = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT entity, entity_id, op, before, after "
                + "FROM change WHERE revision_id = ? ORDER BY seq")) {
            query.setLong(1, revision);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    changes.add(new Change(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)));
                }
            }
        } catch (SQLException e) {
            throw new UserFacingException(e, "project.damaged", path, e.getMessage());
        }
        return changes;
    }

    /**
     * The recorded changes of the value {@code code@year}, oldest first: every import, typed edit and removal, each
     * with its revision (when, who, summary) and the value before and after. Empty for a value never recorded.
     */
    public synchronized List<ValueChange> valueHistory(String code, int year) {
        return read(connection -> ValueHistory.of(connection, code, year));
    }

    /** The recorded changes of every value, keyed {@code CODE@YEAR}, in one pass over the history. */
    public synchronized Map<String, List<ValueChange>> valueHistories() {
        return read(ValueHistory::all);
    }

    /**
     * Closes the file, folding the write-ahead log back in so that the single .esg file is complete. The file is left
     * in rollback-journal mode, so that a later read-only open (info, export) creates no -wal/-shm files beside it;
     * the next writer switches it to WAL again.
     */
    @Override
    public synchronized void close() {
        try {
            if (mode == OpenMode.READ_WRITE) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                    try {
                        statement.execute("PRAGMA journal_mode = DELETE");
                    } catch (SQLException stillInUse) {
                        // Another connection has the file open: it stays in WAL mode, which is equally safe.
                    }
                }
            }
            connection.close();
        } catch (SQLException e) {
            throw new UserFacingException(e, "project.writeFailed", path, e.getMessage());
        } finally {
            releaseLock();
        }
    }

    /** Lets the next writer in, once the connection is closed (or could not be). */
    private void releaseLock() {
        if (lock != null) {
            lock.close();
        }
    }

    private void closeQuietly() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Already failing: the first problem is the one to report.
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A leftover temporary file beside the target is harmless and named as such.
        }
    }
}
