package org.esgstudio.model;

import java.util.List;
import java.util.Objects;

/** Body text; its texts carry inline markup (emphasis, footnote and figure references, see {@link InlineMarkup}). */
public record Paragraph(String id, LocalizedText text, List<Footnote> notes) implements Block {
    public Paragraph {
        Objects.requireNonNull(id, "id");
        text = LocalizedText.orEmpty(text);
        notes = Lists.copy(notes);
    }

    public Paragraph(String id, LocalizedText text) {
        this(id, text, List.of());
    }

    public List<Inline> runs(Language language) {
        return InlineMarkup.parse(text.in(language));
    }

    @Override
    public List<Footnote> footnotes() {
        return FootnoteOrder.byReference(notes, text.zh());
    }
}
