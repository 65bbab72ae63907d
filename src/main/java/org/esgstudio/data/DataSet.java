package org.esgstudio.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** The data store's content: indicators in catalogue order, their values per year, and the rules. */
public final class DataSet {
    private final Map<String, Indicator> indicators;
    private final Map<String, IndicatorValue> values;
    private final List<Rule> rules;

    public DataSet(List<Indicator> indicators, List<IndicatorValue> values, List<Rule> rules) {
        Map<String, Indicator> byCode = new LinkedHashMap<>();
        for (Indicator indicator : indicators) {
            if (byCode.putIfAbsent(indicator.code(), indicator) != null) {
                throw new IllegalArgumentException("indicator " + indicator.code() + " is listed twice");
            }
        }
        Map<String, IndicatorValue> byKey = new LinkedHashMap<>();
        for (IndicatorValue value : values) {
            if (!byCode.containsKey(value.code())) {
                throw new IllegalArgumentException("a value for " + value.code() + "@" + value.year()
                        + " names no indicator of the store");
            }
            if (byKey.putIfAbsent(key(value.code(), value.year()), value) != null) {
                throw new IllegalArgumentException("two values for " + value.code() + "@" + value.year());
            }
        }
        this.indicators = Collections.unmodifiableMap(byCode);
        this.values = Collections.unmodifiableMap(byKey);
        this.rules = List.copyOf(rules);
    }

    public static DataSet empty() {
        return new DataSet(List.of(), List.of(), List.of());
    }

    private static String key(String code, int year) {
        return code + "@" + year;
    }

    public List<Indicator> indicators() {
        return List.copyOf(indicators.values());
    }

    public Optional<Indicator> indicator(String code) {
        return Optional.ofNullable(indicators.get(code));
    }

    public boolean hasIndicator(String code) {
        return indicators.containsKey(code);
    }

    public List<IndicatorValue> values() {
        return List.copyOf(values.values());
    }

    public Optional<IndicatorValue> value(String code, int year) {
        return Optional.ofNullable(values.get(key(code, year)));
    }

    public List<IndicatorValue> valuesOf(String code) {
        List<IndicatorValue> of = new ArrayList<>();
        for (IndicatorValue value : values.values()) {
            if (value.code().equals(code)) {
                of.add(value);
            }
        }
        return of;
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The store with this value set (replacing the indicator's value for that year, if any). */
    public DataSet withValue(IndicatorValue value) {
        Map<String, IndicatorValue> changed = new LinkedHashMap<>(values);
        changed.put(key(value.code(), value.year()), value);
        return new DataSet(List.copyOf(indicators.values()), List.copyOf(changed.values()), rules);
    }

    /** The store without the value of {@code code} for {@code year} (not reported). */
    public DataSet withoutValue(String code, int year) {
        Map<String, IndicatorValue> changed = new LinkedHashMap<>(values);
        changed.remove(key(code, year));
        return new DataSet(List.copyOf(indicators.values()), List.copyOf(changed.values()), rules);
    }

    /** The store with this indicator: replacing the one of the same code in place, or added at the end. */
    public DataSet withIndicator(Indicator indicator) {
        Map<String, Indicator> changed = new LinkedHashMap<>(indicators);
        changed.put(indicator.code(), indicator);
        return new DataSet(List.copyOf(changed.values()), List.copyOf(values.values()), rules);
    }

    public DataSet withRules(List<Rule> newRules) {
        return new DataSet(List.copyOf(indicators.values()), List.copyOf(values.values()), newRules);
    }

    /** Every year that has at least one value, newest first. */
    public List<Integer> years() {
        TreeSet<Integer> years = new TreeSet<>(Collections.reverseOrder());
        values.values().forEach(value -> years.add(value.year()));
        return List.copyOf(years);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DataSet data && data.indicators.equals(indicators) && data.values.equals(values)
                && data.rules.equals(rules);
    }

    @Override
    public int hashCode() {
        return indicators.hashCode() * 31 + values.hashCode();
    }

    @Override
    public String toString() {
        return "DataSet[" + indicators.size() + " indicators, " + values.size() + " values, " + rules.size() + " rules]";
    }
}
