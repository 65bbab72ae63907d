package org.esgstudio.model;

import java.util.List;
import java.util.Objects;

/** An appendix: any blocks under a title. */
public record Appendix(String id, LocalizedText title, List<Block> body) implements BackPart {
    public Appendix {
        Objects.requireNonNull(id, "id");
        title = LocalizedText.orEmpty(title);
        body = Lists.copy(body);
    }

    @Override
    public List<Block> blocks() {
        return body;
    }
}
