package org.esgstudio.model;

import java.util.List;
import java.util.Objects;

/** 关于我们: the company profile. */
public record Profile(String id, LocalizedText title, List<Block> body) implements FrontPart {
    public Profile {
        Objects.requireNonNull(id, "id");
        title = LocalizedText.orEmpty(title);
        body = Lists.copy(body);
    }

    @Override
    public List<Block> blocks() {
        return body;
    }
}
