package org.esgstudio.store;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Who holds a project file open for writing, as its lock file beside it says: the user's name ({@link Authors}), the
 * computer, the process and when it opened the file. {@code processStart} (when that process started) tells a live
 * holder from a later process that happens to reuse its id; {@code token} identifies one lock, so that a lock file
 * replaced under it is noticed.
 */
public record LockHolder(String user, String host, long pid, Instant since, Instant processStart, String token) {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());
    private static volatile String hostName;

    /** This process, from now. */
    static LockHolder current(Instant now) {
        return new LockHolder(Authors.current(), thisHost(), ProcessHandle.current().pid(), now,
                ProcessHandle.current().info().startInstant().orElse(null), java.util.UUID.randomUUID().toString());
    }

    /** Whether the holder runs on this computer (only then can the process be checked). */
    public boolean onThisHost() {
        return host.equalsIgnoreCase(thisHost());
    }

    /** Whether it is this very process. */
    public boolean isThisProcess() {
        return onThisHost() && pid == ProcessHandle.current().pid();
    }

    /**
     * Whether the holder's process still runs: on this computer, a process with that id that started when the holder
     * did (a later process reusing the id does not count). Another computer's processes cannot be seen: assumed live.
     */
    public boolean alive() {
        if (!onThisHost()) {
            return true;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) {
            return false;
        }
        Optional<Instant> started = process.get().info().startInstant();
        return processStart == null || started.isEmpty()
                || Duration.between(processStart, started.get()).abs().compareTo(Duration.ofSeconds(1)) <= 0;
    }

    /** The time it has held the file, as shown to the user (local time, to the minute). */
    public String sinceText() {
        return SHOWN.format(since);
    }

    String toText() {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("host", host);
        properties.setProperty("pid", Long.toString(pid));
        properties.setProperty("since", since.toString());
        if (processStart != null) {
            properties.setProperty("process-start", processStart.toString());
        }
        properties.setProperty("token", token);
        StringWriter text = new StringWriter();
        try {
            properties.store(text, "ESG Report Studio: this project file is open for editing");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** The holder a lock file names; empty when the text is not a complete lock (being written, or damaged). */
    static Optional<LockHolder> parse(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
            String user = properties.getProperty("user");
            String host = properties.getProperty("host");
            String token = properties.getProperty("token");
            if (user == null || host == null || token == null) {
                return Optional.empty();
            }
            String start = properties.getProperty("process-start");
            return Optional.of(new LockHolder(user, host, Long.parseLong(properties.getProperty("pid", "")),
                    Instant.parse(properties.getProperty("since", "")), start == null ? null : Instant.parse(start),
                    token));
        } catch (IOException | RuntimeException incomplete) {
            return Optional.empty();
        }
    }

    /** This computer's name: from the environment when it says, else /etc/hostname, else the network name. */
    static String thisHost() {
        String known = hostName;
        if (known == null) {
            known = findHostName();
            hostName = known;
        }
        return known;
    }

    private static String findHostName() {
        for (String variable : new String[] {"COMPUTERNAME", "HOSTNAME"}) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        try {
            Path etc = Path.of("/etc/hostname");
            if (Files.isRegularFile(etc)) {
                String value = Files.readString(etc).strip();
                if (!value.isEmpty()) {
                    return value;
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // fall through to the network name
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException | RuntimeException e) {
            return "localhost";
        }
    }
}
