package org.esgstudio.model;

import java.util.List;
import java.util.Objects;

/** 关于本报告: scope, period, basis, data sources, naming, publication and contact. */
public record ReportInfo(String id, LocalizedText title, List<InfoSection> sections, Contact contact) implements FrontPart {
    public ReportInfo {
        Objects.requireNonNull(id, "id");
        title = LocalizedText.orEmpty(title);
        sections = Lists.copy(sections);
    }
}
