package org.esgstudio.model;

import java.util.List;
import java.util.Objects;

/** 重大性议题: the assessment process and the matrix of topics. */
public record Materiality(String id, LocalizedText title, List<Block> intro, List<MaterialityStep> steps,
                          LocalizedText xAxis, LocalizedText yAxis, List<MaterialTopic> topics) implements FrontPart {
    public Materiality {
        Objects.requireNonNull(id, "id");
        title = LocalizedText.orEmpty(title);
        intro = Lists.copy(intro);
        steps = Lists.copy(steps);
        xAxis = LocalizedText.orEmpty(xAxis);
        yAxis = LocalizedText.orEmpty(yAxis);
        topics = Lists.copy(topics);
    }

    @Override
    public List<Block> blocks() {
        return intro;
    }
}
