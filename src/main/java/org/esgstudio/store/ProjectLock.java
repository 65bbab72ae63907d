package org.esgstudio.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One writer per project file. Whoever opens {@code name.esg} for writing holds {@code name.esg.lock} beside it: a
 * small text file naming the holder ({@link LockHolder}: user, computer, process, since when), created atomically,
 * with an operating-system lock on it held as long as the file is open. The OS lock is the proof of life: the system
 * drops it when the process ends, however it ends. So a lock file whose OS lock can be taken is stale, and is taken
 * over automatically when its holder was a process of this computer that no longer runs; a holder on another computer
 * cannot be checked and is respected ({@link #breakStale} removes it on the user's word). A second open within this
 * process is refused as well (the OS lock cannot tell processes' own channels apart, so this process keeps a list).
 *
 * <p>The OS lock covers one byte far past the end of the file, so that on Windows (where locks are mandatory) the
 * holder's details can still be read. Releasing deletes the lock file while still holding the OS lock; whoever had
 * opened the old file meanwhile and then gets its OS lock notices that the path no longer names the file it locked
 * (the token it wrote is not there) and starts again.
 */
public final class ProjectLock implements AutoCloseable {
    private static final long REGION = 1L << 62;
    private static final int ATTEMPTS = 20;
    private static final Map<Path, LockHolder> HELD_HERE = new ConcurrentHashMap<>();

    private final Path file;
    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock osLock;
    private final LockHolder holder;
    private final LockHolder recovered;
    private boolean released;

    private ProjectLock(Path file, Path lockFile, FileChannel channel, FileLock osLock, LockHolder holder,
                        LockHolder recovered) {
        this.file = file;
        this.lockFile = lockFile;
        this.channel = channel;
        this.osLock = osLock;
        this.holder = holder;
        this.recovered = recovered;
    }

    /** The lock file of a project file: {@code name.esg.lock} beside it (beside the real file, for a link). */
    public static Path lockFileOf(Path projectFile) {
        Path real = realPath(projectFile);
        return real.resolveSibling(real.getFileName() + ".lock");
    }

    /**
     * Takes the lock of {@code projectFile} for this process, taking over a stale one; throws
     * {@link ProjectLockedException} naming the holder when someone else holds it (or this process already does),
     * and a {@link org.esgstudio.i18n.UserFacingException} when the lock file cannot be written.
     */
    public static ProjectLock acquire(Path projectFile) {
        Path real = realPath(projectFile);
        Path lockFile = real.resolveSibling(real.getFileName() + ".lock");
        LockHolder here = HELD_HERE.get(real);
        if (here != null) {
            throw new ProjectLockedException(real, here, true);
        }
        IOException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                Optional<ProjectLock> taken = tryAcquire(real, lockFile);
                if (taken.isPresent()) {
                    return taken.get();
                }
            } catch (NoSuchFileException | AccessDeniedException vanishing) {
                // Deleted by its holder between our look and our open (Windows: "delete pending"): look again.
                last = vanishing;
            } catch (IOException e) {
                throw new org.esgstudio.i18n.UserFacingException(e, "lock.unwritable", real, lockFile, e.getMessage());
            }
            pause(attempt);
        }
        throw new org.esgstudio.i18n.UserFacingException(last, "lock.unwritable", real, lockFile,
                last == null ? "?" : last.getMessage());
    }

    private static Optional<ProjectLock> tryAcquire(Path real, Path lockFile) throws IOException {
        FileChannel channel;
        boolean created;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            created = true;
        } catch (FileAlreadyExistsException exists) {
            channel = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE);
            created = false;
        }
        boolean keep = false;
        try {
            FileLock osLock = null;
            try {
                osLock = channel.tryLock(REGION, 1, false);
                if (osLock == null) {
                    throw new ProjectLockedException(real, holderOrUnknown(lockFile), false); // a live process has it
                }
            } catch (OverlappingFileLockException ownedHere) {
                throw new ProjectLockedException(real, holderOrUnknown(lockFile), true);
            } catch (IOException unsupported) {
                // A file system without locks: the lock file alone decides.
            }
            LockHolder recovered = null;
            if (!created) {
                Optional<LockHolder> previous = LockHolder.parse(read(channel));
                if (previous.isPresent() && !stale(previous.get())) {
                    throw new ProjectLockedException(real, previous.get(), false);
                }
                recovered = previous.orElse(null);
            }
            LockHolder holder = LockHolder.current(Instant.now());
            write(channel, holder.toText());
            if (!readsBack(lockFile, holder)) {
                return Optional.empty(); // we locked a file its holder had just deleted: start again
            }
            if (HELD_HERE.putIfAbsent(real, holder) != null) {
                throw new ProjectLockedException(real, HELD_HERE.get(real), true);
            }
            keep = true;
            return Optional.of(new ProjectLock(real, lockFile, channel, osLock, holder, recovered));
        } finally {
            if (!keep) {
                channel.close(); // drops the OS lock with it
            }
        }
    }

    /**
     * Whether a lock whose OS lock was free (or cannot be had on this file system) is stale: its holder was a process
     * of this computer that has ended (or this very process, which knows it does not hold it). A holder on another
     * computer cannot be checked and is respected; {@link #breakStale} removes it on the user's word.
     */
    private static boolean stale(LockHolder previous) {
        return previous.onThisHost() && (previous.isThisProcess() || !previous.alive());
    }

    private static LockHolder holderOrUnknown(Path lockFile) {
        for (int attempt = 0; attempt < 10; attempt++) {
            try {
                Optional<LockHolder> holder = LockHolder.parse(Files.readString(lockFile, StandardCharsets.UTF_8));
                if (holder.isPresent()) {
                    return holder.get();
                }
            } catch (IOException | RuntimeException unreadable) {
                // being written or removed: look again shortly
            }
            pause(attempt);
        }
        return null;
    }

    private static String read(FileChannel channel) throws IOException {
        long size = Math.min(channel.size(), 64 * 1024);
        ByteBuffer buffer = ByteBuffer.allocate((int) size);
        channel.position(0);
        while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
            // read on
        }
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
    }

    private static void write(FileChannel channel, String text) throws IOException {
        channel.truncate(0);
        channel.position(0);
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        channel.force(true);
    }

    private static boolean readsBack(Path lockFile, LockHolder holder) {
        try {
            return LockHolder.parse(Files.readString(lockFile, StandardCharsets.UTF_8))
                    .map(found -> found.token().equals(holder.token())).orElse(false);
        } catch (IOException | RuntimeException gone) {
            return false;
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(Math.min(10L * (attempt + 1), 100));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Path realPath(Path projectFile) {
        Path absolute = projectFile.toAbsolutePath().normalize();
        try {
            return absolute.toRealPath();
        } catch (IOException missing) {
            Path parent = absolute.getParent();
            try {
                return parent == null ? absolute : parent.toRealPath().resolve(absolute.getFileName());
            } catch (IOException alsoMissing) {
                return absolute;
            }
        }
    }

    /** What {@link #breakStale} removed: whether there was a lock file, and whom it named (null if unreadable). */
    public record Broken(boolean existed, LockHolder holder) {
    }

    /**
     * Removes the lock of {@code projectFile} on the user's word that its holder is gone: allowed unless its OS lock
     * is held (the holder is running, wherever it runs) or it names a live process of this computer; throws
     * {@link ProjectLockedException} when it is in use.
     */
    public static Broken breakStale(Path projectFile) {
        Path real = realPath(projectFile);
        Path lockFile = real.resolveSibling(real.getFileName() + ".lock");
        LockHolder here = HELD_HERE.get(real);
        if (here != null) {
            throw new ProjectLockedException(real, here, true);
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            Optional<LockHolder> named = LockHolder.parse(read(channel));
            try {
                if (channel.tryLock(REGION, 1, false) == null) {
                    throw new ProjectLockedException(real, named.orElse(null), false); // in use, wherever
                }
            } catch (IOException unsupported) {
                // A file system without locks: the holder's process is all there is to check.
            }
            if (named.isPresent() && named.get().onThisHost() && named.get().alive()
                    && !named.get().isThisProcess()) {
                throw new ProjectLockedException(real, named.get(), false);
            }
            Files.delete(lockFile);
            return new Broken(true, named.orElse(null));
        } catch (OverlappingFileLockException ownedHere) {
            throw new ProjectLockedException(real, null, true);
        } catch (NoSuchFileException none) {
            return new Broken(false, null);
        } catch (IOException e) {
            throw new org.esgstudio.i18n.UserFacingException(e, "lock.unwritable", real, lockFile, e.getMessage());
        }
    }

    public Path file() {
        return file;
    }

    public LockHolder holder() {
        return holder;
    }

    /** The holder of the stale lock this one took over (its process had ended), if there was one. */
    public Optional<LockHolder> recovered() {
        return Optional.ofNullable(recovered);
    }

    /** Releases the lock: the lock file is removed (if it is still ours), then the OS lock is dropped. */
    @Override
    public synchronized void close() {
        if (released) {
            return;
        }
        released = true;
        try {
            if (readsBack(lockFile, holder)) {
                Files.deleteIfExists(lockFile);
            }
        } catch (IOException ignored) {
            // A lock file left behind is stale once the OS lock below is gone: the next open takes it over.
        } finally {
            HELD_HERE.remove(file, holder);
            try {
                if (osLock != null && osLock.isValid()) {
                    osLock.release();
                }
                channel.close();
            } catch (IOException ignored) {
                // closing the channel drops the OS lock in any case
            }
        }
    }
}
