package org.esgstudio.store;

import java.nio.file.Path;
import java.util.Locale;

/** Where the app keeps the user's own files: working copies, settings, backups (per operating system). */
public final class UserDataFolder {
    private UserDataFolder() {
    }

    /** {@code esgstudio.home} if set (tests, portable installs); else the platform's per-user data folder. */
    public static Path path() {
        String override = System.getProperty("esgstudio.home");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "ESG Report Studio");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "ESG Report Studio");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve("esg-studio");
    }
}
