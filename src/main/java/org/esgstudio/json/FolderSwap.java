package org.esgstudio.json;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/** Puts a fully written folder in place of another with renames, restoring the old one if the swap fails. */
final class FolderSwap {
    private FolderSwap() {
    }

    static void replace(Path written, Path target) throws IOException {
        if (!Files.exists(target)) {
            Files.move(written, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path old = target.resolveSibling("." + target.getFileName() + ".old-" + System.nanoTime());
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(written, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        deleteQuietly(old);
    }

    /** A temporary directory is created private (rwx------); the folder a user asked for gets the usual rwxr-xr-x. */
    static void makeShareable(Path dir) throws IOException {
        try {
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: permissions follow the parent folder.
        }
    }

    static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path directory, IOException exc) throws IOException {
                    Files.delete(directory);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ignored) {
            // A leftover hidden temporary folder is harmless; the user's data is already in place.
        }
    }
}
