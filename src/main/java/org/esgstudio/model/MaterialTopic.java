package org.esgstudio.model;

import java.util.Objects;

/** A topic of the materiality matrix with its two scores (0–5). */
public record MaterialTopic(String id, LocalizedText name, EsgCategory category, double companyScore,
                            double stakeholderScore, boolean newThisYear) implements Identified {
    public MaterialTopic {
        Objects.requireNonNull(id, "id");
        name = LocalizedText.orEmpty(name);
        Objects.requireNonNull(category, "category");
        if (companyScore < 0 || companyScore > 5 || stakeholderScore < 0 || stakeholderScore > 5) {
            throw new InvalidValueException("materiality topic " + id + ": scores must lie between 0 and 5",
                    "guard.model.score", id);
        }
    }

    /** The band the matrix prints the topic in: 3 high, 2 medium, 1 low. */
    public int tier() {
        double score = (companyScore + stakeholderScore) / 2;
        return score >= 3.5 ? 3 : score >= 2.5 ? 2 : 1;
    }
}
