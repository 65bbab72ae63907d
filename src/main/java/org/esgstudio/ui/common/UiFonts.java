package org.esgstudio.ui.common;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;

/**
 * The interface font travels with the app (Noto Sans SC, regular and bold), so Chinese shows the same on a machine
 * without any CJK font installed, instead of boxes.
 */
public final class UiFonts {
    /** The family the bundled fonts register under; the style sheet names it. */
    public static final String FAMILY = "Noto Sans SC";
    private static final String[] FILES = {"/assets/fonts/NotoSansSC_400Regular.ttf", "/assets/fonts/NotoSansSC_700Bold.ttf"};
    private static volatile boolean loaded;
    private static Thread preloading;

    private UiFonts() {
    }

    /** Starts reading the fonts (20 MB) on another thread while the window is being built. */
    public static synchronized void preload() {
        if (!loaded && preloading == null) {
            preloading = new Thread(UiFonts::load, "font-preload");
            preloading.setDaemon(true);
            preloading.start();
        }
    }

    /** Registers the bundled fonts with JavaFX (once; later calls return at once). */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        for (String file : FILES) {
            try (InputStream in = UiFonts.class.getResourceAsStream(file)) {
                if (in != null) {
                    Font.loadFont(in, 13);
                }
            } catch (IOException unreadable) {
                // the system's fonts still show the interface; nothing to tell the user
            }
        }
        loaded = true;
    }
}
