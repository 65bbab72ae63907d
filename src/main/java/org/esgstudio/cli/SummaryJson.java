package org.esgstudio.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.esgstudio.json.JsonText;

/** {@code info --json}: the summary as one JSON object, keys in English, for scripts. */
final class SummaryJson {
    private SummaryJson() {
    }

    static String of(ProjectSummary s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("company", s.company());
        json.put("title", s.title());
        json.put("year", s.year());
        json.put("comparisonYears", s.comparisonYears());
        json.put("languages", s.languages());
        json.put("theme", s.theme());
        json.put("chapters", s.chapters());
        json.put("features", s.features());
        json.put("sections", s.sections());
        json.put("blocks", s.blocks());
        json.put("caseStudies", s.caseStudies());
        json.put("footnotes", s.footnotes());
        json.put("indicators", s.indicators());
        json.put("values", s.values());
        json.put("rules", s.rules());
        json.put("assets", s.assets());
        json.put("hanCharacters", s.hanCharacters());
        json.put("textsMissingEnglish", s.textsMissingEnglish());
        json.put("revisions", s.revisions());
        return JsonText.compact(json);
    }
}
