package org.esgstudio.ui.editor.disclosures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.esgstudio.frameworks.Catalogue;
import org.esgstudio.frameworks.CatalogueEntry;
import org.esgstudio.frameworks.CatalogueGroup;

/**
 * The picker's filter: every word typed must begin a code (the disclosure's, "305-1", "GRI", or a group's, "305") or
 * occur in a Chinese or English title, the disclosure's or that of a group it sits in (typing 排放 keeps the whole of
 * GRI 305). A code is matched from its start, so 2-7 finds GRI 2-7 and not 302-7. Case does not matter.
 */
public final class DisclosureSearch {
    private DisclosureSearch() {
    }

    public static boolean matches(Catalogue catalogue, CatalogueEntry entry, String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        List<String> codes = codes(catalogue, entry);
        String titles = titles(entry);
        for (String word : query.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!titles.contains(word) && codes.stream().noneMatch(code -> code.startsWith(word))) {
                return false;
            }
        }
        return true;
    }

    public static List<CatalogueEntry> filter(Catalogue catalogue, String query) {
        return catalogue.entries().stream().filter(entry -> matches(catalogue, entry, query)).toList();
    }

    private static List<String> codes(Catalogue catalogue, CatalogueEntry entry) {
        List<String> codes = new ArrayList<>();
        words(DisclosureLabels.code(catalogue, entry), codes);
        words(entry.tag(), codes);
        for (CatalogueGroup group : entry.path()) {
            words(group.code(), codes);
        }
        return codes;
    }

    private static void words(String text, List<String> into) {
        for (String word : text.toLowerCase(Locale.ROOT).split("[\\s:]+")) {
            if (!word.isEmpty()) {
                into.add(word);
            }
        }
    }

    private static String titles(CatalogueEntry entry) {
        StringBuilder text = new StringBuilder();
        text.append(entry.title().zh()).append(' ').append(entry.title().en());
        for (CatalogueGroup group : entry.path()) {
            text.append(' ').append(group.title().zh()).append(' ').append(group.title().en());
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }
}
