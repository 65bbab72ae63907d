package org.esgstudio.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.esgstudio.data.DataSet;
import org.esgstudio.data.Indicator;
import org.esgstudio.data.Unit;
import org.esgstudio.data.Units;

/**
 * The names and aliases of the store's indicators, for finding them in a sentence: longest names first, so that
 * 女性员工人数 is found rather than the 员工人数 inside it. A name shared by several indicators keeps all of them.
 */
public final class IndicatorIndex {
    /** An indicator name found in a sentence, with every indicator that bears it. */
    public record NameHit(int start, int end, String name, List<String> codes) {
    }

    private final Map<String, List<String>> codesByName = new LinkedHashMap<>();
    private final Map<String, Optional<Unit>> units = new LinkedHashMap<>();
    private final List<String> names;

    public IndicatorIndex(DataSet data) {
        for (Indicator indicator : data.indicators()) {
            add(indicator.name().zh(), indicator.code());
            indicator.aliases().forEach(alias -> add(alias, indicator.code()));
            units.put(indicator.code(), Units.parse(indicator.unit()));
        }
        List<String> sorted = new ArrayList<>(codesByName.keySet());
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        names = List.copyOf(sorted);
    }

    private void add(String name, String code) {
        String key = name.strip();
        if (key.length() < 2) {
            return;
        }
        List<String> codes = codesByName.computeIfAbsent(key, k -> new ArrayList<>());
        if (!codes.contains(code)) {
            codes.add(code);
        }
    }

    /** The unit of an indicator, if it is a known unit. */
    public Optional<Unit> unit(String code) {
        return units.getOrDefault(code, Optional.empty());
    }

    /** Indicator names in the text, not overlapping (a longer name wins over names inside it), in text order. */
    public List<NameHit> find(String text) {
        boolean[] taken = new boolean[text.length()];
        List<NameHit> hits = new ArrayList<>();
        for (String name : names) {
            int from = 0;
            while ((from = text.indexOf(name, from)) >= 0) {
                int end = from + name.length();
                boolean free = true;
                for (int i = from; i < end; i++) {
                    if (taken[i]) {
                        free = false;
                        break;
                    }
                }
                if (free) {
                    for (int i = from; i < end; i++) {
                        taken[i] = true;
                    }
                    hits.add(new NameHit(from, end, name, codesByName.get(name)));
                }
                from = end;
            }
        }
        hits.sort(Comparator.comparingInt(NameHit::start));
        return hits;
    }
}
