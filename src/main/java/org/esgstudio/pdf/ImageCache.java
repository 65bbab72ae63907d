package org.esgstudio.pdf;

import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import java.util.HashMap;
import java.util.Map;
import org.esgstudio.layout.ImageBox;
import org.esgstudio.model.Asset;

/** Each asset decoded once per document, so that an image shown twice is embedded once. */
final class ImageCache {
    private final Map<String, Asset> assets;
    private final Map<String, Image> images = new HashMap<>();

    ImageCache(Map<String, Asset> assets) {
        this.assets = assets;
    }

    void draw(PdfContentByte canvas, ImageBox box, float left, float bottom) {
        Image image = images.computeIfAbsent(box.asset(), name -> {
            Asset asset = assets.get(name);
            if (asset == null) {
                return null;
            }
            try {
                return PngPassthrough.image(asset.bytes()).orElse(Image.getInstance(asset.bytes()));
            } catch (Exception unreadable) {
                // The layout checked the header; a body that still fails to decode is left blank, not fatal.
                return null;
            }
        });
        if (image == null) {
            return;
        }
        try {
            canvas.addImage(image, (float) box.width(), 0, 0, (float) box.height(), left, bottom);
        } catch (Exception unreadable) {
            images.put(box.asset(), null);
        }
    }
}
