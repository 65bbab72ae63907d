package org.esgstudio.ui.common;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/**
 * The application's icon in the sizes a window manager picks from (title bar, task switcher, dock). The art is
 * drawn by installer/icons/IconArt.java into assets/icons/, which travels in the jar as /assets/icons/; the
 * installed packages use the same files.
 */
public final class AppIcons {
    private static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};

    private AppIcons() {
    }

    /** Every size found in the jar; none when run from a jar built without them (the window keeps the default). */
    public static List<Image> all() {
        List<Image> icons = new ArrayList<>();
        for (int size : SIZES) {
            try (InputStream in = AppIcons.class.getResourceAsStream("/assets/icons/esg-studio-" + size + ".png")) {
                if (in != null) {
                    icons.add(new Image(in));
                }
            } catch (java.io.IOException e) {
                // An icon is decoration: a missing or unreadable one leaves the default.
            }
        }
        return icons;
    }
}
