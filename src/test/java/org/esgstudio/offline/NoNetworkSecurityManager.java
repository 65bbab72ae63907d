package org.esgstudio.offline;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.NetPermission;
import java.net.SocketPermission;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.Permission;

/**
 * The offline test's guard (docs/reliability/offline.md), installed at JVM start with
 * {@code -Djava.security.manager=org.esgstudio.offline.NoNetworkSecurityManager}: it refuses every network permission
 * and allows everything else. Java checks a {@link SocketPermission} before any socket connects, listens, accepts or
 * joins a multicast group (blocking and NIO sockets, datagrams, URL connections through them) and before a host name
 * is resolved ({@code checkConnect(host, -1)}, action "resolve"); Unix-domain sockets need the
 * {@code accessUnixDomainSocket} {@link NetPermission}. Each refusal is also appended, with its stack, to the file
 * named by the system property {@value #LOG} (else standard error), so that an attempt a library catches and hides
 * is still seen by the test.
 */
@SuppressWarnings("removal")
public final class NoNetworkSecurityManager extends SecurityManager {
    public static final String LOG = "esgstudio.offline.attempts";
    public static final String MARK = "NETWORK ATTEMPT REFUSED: ";
    private static final ThreadLocal<Boolean> RECORDING = ThreadLocal.withInitial(() -> false);

    @Override
    public void checkPermission(Permission permission) {
        if (isNetwork(permission)) {
            refuse(permission);
        }
    }

    @Override
    public void checkPermission(Permission permission, Object context) {
        checkPermission(permission);
    }

    static boolean isNetwork(Permission permission) {
        return permission instanceof SocketPermission
                || (permission instanceof NetPermission && permission.getName().equals("accessUnixDomainSocket"));
    }

    private static void refuse(Permission permission) {
        SecurityException refusal = new SecurityException("offline: network access refused: " + permission);
        if (!RECORDING.get()) {
            RECORDING.set(true);
            try {
                record(permission, refusal);
            } finally {
                RECORDING.set(false);
            }
        }
        throw refusal;
    }

    private static void record(Permission permission, SecurityException refusal) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            out.println(MARK + permission.getClass().getSimpleName() + " " + permission.getName() + " "
                    + permission.getActions());
            refusal.printStackTrace(out);
        }
        String log = System.getProperty(LOG);
        if (log == null) {
            System.err.print(text);
            return;
        }
        try {
            Files.writeString(Path.of(log), text.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
