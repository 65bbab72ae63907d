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
    /**
     * An indicator name found in a sentence, with every indicator that bears it. A name found as a stem (消保审查 of
     * 消保审查次数) names the indicator only for a figure written in the counting word's unit ({@code stemUnits}).
     */
    public record NameHit(int start, int end, String name, List<String> codes, List<String> stemUnits) {
        /** Whether this name can be what a figure written with {@code unit} quantifies. */
        public boolean fits(String unit) {
            return stemUnits.isEmpty() || stemUnits.stream().anyMatch(unit::startsWith);
        }
    }

    private final Map<String, List<String>> codesByName = new LinkedHashMap<>();
    private final Map<String, List<String>> stemUnits = new LinkedHashMap<>();
    private final Map<String, Optional<Unit>> units = new LinkedHashMap<>();
    private final List<String> names;

    public IndicatorIndex(DataSet data) {
        for (Indicator indicator : data.indicators()) {
            add(indicator.name().zh(), indicator.code());
            indicator.aliases().forEach(alias -> add(alias, indicator.code()));
            stem(indicator.name().zh()).ifPresent(stem -> addStem(stem, indicator));
            units.put(indicator.code(), Units.parse(indicator.unit()));
        }
        List<String> sorted = new ArrayList<>(codesByName.keySet());
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        names = List.copyOf(sorted);
    }

    /**
     * Counting words that text writes as the unit instead (消保审查次数 → 消保审查917次), with the units that replace
     * them. Only these: a stem of a broader word (供应商总数 → 供应商, 提供风险保障总额 → 提供风险保障) names too much.
     */
    private static final Map<String, List<String>> COUNT_SUFFIXES = Map.of(
            "次数", List.of("次"), "人数", List.of("人", "名"), "件数", List.of("件"), "场次", List.of("场"),
            "户数", List.of("户"), "家数", List.of("家"), "个数", List.of("个"));

    /** A name without its counting word, when what is left is still a name (three characters or more). */
    static Optional<String> stem(String name) {
        for (String suffix : COUNT_SUFFIXES.keySet()) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= 3) {
                return Optional.of(name.substring(0, name.length() - suffix.length()));
            }
        }
        return Optional.empty();
    }

    private void addStem(String stem, Indicator indicator) {
        String name = indicator.name().zh();
        if (codesByName.containsKey(stem) && !stemUnits.containsKey(stem)) {
            return; // the stem is another indicator's full name or alias
        }
        List<String> codes = codesByName.computeIfAbsent(stem, k -> new ArrayList<>());
        if (!codes.contains(indicator.code())) {
            codes.add(indicator.code());
        }
        stemUnits.merge(stem, COUNT_SUFFIXES.get(name.substring(stem.length())), (a, b) -> {
            List<String> both = new ArrayList<>(a);
            b.stream().filter(u -> !both.contains(u)).forEach(both::add);
            return List.copyOf(both);
        });
    }

    private void add(String name, String code) {
        String key = name.strip();
        if (stemUnits.remove(key) != null) {
            codesByName.remove(key); // a full name or alias wins over another indicator's stem
        }
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
                    hits.add(new NameHit(from, end, name, codesByName.get(name), stemUnits.getOrDefault(name, List.of())));
                }
                from = end;
            }
        }
        hits.sort(Comparator.comparingInt(NameHit::start));
        return hits;
    }
}
