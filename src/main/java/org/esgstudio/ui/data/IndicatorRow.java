package org.esgstudio.ui.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.esgstudio.data.DataSet;
import org.esgstudio.data.Indicator;
import org.esgstudio.data.IndicatorValue;
import org.esgstudio.ui.common.I18n;

/** One indicator of the catalogue as the data grid shows it: its description, its values by year and their problems. */
public record IndicatorRow(Indicator indicator, Map<Integer, IndicatorValue> values,
                           Map<Integer, List<String>> problems) {
    public IndicatorRow {
        values = Map.copyOf(values);
        problems = Map.copyOf(problems);
    }

    static IndicatorRow of(Indicator indicator, DataSet data, List<Integer> years, ValueProblems found) {
        Map<Integer, IndicatorValue> values = new LinkedHashMap<>();
        Map<Integer, List<String>> problems = new LinkedHashMap<>();
        for (int year : years) {
            data.value(indicator.code(), year).ifPresent(value -> values.put(year, value));
            if (found.has(indicator.code(), year)) {
                problems.put(year, found.about(indicator.code(), year));
            }
        }
        return new IndicatorRow(indicator, values, problems);
    }

    public String code() {
        return indicator.code();
    }

    public IndicatorValue value(int year) {
        return values.get(year);
    }

    public String shown(int year) {
        return ValueText.shown(indicator, values.get(year));
    }

    public boolean hasProblem(int year) {
        return problems.containsKey(year);
    }

    public List<String> problems(int year) {
        return problems.getOrDefault(year, List.of());
    }

    /** The values' notes, newest year first; with the year when more than one year has a note. */
    public String note(List<Integer> years) {
        List<String> notes = new ArrayList<>();
        List<Integer> noted = new ArrayList<>();
        for (int year : years) {
            IndicatorValue value = values.get(year);
            if (value != null && !value.note().isBlank() && !notes.contains(value.note())) {
                notes.add(value.note());
                noted.add(year);
            }
        }
        if (notes.size() <= 1) {
            return notes.isEmpty() ? "" : notes.get(0);
        }
        List<String> labelled = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) {
            labelled.add(I18n.text("ui.data.note.ofYear", noted.get(i), notes.get(i)));
        }
        return String.join("；", labelled);
    }
}
