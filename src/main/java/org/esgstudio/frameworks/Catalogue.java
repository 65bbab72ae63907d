package org.esgstudio.frameworks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.esgstudio.model.LocalizedText;

/**
 * A disclosure framework shipped as a data file (assets/frameworks/ID.json): GRI 2021, the insurance association's
 * guide, the exchanges' guidelines … with its version, its groups and disclosures, and for GRI the statement of use
 * and the omission reasons.
 */
public record Catalogue(String id, String version, LocalizedText name, LocalizedText shortName, LocalizedText publisher,
                        String published, String effective, String source, String indexStyle,
                        StatementOfUse statementOfUse, List<OmissionReason> omissionReasons,
                        List<CatalogueGroup> groups) {
    public static final String GRI_STYLE = "gri";
    public static final String TREE_STYLE = "tree";

    public Catalogue {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("a catalogue id is lower-case letters, digits and dashes, not \"" + id + "\"");
        }
        version = Objects.requireNonNullElse(version, "");
        name = LocalizedText.orEmpty(name);
        shortName = LocalizedText.orEmpty(shortName);
        publisher = LocalizedText.orEmpty(publisher);
        published = Objects.requireNonNullElse(published, "");
        effective = Objects.requireNonNullElse(effective, "");
        source = Objects.requireNonNullElse(source, "");
        indexStyle = indexStyle == null || indexStyle.isBlank() ? TREE_STYLE : indexStyle;
        if (!indexStyle.equals(GRI_STYLE) && !indexStyle.equals(TREE_STYLE)) {
            throw new IllegalArgumentException("indexStyle must be gri or tree, not \"" + indexStyle + "\"");
        }
        statementOfUse = Objects.requireNonNullElse(statementOfUse, new StatementOfUse(null, null, null));
        omissionReasons = omissionReasons == null ? List.of() : List.copyOf(omissionReasons);
        groups = groups == null ? List.of() : List.copyOf(groups);
        Map<String, Boolean> seen = new java.util.HashMap<>();
        for (CatalogueEntry entry : entries(id, groups)) {
            if (seen.put(entry.code(), Boolean.TRUE) != null) {
                throw new IllegalArgumentException("disclosure " + entry.code() + " is listed twice");
            }
        }
    }

    /** Every disclosure in catalogue order, with its groups and scope. */
    public List<CatalogueEntry> entries() {
        return entries(id, groups);
    }

    public Optional<CatalogueEntry> entry(String code) {
        return entries().stream().filter(e -> e.code().equals(code)).findFirst();
    }

    public Optional<OmissionReason> reason(String code) {
        return omissionReasons.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /** Name and version as shown to users: "GRI标准 (2021)". */
    public String label(org.esgstudio.model.Language language) {
        LocalizedText shown = shortName.isEmpty() ? name : shortName;
        String text = shown.in(language).isEmpty() ? shown.zh() : shown.in(language);
        return version.isEmpty() ? text : text + " (" + version + ")";
    }

    private static List<CatalogueEntry> entries(String catalogue, List<CatalogueGroup> groups) {
        List<CatalogueEntry> entries = new ArrayList<>();
        for (CatalogueGroup group : groups) {
            walk(catalogue, group, new ArrayList<>(), CatalogueGroup.ALWAYS, entries);
        }
        return Collections.unmodifiableList(entries);
    }

    private static void walk(String catalogue, CatalogueGroup group, List<CatalogueGroup> path, String inherited,
                             List<CatalogueEntry> entries) {
        String scope = group.scope().isEmpty() ? inherited : group.scope();
        List<CatalogueGroup> here = new ArrayList<>(path);
        here.add(group);
        for (Disclosure disclosure : group.disclosures()) {
            entries.add(new CatalogueEntry(catalogue, disclosure, here, scope));
        }
        for (CatalogueGroup child : group.groups()) {
            walk(catalogue, child, here, scope, entries);
        }
    }

    /** Groups by the innermost group's code, in catalogue order (for counts per standard). */
    public Map<String, List<CatalogueEntry>> byGroup() {
        Map<String, List<CatalogueEntry>> grouped = new LinkedHashMap<>();
        for (CatalogueEntry entry : entries()) {
            grouped.computeIfAbsent(entry.group().code(), k -> new ArrayList<>()).add(entry);
        }
        return grouped;
    }
}
