package org.esgstudio.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The disclosure codes the report's elements carry (sections, blocks, chapters, parts), keyed by element id: each
 * code names its catalogue and the disclosure in it, {@code gri-2021:305-1} or {@code ciaa-2023:E.1.1}. Kept beside
 * the tree rather than inside every element type, so any element can be tagged and the tree's records stay as they
 * are; indicators carry their codes themselves (the data store's 框架 column).
 */
public record DisclosureTags(Map<String, List<String>> byElement) {
    public static final DisclosureTags NONE = new DisclosureTags(Map.of());
    /** {@code catalogue:code}: a lower-case catalogue id, a colon, a code of letters, digits, dots and dashes. */
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]*:[A-Za-z0-9][A-Za-z0-9.\\-]*");

    public DisclosureTags {
        Map<String, List<String>> sorted = new TreeMap<>();
        if (byElement != null) {
            byElement.forEach((element, codes) -> {
                Objects.requireNonNull(element, "element id");
                List<String> unique = unique(codes);
                if (!unique.isEmpty()) {
                    sorted.put(element, unique);
                }
            });
        }
        byElement = Collections.unmodifiableMap(sorted);
    }

    /** Whether {@code code} has the form {@code catalogue:disclosure}. */
    public static boolean wellFormed(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /** The catalogue part of a code ({@code gri-2021} of {@code gri-2021:305-1}). */
    public static String catalogueOf(String code) {
        int colon = code.indexOf(':');
        return colon < 0 ? "" : code.substring(0, colon);
    }

    /** The disclosure part of a code ({@code 305-1} of {@code gri-2021:305-1}). */
    public static String disclosureOf(String code) {
        return code.substring(code.indexOf(':') + 1);
    }

    public List<String> of(String elementId) {
        return byElement.getOrDefault(elementId, List.of());
    }

    public boolean isEmpty() {
        return byElement.isEmpty();
    }

    /** These tags with the element's codes replaced (an empty list removes the element). */
    public DisclosureTags with(String elementId, List<String> codes) {
        Map<String, List<String>> copy = new TreeMap<>(byElement);
        copy.put(elementId, codes);
        return new DisclosureTags(copy);
    }

    /** These tags without the given elements (removed from the report). */
    public DisclosureTags without(java.util.Collection<String> elementIds) {
        if (elementIds.stream().noneMatch(byElement::containsKey)) {
            return this;
        }
        Map<String, List<String>> copy = new TreeMap<>(byElement);
        elementIds.forEach(copy::remove);
        return new DisclosureTags(copy);
    }

    /** Element ids tagged with {@code code}, in id order. */
    public List<String> elementsTagged(String code) {
        List<String> elements = new ArrayList<>();
        byElement.forEach((element, codes) -> {
            if (codes.contains(code)) {
                elements.add(element);
            }
        });
        return elements;
    }

    private static List<String> unique(List<String> codes) {
        if (codes == null) {
            return List.of();
        }
        LinkedHashSet<String> set = new LinkedHashSet<>();
        for (String code : codes) {
            if (code != null && !code.isBlank()) {
                set.add(code.strip());
            }
        }
        return List.copyOf(set);
    }
}
