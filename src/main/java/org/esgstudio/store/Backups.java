package org.esgstudio.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.esgstudio.i18n.UserFacingException;
import org.sqlite.SQLiteConfig;

/**
 * Rolling backups of project files, in the user data folder under {@code backups/<file name>-<path hash>/}, one
 * {@code <UTC time>.esg} per open for writing, the last {@link #keep} kept. The path hash keeps apart two projects of
 * the same name in different folders (every year's folder may hold a {@code ESG报告.esg}): they must not prune, or be
 * restored from, each other's backups.
 *
 * <p>A backup is made when a file is opened for writing, after it was found sound and before anything is written:
 * {@code VACUUM INTO} through the opening connection, a consistent copy whatever a crashed session left in the WAL.
 * It is written under a temporary name and moved into place, so a backup is complete or absent. A failing backup
 * never blocks the open ({@link ProjectFile#backupProblem()} says why). {@link #restore} puts a sound backup back
 * atomically, keeping the file it replaces as a backup itself.
 */
public final class Backups {
    public static final int DEFAULT_KEEP = 5;
    /** The most backups one may ask for (each is a whole copy of the project). */
    public static final int MAX_KEEP = 100;
    public static final String PROPERTY = "esgstudio.backups";
    public static final String ENVIRONMENT = "ESGSTUDIO_BACKUPS";
    static final String SUFFIX = ".esg";
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final Pattern BACKUP = Pattern.compile("(\\d{8}T\\d{6}\\.\\d{3}Z)(?:-(\\d+))?\\.esg");
    /** The problems of a file that a backup can mend (it is damaged, not foreign or of a newer version). */
    private static final Set<String> DAMAGE = Set.of("project.damaged", "project.truncated", "project.notSqlite",
            "project.empty");

    private final Path root;
    private final int keep;
    private final Clock clock;

    public Backups(Path root, int keep, Clock clock) {
        this.root = root;
        this.keep = Math.max(0, Math.min(keep, MAX_KEEP));
        this.clock = clock;
    }

    /** In the user data folder, keeping {@link #configuredKeep()}. */
    public static Backups standard() {
        return new Backups(UserDataFolder.path().resolve("backups"), configuredKeep(), Clock.systemUTC());
    }

    /**
     * How many backups to keep: the {@code esgstudio.backups} property (the app sets it from its settings), else
     * {@code ESGSTUDIO_BACKUPS}, else {@value #DEFAULT_KEEP}; 0 makes none. An unreadable value means the default.
     */
    public static int configuredKeep() {
        String configured = System.getProperty(PROPERTY, System.getenv(ENVIRONMENT));
        if (configured == null || configured.isBlank()) {
            return DEFAULT_KEEP;
        }
        try {
            int value = Integer.parseInt(configured.strip());
            return value < 0 ? DEFAULT_KEEP : Math.min(value, MAX_KEEP);
        } catch (NumberFormatException e) {
            return DEFAULT_KEEP;
        }
    }

    public int keep() {
        return keep;
    }

    /** The folder holding every project's backup folder. */
    public Path root() {
        return root;
    }

    /** The folder of a project file's backups (it may not exist yet). */
    public Path folderOf(Path projectFile) {
        Path real = ProjectLock.realPath(projectFile);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(real.toString().getBytes(StandardCharsets.UTF_8));
            return root.resolve(real.getFileName() + "-" + HexFormat.of().formatHex(hash, 0, 4));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The backups of a project file, newest first. */
    public List<Backup> list(Path projectFile) {
        return listFolder(folderOf(projectFile));
    }

    private static List<Backup> listFolder(Path folder) {
        List<Backup> backups = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return backups;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            for (Path file : files) {
                Matcher name = BACKUP.matcher(file.getFileName().toString());
                if (name.matches() && Files.isRegularFile(file)) {
                    try {
                        Instant at = Instant.from(NAME.parse(name.group(1)));
                        int sequence = name.group(2) == null ? 0 : Integer.parseInt(name.group(2));
                        backups.add(new Backup(file, at, sequence, Files.size(file)));
                    } catch (DateTimeParseException | NumberFormatException | IOException notOurs) {
                        // not a backup of ours, or gone meanwhile: leave it alone
                    }
                }
            }
        } catch (IOException e) {
            return backups;
        }
        backups.sort(Comparator.comparing(Backup::at).thenComparingInt(Backup::sequence).reversed());
        return backups;
    }

