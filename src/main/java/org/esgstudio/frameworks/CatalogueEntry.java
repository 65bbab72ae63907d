package org.esgstudio.frameworks;

import java.util.List;
import org.esgstudio.model.LocalizedText;

/**
 * A disclosure with the groups it sits in (outermost first) and the scope it inherits: what an index row and a
 * coverage line are about.
 */
public record CatalogueEntry(String catalogue, Disclosure disclosure, List<CatalogueGroup> path, String scope) {
    public CatalogueEntry {
        path = List.copyOf(path);
    }

    /** The code a report element is tagged with: {@code catalogue:code}. */
    public String tag() {
        return catalogue + ":" + disclosure.code();
    }

    public String code() {
        return disclosure.code();
    }

    public LocalizedText title() {
        return disclosure.title();
    }

    /** The innermost group (the standard, or the first-level indicator). */
    public CatalogueGroup group() {
        return path.get(path.size() - 1);
    }

    public boolean alwaysExpected() {
        return CatalogueGroup.ALWAYS.equals(scope);
    }
}
