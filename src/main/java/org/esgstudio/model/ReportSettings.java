package org.esgstudio.model;

import java.util.List;
import java.util.Objects;

/** What the report is: whose, for which year, compared with which years, in which languages and look. */
public record ReportSettings(LocalizedText company, LocalizedText shortName, int year, List<Integer> comparisonYears,
                             LocalizedText title, List<Language> languages, String theme, boolean numberedSections) {
    public ReportSettings {
        company = LocalizedText.orEmpty(company);
        shortName = LocalizedText.orEmpty(shortName);
        if (year < 1900 || year > 2999) {
            throw new InvalidValueException("reporting year " + year + " is not a plausible year", "guard.model.year", year);
        }
        comparisonYears = Lists.copy(comparisonYears);
        for (int earlier : comparisonYears) {
            if (earlier >= year) {
                throw new InvalidValueException("comparison year " + earlier + " is not before the reporting year " + year,
                        "guard.model.comparisonYear", earlier, year);
            }
        }
        title = LocalizedText.orEmpty(title);
        languages = languages == null || languages.isEmpty() ? List.of(Language.ZH) : List.copyOf(languages);
        theme = Objects.requireNonNullElse(theme, "default");
    }

    /** The reporting year followed by the comparison years, newest first. */
    public List<Integer> years() {
        List<Integer> years = new java.util.ArrayList<>();
        years.add(year);
        years.addAll(comparisonYears);
        return List.copyOf(years);
    }

    public boolean publishes(Language language) {
        return languages.contains(language);
    }
}
