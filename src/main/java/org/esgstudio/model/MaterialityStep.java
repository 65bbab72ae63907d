package org.esgstudio.model;

import java.util.Objects;

/** A step of the materiality assessment (识别, 调研, 分析, 审议及确认 …). */
public record MaterialityStep(String id, LocalizedText name, LocalizedText description) implements Identified {
    public MaterialityStep {
        Objects.requireNonNull(id, "id");
        name = LocalizedText.orEmpty(name);
        description = LocalizedText.orEmpty(description);
    }
}
