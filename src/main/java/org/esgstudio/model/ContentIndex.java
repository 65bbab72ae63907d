package org.esgstudio.model;

import java.util.List;
import java.util.Objects;

/** A content index mapping a framework's disclosures to places in the report. */
public record ContentIndex(String id, LocalizedText title, String framework, LocalizedText statement, List<IndexRow> rows)
        implements BackPart {
    public ContentIndex {
        Objects.requireNonNull(id, "id");
        title = LocalizedText.orEmpty(title);
        framework = Objects.requireNonNullElse(framework, "");
        statement = LocalizedText.orEmpty(statement);
        rows = Lists.copy(rows);
    }
}
