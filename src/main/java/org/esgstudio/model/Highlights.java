package org.esgstudio.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** 亮点绩效: groups of big-figure tiles. */
public record Highlights(String id, LocalizedText title, List<TileGroup> groups) implements FrontPart {
    public Highlights {
        Objects.requireNonNull(id, "id");
        title = LocalizedText.orEmpty(title);
        groups = Lists.copy(groups);
    }

    @Override
    public List<Footnote> footnotes() {
        List<Footnote> all = new ArrayList<>();
        groups.forEach(group -> group.tiles().forEach(tile -> all.addAll(tile.notes())));
        return all;
    }
}
