package org.esgstudio.cli;

import java.util.List;
import org.esgstudio.data.Project;
import org.esgstudio.model.ReportSettings;
import org.esgstudio.model.ReportStatistics;
import org.esgstudio.store.Revision;

/** What {@code info} reports about a project: its settings and counts, and its latest revision. */
record ProjectSummary(String company, String title, int year, List<Integer> comparisonYears, List<String> languages,
                      String theme, int chapters, int features, int sections, int blocks, int caseStudies,
                      int indicators, int values, int rules, int footnotes, int assets, int hanCharacters,
                      int textsMissingEnglish, int revisions, Revision lastRevision) {

    static ProjectSummary of(Project project, List<Revision> history) {
        ReportSettings s = project.report().settings();
        ReportStatistics stats = ReportStatistics.of(project.report());
        return new ProjectSummary(s.company().zh(), s.title().zh(), s.year(), s.comparisonYears(),
                s.languages().stream().map(language -> language.name().toLowerCase(java.util.Locale.ROOT)).toList(),
                s.theme(), stats.chapters(), stats.features(), stats.sections(), stats.blocks(), stats.caseStudies(),
                project.data().indicators().size(), project.data().values().size(), project.data().rules().size(),
                stats.footnotes(), project.assets().size(), stats.hanCharacters(), stats.textsMissingEnglish(),
                history.size(), history.isEmpty() ? null : history.get(history.size() - 1));
    }
}
