package org.esgstudio.model;

import java.util.List;
import java.util.Objects;

/** A list of items (bulleted, numbered or steps); items carry inline markup like paragraphs. */
public record BulletList(String id, ListStyle style, List<LocalizedText> items, List<Footnote> notes) implements Block {
    public BulletList {
        Objects.requireNonNull(id, "id");
        style = Objects.requireNonNullElse(style, ListStyle.BULLET);
        items = Lists.copy(items);
        notes = Lists.copy(notes);
    }

    @Override
    public List<Footnote> footnotes() {
        StringBuilder all = new StringBuilder();
        items.forEach(item -> all.append(item.zh()).append('\n'));
        return FootnoteOrder.byReference(notes, all.toString());
    }
}
