package org.esgstudio.ui.preview;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.image.Image;
import org.esgstudio.model.Asset;

/**
 * The project's pictures decoded for the preview, each once (on a background thread) and no wider than a page ever
 * needs on screen, so that a report full of photographs stays small in memory.
 */
final class PreviewImages {
    private static final double MAX_WIDTH = 1400;

    private record Decoded(Asset source, Image image) {
    }

    private final Map<String, Decoded> images = new ConcurrentHashMap<>();

    /** Decodes the assets not decoded yet (a changed asset again); call it off the FX thread. */
    void decode(List<Asset> assets) {
        for (Asset asset : assets) {
            Decoded known = images.get(asset.name());
            if (known != null && (known.source() == asset || known.source().equals(asset))) {
                continue;
            }
            Image image = new Image(new ByteArrayInputStream(asset.bytes()), MAX_WIDTH, 0, true, true);
            images.put(asset.name(), new Decoded(asset, image.isError() ? null : image));
        }
    }

    /** The decoded picture, or null when the asset is missing or unreadable. */
    Image image(String name) {
        Decoded decoded = images.get(name);
        return decoded == null ? null : decoded.image();
    }
}
