package org.esgstudio.frameworks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The catalogues at hand (shipped and user-added), by id. */
public final class Catalogues {
    private final Map<String, Catalogue> byId = new LinkedHashMap<>();
    private final Map<String, CatalogueEntry> byTag = new java.util.HashMap<>();

    public Catalogues(List<Catalogue> catalogues) {
        for (Catalogue catalogue : catalogues) {
            if (byId.putIfAbsent(catalogue.id(), catalogue) != null) {
                throw new IllegalArgumentException("two catalogues have the id " + catalogue.id());
            }
            catalogue.entries().forEach(entry -> byTag.put(entry.tag(), entry));
        }
    }

    public static Catalogues of(Catalogue... catalogues) {
        return new Catalogues(List.of(catalogues));
    }

    public Optional<Catalogue> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Catalogue> all() {
        return new ArrayList<>(byId.values());
    }

    public List<String> ids() {
        return new ArrayList<>(byId.keySet());
    }

    /** The entry a tag ({@code gri-2021:305-1}) names, if its catalogue and code are known. */
    public Optional<CatalogueEntry> entry(String tag) {
        return Optional.ofNullable(byTag.get(tag));
    }
}
