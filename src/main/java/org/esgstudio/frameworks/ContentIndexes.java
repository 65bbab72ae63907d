package org.esgstudio.frameworks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.esgstudio.data.DataSet;
import org.esgstudio.data.Project;
import org.esgstudio.model.BackPart;
import org.esgstudio.model.ContentIndex;
import org.esgstudio.model.IndexRow;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Report;

/**
 * Generates the rows of the report's generated content indexes from their catalogue and the report's disclosure
 * codes, just before layout (which then resolves each location to its section title and page number). A hand-made
 * index, or one naming a catalogue that is not at hand, is left as it is (the disclosure checks report the latter).
 */
public final class ContentIndexes {
    private static final LocalizedText NOT_DISCLOSED = LocalizedText.of("/", "/");

    private ContentIndexes() {
    }

    /** The project with every generated content index laid out as rows. */
    public static Project expand(Project project, Catalogues catalogues) {
        Report report = project.report();
        List<BackPart> back = new ArrayList<>();
        boolean changed = false;
        for (BackPart part : report.back()) {
            if (part instanceof ContentIndex index && index.generated()
                    && catalogues.find(index.framework()).isPresent()) {
                back.add(expand(index, catalogues.find(index.framework()).get(), report, project.data()));
                changed = true;
            } else {
                back.add(part);
            }
        }
        return changed ? new Project(report.withBack(back), project.data(), project.assets()) : project;
    }

    /** One generated index's printed rows and statement. */
    public static ContentIndex expand(ContentIndex index, Catalogue catalogue, Report report, DataSet data) {
        CoverageReport coverage = Coverage.of(catalogue, report, data);
        boolean tree = Catalogue.TREE_STYLE.equals(catalogue.indexStyle());
        List<IndexRow> rows = new ArrayList<>();
        for (CoverageLine line : coverage.lines()) {
            if (!listed(index.generate(), line.status())) {
                continue;
            }
            rows.add(row(index, catalogue, line, tree));
        }
        ContentIndex expanded = index.withRows(rows);
        if (index.statement().isEmpty() && !tree) {
            expanded = expanded.withStatement(StatementsOfUse.of(catalogue, index.claim(), report.settings()));
        }
        return expanded;
    }

    private static boolean listed(String generate, CoverageStatus status) {
        switch (generate) {
            case "all":
                return true;
            case "expected":
                return status != CoverageStatus.NOT_EXPECTED;
            default:
                return status == CoverageStatus.COVERED || status == CoverageStatus.OMITTED;
        }
    }

    private static IndexRow row(ContentIndex index, Catalogue catalogue, CoverageLine line, boolean tree) {
        CatalogueEntry entry = line.entry();
        Set<String> anchors = new LinkedHashSet<>();
        line.places().forEach(place -> anchors.add(place.anchor()));
        LocalizedText omission = LocalizedText.EMPTY;
        String requirement = "";
        String reason = "";
        if (line.status() == CoverageStatus.OMITTED) {
            IndexRow statement = line.statement();
            if (tree) {
                LocalizedText reasonTitle = catalogue.reason(statement.reason()).map(OmissionReason::title)
                        .orElse(LocalizedText.of(statement.reason(), statement.reason()));
                omission = joined(reasonTitle, statement.omission());
            } else {
                omission = statement.omission();
                requirement = statement.requirement();
                reason = statement.reason();
            }
        } else if (line.status() != CoverageStatus.COVERED) {
            omission = NOT_DISCLOSED;
        }
        CatalogueGroup group = entry.group();
        LocalizedText groupLabel = tree && !group.code().isEmpty()
                ? LocalizedText.of(group.code() + " " + group.title().zh(), group.title().en().isEmpty() ? ""
                        : group.code() + " " + group.title().en())
                : group.title();
        return new IndexRow(index.id() + "-" + entry.code().replaceAll("[^A-Za-z0-9]", "-"), entry.code(), entry.title(),
                new ArrayList<>(anchors), omission, requirement, reason, groupLabel);
    }

    private static LocalizedText joined(LocalizedText reason, LocalizedText explanation) {
        if (reason.isEmpty()) {
            return explanation;
        }
        if (explanation.isEmpty()) {
            return reason;
        }
        return LocalizedText.of(reason.zh() + "：" + explanation.zh(),
                explanation.en().isEmpty() ? reason.en() : reason.en() + ": " + explanation.en());
    }
}
