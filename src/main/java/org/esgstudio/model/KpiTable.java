package org.esgstudio.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** 关键绩效表: the key performance indicator table, bound to the data store. */
public record KpiTable(String id, LocalizedText title, List<Integer> years, List<KpiSection> sections) implements BackPart {
    public KpiTable {
        Objects.requireNonNull(id, "id");
        title = LocalizedText.orEmpty(title);
        years = Lists.copy(years);
        sections = Lists.copy(sections);
    }

    public List<TableRow> rows() {
        List<TableRow> rows = new ArrayList<>();
        sections.forEach(section -> section.groups().forEach(group -> rows.addAll(group.rows())));
        return rows;
    }

    @Override
    public List<Footnote> footnotes() {
        List<Footnote> all = new ArrayList<>();
        sections.forEach(section -> all.addAll(section.allFootnotes()));
        return all;
    }
}
