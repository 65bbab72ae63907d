package org.esgstudio.ui.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * What the app remembers between runs, in {@code settings.properties} in the user data folder: the window's place
 * and size, the split positions, the interface language, whether English is shown beside Chinese, and the recently
 * opened projects, the user's name, how many backups to keep and whether the welcome was shown. A missing or damaged file means defaults; a write goes to a temporary file and is moved in.
 */
public final class AppSettings {
    static final int RECENT = 10;
    private final Path file;
    private final Properties values = new Properties();

    private AppSettings(Path file) {
        this.file = file;
    }

    public static AppSettings load(Path file) {
        AppSettings settings = new AppSettings(file);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                settings.values.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException | IllegalArgumentException damaged) {
                settings.values.clear(); // defaults rather than a window that will not open
            }
        }
        return settings;
    }

    /** Writes the settings (on a background thread; the caller coalesces). */
    public synchronized void save() throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), "settings", ".tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            values.store(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8),
                    "ESG Report Studio");
        }
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    public Path file() {
        return file;
    }

    // ---- window ----

    /** The window's bounds as last closed: x, y, width, height; empty the first time. */
    public synchronized Optional<double[]> windowBounds() {
        String text = values.getProperty("window.bounds");
        if (text == null) {
            return Optional.empty();
        }
        try {
            String[] parts = text.split(",");
            double[] bounds = new double[4];
            for (int i = 0; i < 4; i++) {
                bounds[i] = Double.parseDouble(parts[i]);
            }
            return bounds[2] >= 200 && bounds[3] >= 200 ? Optional.of(bounds) : Optional.empty();
        } catch (RuntimeException damaged) {
            return Optional.empty();
        }
    }

    public synchronized void windowBounds(double x, double y, double width, double height) {
        values.setProperty("window.bounds", x + "," + y + "," + width + "," + height);
    }

    public synchronized boolean maximized() {
        return Boolean.parseBoolean(values.getProperty("window.maximized", "false"));
    }

    public synchronized void maximized(boolean maximized) {
        values.setProperty("window.maximized", Boolean.toString(maximized));
    }

    /** The divider positions of a split pane, by name; empty when not remembered. */
    public synchronized Optional<double[]> dividers(String name) {
        String text = values.getProperty("split." + name);
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            String[] parts = text.split(",");
            double[] positions = new double[parts.length];
            for (int i = 0; i < parts.length; i++) {
                positions[i] = Double.parseDouble(parts[i]);
                if (positions[i] < 0 || positions[i] > 1) {
                    return Optional.empty();
                }
            }
            return Optional.of(positions);
        } catch (RuntimeException damaged) {
            return Optional.empty();
        }
    }

    public synchronized void dividers(String name, double[] positions) {
        StringBuilder text = new StringBuilder();
        for (double position : positions) {
            text.append(text.length() == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.4f", position));
        }
        values.setProperty("split." + name, text.toString());
    }

    // ---- language and view ----

    /** The interface language: Chinese unless English was chosen. */
    public synchronized Locale language() {
        return "en".equals(values.getProperty("ui.language")) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    public synchronized void language(Locale locale) {
        values.setProperty("ui.language", locale.getLanguage().equals("en") ? "en" : "zh");
    }

    public synchronized boolean englishVisible() {
        return Boolean.parseBoolean(values.getProperty("view.english", "true"));
    }

    public synchronized void englishVisible(boolean visible) {
        values.setProperty("view.english", Boolean.toString(visible));
    }

    // ---- who ----

    /** The user's name as set in the app (recorded in revisions, sign-offs and comments); empty when never set. */
    public synchronized Optional<String> userName() {
        String name = values.getProperty("user.name", "").strip();
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }

    public synchronized void userName(String name) {
        if (name == null || name.isBlank()) {
            values.remove("user.name");
        } else {
            values.setProperty("user.name", name.strip());
        }
    }

    // ---- backups ----

    /**
     * How many rolling backups of a project to keep (a copy is made each time a file is opened for writing); 0 makes
     * none. The default, and the answer for an unreadable value, is {@link org.esgstudio.store.Backups#DEFAULT_KEEP}.
     */
    public synchronized int backupsKept() {
        try {
            int kept = Integer.parseInt(values.getProperty("backups.keep", "").strip());
            return kept < 0 ? org.esgstudio.store.Backups.DEFAULT_KEEP
                    : Math.min(kept, org.esgstudio.store.Backups.MAX_KEEP);
        } catch (NumberFormatException unset) {
            return org.esgstudio.store.Backups.DEFAULT_KEEP;
        }
    }

    public synchronized void backupsKept(int kept) {
        values.setProperty("backups.keep", Integer.toString(Math.max(0,
                Math.min(kept, org.esgstudio.store.Backups.MAX_KEEP))));
    }

    // ---- welcome ----

    /** Whether the welcome has been shown once (it opens by itself on the first start only). */
    public synchronized boolean welcomeShown() {
        return Boolean.parseBoolean(values.getProperty("welcome.shown", "false"));
    }

    public synchronized void welcomeShown(boolean shown) {
        values.setProperty("welcome.shown", Boolean.toString(shown));
    }

    /** Whether the user asked for the welcome at every start (its 启动时显示 box); off unless ticked. */
    public synchronized boolean welcomeAtStart() {
        return Boolean.parseBoolean(values.getProperty("welcome.atStart", "false"));
    }

    public synchronized void welcomeAtStart(boolean atStart) {
        values.setProperty("welcome.atStart", Boolean.toString(atStart));
    }

    // ---- recent files ----

    /** The recently opened projects, newest first, only those that still exist. */
    public synchronized List<Path> recent() {
        List<Path> recent = new ArrayList<>();
        for (int i = 0; i < RECENT; i++) {
            String text = values.getProperty("recent." + i);
            if (text != null) {
                try {
                    Path path = Path.of(text);
                    if (Files.isRegularFile(path)) {
                        recent.add(path);
                    }
                } catch (RuntimeException invalid) {
                    // a path from another system: skip it
                }
            }
        }
        return recent;
    }

    /** Puts a project at the top of the recent list. */
    public synchronized void opened(Path project) {
        Path absolute = project.toAbsolutePath().normalize();
        List<String> recent = new ArrayList<>();
        recent.add(absolute.toString());
        for (int i = 0; i < RECENT; i++) {
            String text = values.getProperty("recent." + i);
            if (text != null && !text.equals(absolute.toString())) {
                recent.add(text);
            }
        }
        for (int i = 0; i < RECENT; i++) {
            if (i < recent.size()) {
                values.setProperty("recent." + i, recent.get(i));
            } else {
                values.remove("recent." + i);
            }
        }
    }
}
