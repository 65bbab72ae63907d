package org.esgstudio.layout.font;

import java.util.Objects;

/** A font file the layout measures with and the writer embeds: a key (e.g. "sans-bold") and its resource. */
public record FontFace(String key, String resource) {
    public FontFace {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(resource, "resource");
    }
}
