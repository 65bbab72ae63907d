package org.esgstudio.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A row or grid of big-figure tiles inside the body. */
public record Tiles(String id, LocalizedText title, List<Figure> tiles) implements Block {
    public Tiles {
        Objects.requireNonNull(id, "id");
        title = LocalizedText.orEmpty(title);
        tiles = Lists.copy(tiles);
    }

    @Override
    public List<Footnote> footnotes() {
        List<Footnote> all = new ArrayList<>();
        tiles.forEach(tile -> all.addAll(tile.notes()));
        return all;
    }
}
