package org.esgstudio.model;

import java.util.List;
import java.util.Objects;

/** A named group of highlight tiles (经济, 环境, 员工 …). */
public record TileGroup(String id, LocalizedText name, List<Figure> tiles) implements Identified {
    public TileGroup {
        Objects.requireNonNull(id, "id");
        name = LocalizedText.orEmpty(name);
        tiles = Lists.copy(tiles);
    }
}
