package org.esgstudio.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.esgstudio.data.IndicatorValue;
import org.esgstudio.json.JsonText;
import org.esgstudio.review.Approval;
import org.esgstudio.review.ReviewedFigure;
import org.esgstudio.review.ValueChange;
import org.esgstudio.review.ValueLineage;

/**
 * {@code lineage --json}: one object, keys in English, for scripts. Amounts are exact decimal strings; times ISO-8601
 * UTC; a value not reported is null.
 */
final class LineageJson {
    private LineageJson() {
    }

    static String of(ValueLineage lineage) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("value", lineage.key());
        json.put("code", lineage.code());
        json.put("year", lineage.year());
        Map<String, Object> indicator = new LinkedHashMap<>();
        indicator.put("nameZh", lineage.indicator().name().zh());
        indicator.put("nameEn", lineage.indicator().name().en());
        indicator.put("unit", lineage.indicator().unit());
        indicator.put("decimals", lineage.indicator().decimals());
        json.put("indicator", indicator);
        json.put("current", value(lineage.current()));
        List<Map<String, Object>> earlier = new ArrayList<>();
        for (ValueChange change : lineage.earlier()) {
            earlier.add(state(change));
        }
        json.put("earlier", earlier);
        json.put("changes", lineage.changes().size());
        Map<String, Object> signOff = new LinkedHashMap<>();
        signOff.put("state", lineage.signOff().state().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        Approval approval = lineage.signOff().approval();
        signOff.put("reviewer", approval == null ? null : approval.reviewer());
        signOff.put("at", approval == null ? null : approval.at().toString());
        json.put("approval", signOff);
        List<Map<String, Object>> cited = new ArrayList<>();
        for (ReviewedFigure figure : lineage.citations()) {
            Map<String, Object> place = new LinkedHashMap<>();
            place.put("chapter", figure.chapterTitle());
            place.put("location", figure.location());
            place.put("blockId", figure.blockId());
            place.put("text", figure.text());
            place.put("status", figure.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            cited.add(place);
        }
        json.put("citations", cited);
        return JsonText.compactWithNulls(json);
    }

    private static Map<String, Object> state(ValueChange change) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("revision", change.revision());
        state.put("savedAt", change.savedAt().toString());
        state.put("savedBy", change.savedBy());
        state.put("summary", change.summary());
        state.put("value", value(change.after()));
        return state;
    }

    private static Map<String, Object> value(IndicatorValue value) {
        if (value == null) {
            return null;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("amount", value.amount() == null ? null : value.amount().toPlainString());
        json.put("status", value.isReported() ? "reported" : "not-applicable");
        json.put("file", value.provenance().file());
        json.put("cell", value.provenance().cell());
        json.put("typed", value.provenance().isTyped());
        json.put("by", value.provenance().author());
        json.put("at", value.provenance().at().toString());
        json.put("note", value.note());
        return json;
    }
}
