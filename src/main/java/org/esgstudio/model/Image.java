package org.esgstudio.model;

import java.util.Objects;

/** A picture from the project's assets, with a caption. */
public record Image(String id, String asset, LocalizedText caption, int widthPercent) implements Block {
    public Image {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(asset, "asset");
        caption = LocalizedText.orEmpty(caption);
        if (widthPercent == 0) {
            widthPercent = 100;
        }
        if (widthPercent < 10 || widthPercent > 100) {
            throw new InvalidValueException("image " + id + ": width must be 10–100%, not " + widthPercent,
                    "guard.model.imageWidth", id, widthPercent);
        }
    }
}
