package org.esgstudio.model;

import java.util.List;
import java.util.Objects;

/** 读者反馈表: questions for readers and where to send the answers. */
public record FeedbackForm(String id, LocalizedText title, LocalizedText intro, List<Question> questions, Contact contact)
        implements BackPart {
    public FeedbackForm {
        Objects.requireNonNull(id, "id");
        title = LocalizedText.orEmpty(title);
        intro = LocalizedText.orEmpty(intro);
        questions = Lists.copy(questions);
    }
}
