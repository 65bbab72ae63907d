package org.esgstudio.model;

import java.util.List;
import java.util.Objects;

/** 董事长致辞: the chairman's letter, signed with a title and optionally a name. */
public record Letter(String id, LocalizedText title, List<Block> body, LocalizedText signatory, LocalizedText signatoryName)
        implements FrontPart {
    public Letter {
        Objects.requireNonNull(id, "id");
        title = LocalizedText.orEmpty(title);
        body = Lists.copy(body);
        signatory = LocalizedText.orEmpty(signatory);
        signatoryName = LocalizedText.orEmpty(signatoryName);
    }

    @Override
    public List<Block> blocks() {
        return body;
    }
}
