package org.esgstudio.frameworks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.esgstudio.data.DataSet;
import org.esgstudio.model.BackPart;
import org.esgstudio.model.ContentIndex;
import org.esgstudio.model.DisclosureTags;
import org.esgstudio.model.IndexRow;
import org.esgstudio.model.Report;

/**
 * Works out which disclosures of a catalogue a report makes, omits with a reason, or misses. The report's tags and
 * its indicators' codes say where a disclosure is made; a generated content index of the catalogue adds the team's
 * statements (omissions, further locations). A disclosure is expected when its group is {@code always} (GRI 2 and 3,
 * every item of the guides), or when its group is {@code whenUsed} and any disclosure of the group is made or omitted
 * (a GRI topic standard in use is reported in full or its omissions explained).
 */
public final class Coverage {
    private Coverage() {
    }

    public static CoverageReport of(Catalogue catalogue, Report report, DataSet data) {
        Map<String, IndexRow> statements = statements(catalogue, report);
        ReportPlaces places = ReportPlaces.of(withStatedLocations(catalogue, report, statements), data);
        List<CatalogueEntry> entries = catalogue.entries();
        Map<String, CoverageStatus> made = new HashMap<>();
        Set<String> usedGroups = new HashSet<>();
        for (CatalogueEntry entry : entries) {
            List<Place> said = saying(places.of(entry.tag()));
            IndexRow statement = statements.get(entry.code());
            if (!said.isEmpty()) {
                made.put(entry.code(), CoverageStatus.COVERED);
            } else if (statement != null && statement.omitted()) {
                made.put(entry.code(), CoverageStatus.OMITTED);
            }
            if (made.containsKey(entry.code())) {
                usedGroups.add(groupKey(entry));
            }
        }
        List<CoverageLine> lines = new ArrayList<>();
        for (CatalogueEntry entry : entries) {
            CoverageStatus status = made.get(entry.code());
            if (status == null) {
                status = entry.alwaysExpected() || usedGroups.contains(groupKey(entry)) ? CoverageStatus.MISSING
                        : CoverageStatus.NOT_EXPECTED;
            }
            lines.add(new CoverageLine(entry, status, saying(places.of(entry.tag())), statements.get(entry.code())));
        }
        return new CoverageReport(catalogue, lines);
    }

    /** The rows of the report's generated content indexes of this catalogue, by disclosure code. */
    static Map<String, IndexRow> statements(Catalogue catalogue, Report report) {
        Map<String, IndexRow> rows = new HashMap<>();
        for (BackPart part : report.back()) {
            if (part instanceof ContentIndex index && index.generated() && index.framework().equals(catalogue.id())) {
                for (IndexRow row : index.rows()) {
                    rows.putIfAbsent(Codes.normalise(row.code()), row);
                }
            }
        }
        return rows;
    }

    /** The report with the locations that index rows state added to its tags (they say the same thing). */
    static Report withStatedLocations(Catalogue catalogue, Report report, Map<String, IndexRow> statements) {
        DisclosureTags tags = report.disclosures();
        for (IndexRow row : statements.values()) {
            for (String element : row.sections()) {
                List<String> codes = new ArrayList<>(tags.of(element));
                codes.add(catalogue.id() + ":" + Codes.normalise(row.code()));
                tags = tags.with(element, codes);
            }
        }
        return tags == report.disclosures() ? report : report.withDisclosures(tags);
    }

    private static List<Place> saying(List<Place> places) {
        return places.stream().filter(place -> !place.empty()).toList();
    }

    private static String groupKey(CatalogueEntry entry) {
        return entry.group().code();
    }
}
