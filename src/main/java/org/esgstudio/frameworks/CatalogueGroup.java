package org.esgstudio.frameworks;

import java.util.List;
import java.util.Objects;
import org.esgstudio.model.LocalizedText;

/**
 * A group of a catalogue: a standard (GRI 305), a dimension (E) or a first-level indicator (E.1), holding disclosures
 * and nested groups. {@code scope} says when its disclosures are expected: {@code always}, or {@code whenUsed} (once
 * any disclosure of the group is reported, as for GRI topic standards); empty inherits the enclosing group's.
 */
public record CatalogueGroup(String code, LocalizedText title, String scope, List<CatalogueGroup> groups,
                             List<Disclosure> disclosures) {
    public static final String ALWAYS = "always";
    public static final String WHEN_USED = "whenUsed";

    public CatalogueGroup {
        code = Objects.requireNonNullElse(code, "").strip();
        title = LocalizedText.orEmpty(title);
        scope = Objects.requireNonNullElse(scope, "");
        if (!scope.isEmpty() && !scope.equals(ALWAYS) && !scope.equals(WHEN_USED)) {
            throw new IllegalArgumentException("scope must be always or whenUsed, not \"" + scope + "\"");
        }
        groups = groups == null ? List.of() : List.copyOf(groups);
        disclosures = disclosures == null ? List.of() : List.copyOf(disclosures);
    }
}
