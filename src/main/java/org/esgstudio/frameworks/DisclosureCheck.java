package org.esgstudio.frameworks;

import java.util.ArrayList;
import java.util.List;
import org.esgstudio.data.Indicator;
import org.esgstudio.figures.Check;
import org.esgstudio.figures.Finding;
import org.esgstudio.figures.FindingKind;
import org.esgstudio.figures.Severity;
import org.esgstudio.figures.ValidationInput;
import org.esgstudio.model.BackPart;
import org.esgstudio.model.ContentIndex;
import org.esgstudio.model.DisclosureTags;
import org.esgstudio.model.IndexRow;
import org.esgstudio.model.Report;

/**
 * Finds what is wrong with the report's disclosure codes and content indexes: a code of no known catalogue or
 * disclosure, a disclosure tagged on an element that says nothing, a code left on an element that is gone, an index
 * naming a catalogue that is not at hand, an omission with a reason the catalogue does not know, and a hand-made
 * index row pointing to a section that does not report the disclosure.
 */
public final class DisclosureCheck implements Check {
    private final Catalogues catalogues;

    public DisclosureCheck(Catalogues catalogues) {
        this.catalogues = catalogues;
    }

    @Override
    public List<Finding> check(ValidationInput input) {
        Report report = input.report();
        ReportPlaces places = ReportPlaces.of(report, input.data());
        List<Finding> findings = new ArrayList<>();
        report.disclosures().byElement().forEach((element, codes) -> {
            String where = places.path(element);
            for (String code : codes) {
                if (where == null) {
                    findings.add(finding(Severity.WARNING, code, "check.disclosure.dangling", element, element, element,
                            code));
                } else {
                    unknown(code, where, element, findings);
                }
            }
        });
        for (Indicator indicator : input.data().indicators()) {
            for (String code : indicator.frameworks()) {
                unknown(code, indicator.code(), null, findings);
            }
        }
        places.all().forEach((tag, list) -> {
            for (Place place : list) {
                if (place.empty() && !place.viaIndicator() && catalogues.entry(tag).isPresent()) {
                    String where = java.util.Objects.requireNonNullElse(places.path(place.elementId()), place.where());
                    findings.add(finding(Severity.WARNING, tag, "check.disclosure.empty", where, place.elementId(),
                            tag, where));
                }
            }
        });
        for (BackPart part : report.back()) {
            if (part instanceof ContentIndex index) {
                index(index, report, places, findings);
            }
        }
        return findings;
    }

    private void unknown(String code, String where, String elementId, List<Finding> findings) {
        if (!DisclosureTags.wellFormed(code)) {
            findings.add(finding(Severity.ERROR, code, "check.disclosure.malformed", where, elementId, code, where));
        } else if (catalogues.find(DisclosureTags.catalogueOf(code)).isEmpty()) {
            findings.add(finding(Severity.ERROR, code, "check.disclosure.unknownCatalogue", where, elementId, code,
                    DisclosureTags.catalogueOf(code), String.join(", ", catalogues.ids())));
        } else if (catalogues.entry(code).isEmpty()) {
            findings.add(finding(Severity.ERROR, code, "check.disclosure.unknownCode", where, elementId, code,
                    catalogues.find(DisclosureTags.catalogueOf(code)).get().label(org.esgstudio.model.Language.ZH)));
        }
    }

    private void index(ContentIndex index, Report report, ReportPlaces places, List<Finding> findings) {
        String where = index.title().zh();
        if (index.framework().isEmpty()) {
            return;
        }
        Catalogue catalogue = catalogues.find(index.framework()).orElse(null);
        if (catalogue == null) {
            if (index.generated()) {
                findings.add(finding(Severity.ERROR, index.framework(), "check.disclosure.indexCatalogue", where,
                        index.id(), index.framework(), String.join(", ", catalogues.ids())));
            }
            return;
        }
        for (IndexRow row : index.rows()) {
            String code = Codes.normalise(row.code());
            String rowWhere = where + " › " + row.code();
            if (catalogue.entry(code).isEmpty()) {
                if (index.generated()) {
                    findings.add(finding(Severity.ERROR, row.code(), "check.disclosure.indexCode", rowWhere, index.id(),
                            row.code(), catalogue.label(org.esgstudio.model.Language.ZH)));
                }
                continue;
            }
            if (!row.reason().isEmpty() && catalogue.reason(row.reason()).isEmpty()) {
                findings.add(finding(Severity.ERROR, row.code(), "check.disclosure.reason", rowWhere, index.id(),
                        row.reason(), reasons(catalogue)));
            }
            if (!index.generated()) {
                String tag = catalogue.id() + ":" + code;
                for (String section : row.sections()) {
                    if (!reports(places.of(tag), section)) {
                        findings.add(finding(Severity.ERROR, tag, "check.disclosure.indexPointsElsewhere", rowWhere,
                                index.id(), row.code(), title(report, section), tag));
                    }
                }
            }
        }
    }

    /** Whether the section (or a block in it, or the element itself) carries the disclosure with something to say. */
    private static boolean reports(List<Place> places, String element) {
        return places.stream().anyMatch(place -> !place.empty()
                && (place.elementId().equals(element) || place.sectionId().equals(element)));
    }

    private static String title(Report report, String id) {
        return org.esgstudio.model.ReportQuery.section(report, id).map(s -> s.title().zh()).orElse(id);
    }

    private static String reasons(Catalogue catalogue) {
        List<String> codes = new ArrayList<>();
        catalogue.omissionReasons().forEach(reason -> codes.add(reason.code()));
        return String.join(", ", codes);
    }

    private static Finding finding(Severity severity, String code, String key, String where, String elementId,
                                   Object... args) {
        return new Finding(severity, FindingKind.DISCLOSURE, null, null, code, "", key, args, where, elementId);
    }
}