    /** The newest backup that is sound (damaged ones are passed over), if there is one. */
    public Optional<Backup> newestGood(Path projectFile) {
        return list(projectFile).stream().filter(backup -> problem(backup.file()).isEmpty()).findFirst();
    }

    /**
     * When {@code problem} says a project file is damaged (not sound SQLite, truncated, failing its integrity check),
     * the newest sound backup of it, if there is one. Empty for every other problem.
     */
    public Optional<Backup> offerFor(UserFacingException problem) {
        Object[] args = problem.args();
        if (!DAMAGE.contains(problem.key()) || args.length == 0 || !(args[0] instanceof Path file)) {
            return Optional.empty();
        }
        return newestGood(file);
    }

    /**
     * What is wrong with a backup (or any candidate file), or empty when it is a sound project file this version can
     * open: ours, not newer, passing SQLite's full integrity check.
     */
    public static Optional<String> problem(Path file) {
        try {
            SqliteHeader header = SqliteHeader.read(file);
            if (header.applicationId() != ProjectFile.APPLICATION_ID) {
                throw new UserFacingException("project.foreignSqlite", file);
            }
            if (header.userVersion() > Migrations.LATEST) {
                throw new UserFacingException("project.newerSchema", file, header.userVersion(), Migrations.LATEST);
            }
            long size = Files.size(file);
            if (header.expectedBytes() > size) {
                throw new UserFacingException("project.truncated", file, size, header.expectedBytes());
            }
        } catch (UserFacingException e) {
            return Optional.of(e.getMessage());
        } catch (IOException e) {
            return Optional.of(e.getMessage());
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("PRAGMA integrity_check")) {
            String result = rs.next() ? rs.getString(1) : "no answer";
            result = result.strip().replaceAll("\\s*\\R\\s*", " "); // SQLite's report may span lines: one line
            return "ok".equals(result) ? Optional.empty() : Optional.of(result);
        } catch (SQLException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * Makes a backup of the project file open on {@code connection} (sound, not yet written to), then prunes to the
     * last {@link #keep}. Returns it; empty when backups are switched off.
     */
    Optional<Backup> backUp(Connection connection, Path projectFile) throws IOException, SQLException {
        if (keep == 0) {
            return Optional.empty();
        }
        Path folder = folderOf(projectFile);
        Files.createDirectories(folder);
        Instant now = clock.instant();
        Path target = freshName(folder, now);
        Path temporary = folder.resolve("." + target.getFileName() + ".partial");
        try {
            Files.deleteIfExists(temporary);
            try (PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
                vacuum.setString(1, temporary.toString());
                vacuum.execute();
            }
            rollbackJournal(temporary);
            sync(temporary);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        prune(folder);
        return Optional.of(new Backup(target, now, 0, Files.size(target)));
    }

    /** A copy left in WAL mode would make -wal/-shm files when looked at; a backup is one plain file. */
    private static void rollbackJournal(Path file) throws SQLException {
        try (Connection copy = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = copy.createStatement()) {
            statement.execute("PRAGMA journal_mode = DELETE");
        }
    }

    private static void sync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** A name not yet taken: the time now, with a sequence number when a backup of the same millisecond exists. */
    private static Path freshName(Path folder, Instant now) {
        String stamp = NAME.format(now);
        Path candidate = folder.resolve(stamp + SUFFIX);
        for (int sequence = 2; Files.exists(candidate); sequence++) {
            candidate = folder.resolve(stamp + "-" + sequence + SUFFIX);
        }
        return candidate;
    }

    /** Removes all but the newest {@link #keep} backups (and a -wal kept beside one). */
    private void prune(Path folder) throws IOException {
        List<Backup> backups = listFolder(folder);
        for (Backup old : backups.subList(Math.min(keep, backups.size()), backups.size())) {
            Files.deleteIfExists(old.file());
            Files.deleteIfExists(old.file().resolveSibling(old.file().getFileName() + "-wal"));
        }
    }

    /** What {@link #restore} did: the file restored, the backup it came from, and the copy kept of what it replaced. */
    public record Restored(Path file, Backup from, Optional<Backup> kept) {
    }

    /**
     * Puts a backup back in place of {@code projectFile}: {@code from} (a backup's name as listed, or the path of any
     * project file), or else the newest sound backup. The source is checked first and nothing is written if it is not
     * sound; the project file must not be open for writing elsewhere (its lock is taken for the time of the restore).
     * The copy is written beside the target, checked again, and moved onto it in one step; the file it replaces (with
     * a -wal a crashed session left) is first kept as a backup itself.
     */
    public Restored restore(Path projectFile, String from) {
        Path target = ProjectLock.realPath(projectFile);
        Backup source = from == null || from.isBlank() ? newestGood(target).orElseThrow(() -> noGoodBackup(target))
                : named(target, from.strip());
        problem(source.file()).ifPresent(problem -> {
            throw new UserFacingException("restore.badSource", target, source.file(), problem);
        });
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new UserFacingException("target.parentMissing", target, parent);
        }
        try (ProjectLock lock = ProjectLock.acquire(target)) {
            Path temporary = parent.resolve("." + target.getFileName() + ".restoring-" + ProcessHandle.current().pid()
                    + "-" + System.nanoTime());
            try {
                Files.copy(source.file(), temporary);
                sync(temporary);
                Optional<String> copied = problem(temporary);
                if (copied.isPresent()) {
                    throw new UserFacingException("restore.badSource", target, source.file(), copied.get());
                }
                Optional<Backup> kept = Files.exists(target) ? Optional.of(keepCopy(target)) : Optional.empty();
                // A -wal beside the old file would be applied to the restored one: it goes (it was kept above).
                for (String suffix : new String[] {"-wal", "-shm", "-journal"}) {
                    Files.deleteIfExists(target.resolveSibling(target.getFileName() + suffix));
                }
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                prune(folderOf(target));
                return new Restored(target, source, kept);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UserFacingException(e, "target.unwritable", target, e.getMessage());
        }
    }

    private UserFacingException noGoodBackup(Path target) {
        List<Backup> all = list(target);
        return all.isEmpty() ? new UserFacingException("restore.noBackups", target, folderOf(target))
                : new UserFacingException("restore.noGoodBackup", target, all.size(), folderOf(target));
    }

    /** A backup by the name the list shows (with or without .esg), or any project file by its path. */
    private Backup named(Path target, String from) {
        for (Backup backup : list(target)) {
            if (backup.name().equals(from) || backup.file().getFileName().toString().equals(from)) {
                return backup;
            }
        }
        Path path = Path.of(from);
        if (Files.isRegularFile(path)) {
            Path real = ProjectLock.realPath(path);
            if (real.equals(target)) {
                throw new UserFacingException("restore.sameFile", target);
            }
            try {
                return new Backup(real, Files.getLastModifiedTime(real).toInstant(), 0, Files.size(real));
            } catch (IOException e) {
                throw new UserFacingException(e, "file.unreadable", real, e.getMessage());
            }
        }
        List<String> names = list(target).stream().map(Backup::name).toList();
        throw new UserFacingException("restore.unknownSource", target, from,
                names.isEmpty() ? "—" : String.join("、", names));
    }

    /** A raw copy of the project file as it is (damaged or not), with the -wal a crashed session left beside it. */
    private Backup keepCopy(Path target) throws IOException {
        Path folder = folderOf(target);
        Files.createDirectories(folder);
        Instant now = clock.instant();
        Path copy = freshName(folder, now);
        Path temporary = folder.resolve("." + copy.getFileName() + ".partial");
        try {
            Path wal = target.resolveSibling(target.getFileName() + "-wal");
            if (Files.exists(wal)) {
                Files.copy(wal, copy.resolveSibling(copy.getFileName() + "-wal"), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.copy(target, temporary, StandardCopyOption.REPLACE_EXISTING);
            sync(temporary);
            Files.move(temporary, copy, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return new Backup(copy, now, 0, Files.size(copy));
    }
}
