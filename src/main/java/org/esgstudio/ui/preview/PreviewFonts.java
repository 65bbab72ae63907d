package org.esgstudio.ui.preview;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.text.Font;
import org.esgstudio.layout.font.FontFace;
import org.esgstudio.layout.font.FontLibrary;

/**
 * JavaFX fonts made from the very TrueType files the layout measured, so the preview shows the glyphs the PDF
 * embeds: each file is loaded once per JVM (on a background thread, through {@link #load}), then asked for by size.
 */
final class PreviewFonts {
    private static final Map<FontFace, String> NAMES = new ConcurrentHashMap<>();
    private static final int SIZES_KEPT = 96;
    private record Sized(FontFace face, double size) {
    }

    /** Fonts by face and pixel size, the least recently used dropped (sizes change with the pane's width). */
    private final Map<Sized, Font> sized = new java.util.LinkedHashMap<>(128, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Sized, Font> eldest) {
            return size() > SIZES_KEPT;
        }
    };

    /** Loads the face's file into JavaFX if not done yet (reads ~10 MB: call it off the FX thread). */
    static void load(FontFace face) {
        NAMES.computeIfAbsent(face, f -> {
            Font font = Font.loadFont(new ByteArrayInputStream(FontLibrary.shared().bytes(f)), 12);
            // A file JavaFX cannot read leaves the system's default font: text still shows, in the wrong glyphs.
            return font == null ? Font.getDefault().getName() : font.getName();
        });
    }

    /** The face at this size (loading the face first if nobody did); on the FX thread. */
    Font font(FontFace face, double size) {
        load(face);
        return sized.computeIfAbsent(new Sized(face, size), key -> new Font(NAMES.get(face), size));
    }
}
