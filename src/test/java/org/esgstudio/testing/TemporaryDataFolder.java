package org.esgstudio.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Points the app's user data folder ({@code esgstudio.home}) at a fresh temporary folder for each test. */
public final class TemporaryDataFolder implements BeforeEachCallback, AfterEachCallback {
    private static final String KEY = "esgstudio.home";
    private String previous;
    private Path folder;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        previous = System.getProperty(KEY);
        folder = Files.createTempDirectory("esg-home-");
        System.setProperty(KEY, folder.toString());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (previous == null) {
            System.clearProperty(KEY);
        } else {
            System.setProperty(KEY, previous);
        }
    }

    public Path folder() {
        return folder;
    }
}
