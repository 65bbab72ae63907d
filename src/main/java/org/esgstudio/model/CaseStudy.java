package org.esgstudio.model;

import java.util.List;
import java.util.Objects;

/** A case study box (案例): a title, body blocks and an optional image with caption. */
public record CaseStudy(String id, LocalizedText title, List<Block> body, String image, LocalizedText caption)
        implements Block {
    public CaseStudy {
        Objects.requireNonNull(id, "id");
        title = LocalizedText.orEmpty(title);
        body = Lists.copy(body);
        caption = LocalizedText.orEmpty(caption);
        for (Block block : body) {
            if (block instanceof CaseStudy) {
                throw new InvalidValueException("case study " + id + " cannot hold another case study (" + block.id() + ")",
                        "guard.model.nestedCase", id, block.id());
            }
        }
    }

    @Override
    public List<Block> children() {
        return body;
    }

    public boolean hasImage() {
        return image != null && !image.isBlank();
    }
}
