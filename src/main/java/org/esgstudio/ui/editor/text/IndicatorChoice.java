package org.esgstudio.ui.editor.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.esgstudio.data.DataSet;
import org.esgstudio.data.FigureFormat;
import org.esgstudio.data.Indicator;
import org.esgstudio.data.IndicatorValue;

/**
 * An indicator as the figure picker lists it: name, code, aliases, unit and its latest value, with the filter that
 * finds it by any of them.
 */
record IndicatorChoice(String code, String name, List<String> aliases, String unit, Integer latestYear,
                       String latestValue) {

    static List<IndicatorChoice> of(DataSet data) {
        List<IndicatorChoice> choices = new ArrayList<>();
        for (Indicator indicator : data.indicators()) {
            Integer latest = null;
            for (IndicatorValue value : data.valuesOf(indicator.code())) {
                if (latest == null || value.year() > latest) {
                    latest = value.year();
                }
            }
            String printed = latest == null ? null : FigureFormat.of(data, indicator.code(), latest, false);
            choices.add(new IndicatorChoice(indicator.code(), indicator.name().zh(), indicator.aliases(),
                    indicator.unit(), latest, printed));
        }
        return choices;
    }

    /** Whether every word of the query is in the name, code or an alias (case-insensitive). */
    boolean matches(String query) {
        String haystack = (name + " " + code + " " + String.join(" ", aliases)).toLowerCase(Locale.ROOT);
        for (String word : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!word.isEmpty() && !haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    static List<IndicatorChoice> filter(List<IndicatorChoice> choices, String query) {
        return choices.stream().filter(choice -> choice.matches(query == null ? "" : query)).toList();
    }
}
