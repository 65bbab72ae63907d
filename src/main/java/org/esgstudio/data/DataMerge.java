package org.esgstudio.data;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Brings imported data into a store: indicators matched by code (their descriptions updated, new ones appended),
 * imported values replacing the same indicator and year, others kept; imported rules replacing rules of the same
 * name. The result is saved as one revision, so the history records exactly what changed.
 */
public final class DataMerge {
    private DataMerge() {
    }

    public static DataSet merge(DataSet existing, DataSet incoming) {
        return merge(existing, incoming, java.util.EnumSet.allOf(DataColumn.class));
    }

    /**
     * As {@link #merge(DataSet, DataSet)}, for a sheet that has only the {@code given} columns: an existing
     * indicator keeps what the sheet does not state (its English name, aliases, printed decimals, category …).
     */
    public static DataSet merge(DataSet existing, DataSet incoming, java.util.Set<DataColumn> given) {
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        existing.indicators().forEach(indicator -> indicators.put(indicator.code(), indicator));
        incoming.indicators().forEach(indicator -> indicators.merge(indicator.code(), indicator,
                (old, now) -> combine(old, now, given)));
        Map<String, IndicatorValue> values = new LinkedHashMap<>();
        for (IndicatorValue value : existing.values()) {
            values.put(value.code() + "@" + value.year(), value);
        }
        for (IndicatorValue value : incoming.values()) {
            IndicatorValue old = values.get(value.code() + "@" + value.year());
            // An unchanged figure keeps its history: who entered it and from where.
            values.put(value.code() + "@" + value.year(), value.sameContentAs(old) ? old : value);
        }
        Map<String, Rule> rules = new LinkedHashMap<>();
        existing.rules().forEach(rule -> rules.put(rule.name(), rule));
        incoming.rules().forEach(rule -> rules.put(rule.name(), rule));
        return new DataSet(new ArrayList<>(indicators.values()), new ArrayList<>(values.values()),
                new ArrayList<>(rules.values()));
    }

    private static Indicator combine(Indicator old, Indicator now, java.util.Set<DataColumn> given) {
        return new Indicator(now.code(),
                new org.esgstudio.model.LocalizedText(now.name().zh(),
                        given.contains(DataColumn.NAME_EN) ? now.name().en() : old.name().en()),
                given.contains(DataColumn.ALIASES) ? now.aliases() : old.aliases(),
                now.unit(),
                given.contains(DataColumn.DECIMALS) ? now.decimals() : old.decimals(),
                given.contains(DataColumn.CATEGORY) ? now.category() : old.category(),
                given.contains(DataColumn.DEPARTMENT) ? now.department() : old.department(),
                given.contains(DataColumn.SOURCE) ? now.source() : old.source(),
                given.contains(DataColumn.FRAMEWORKS) ? now.frameworks() : old.frameworks(),
                new org.esgstudio.model.LocalizedText(
                        given.contains(DataColumn.DEFINITION) ? now.definition().zh() : old.definition().zh(),
                        given.contains(DataColumn.DEFINITION_EN) ? now.definition().en() : old.definition().en()));
    }

    /** Codes for workbook rows without one: the existing indicator of that name or alias, else a stable new code. */
    public static DataSheet.CodeResolver resolver(DataSet existing) {
        return (name, aliases) -> {
            for (Indicator indicator : existing.indicators()) {
                if (indicator.name().zh().equals(name) || indicator.aliases().contains(name)
                        || aliases.contains(indicator.name().zh())) {
                    return indicator.code();
                }
            }
            return "X." + digest(name);
        };
    }

    private static String digest(String name) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return String.format(Locale.ROOT, "%08X", new BigInteger(1, hash).shiftRight(224).longValue());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The names of the indicators and values an import changes, for the summary line: (indicators, values). */
    public static List<Integer> changes(DataSet before, DataSet after) {
        int indicators = 0;
        for (Indicator indicator : after.indicators()) {
            if (!before.indicator(indicator.code()).map(indicator::equals).orElse(false)) {
                indicators++;
            }
        }
        int values = 0;
        for (IndicatorValue value : after.values()) {
            if (!value.sameContentAs(before.value(value.code(), value.year()).orElse(null))) {
                values++;
            }
        }
        return List.of(indicators, values);
    }
}
