package org.esgstudio.model;

import java.util.List;
import java.util.Objects;

/** 利益相关方: the stakeholder engagement table. */
public record Stakeholders(String id, LocalizedText title, List<Block> intro, List<StakeholderRow> rows)
        implements FrontPart {
    public Stakeholders {
        Objects.requireNonNull(id, "id");
        title = LocalizedText.orEmpty(title);
        intro = Lists.copy(intro);
        rows = Lists.copy(rows);
    }

    @Override
    public List<Block> blocks() {
        return intro;
    }
}
