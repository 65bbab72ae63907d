package org.esgstudio.ui.review.disclosures;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.esgstudio.frameworks.Catalogue;
import org.esgstudio.frameworks.CoverageLine;
import org.esgstudio.frameworks.CoverageStatus;
import org.esgstudio.frameworks.Place;
import org.esgstudio.model.IndexRow;
import org.esgstudio.ui.common.I18n;
import org.esgstudio.ui.editor.disclosures.DisclosureLabels;

/**
 * One line of the coverage table: a disclosure of the catalogue as it is cited ("GRI 305-1"), its title, the
 * standard or indicator it belongs to, its status and where the report makes it (section titles, the indicator's
 * code when a table shows a tagged indicator; an omission's explanation).
 */
public record CoverageRow(CoverageLine line, String code, String title, String group, String locations) {

    static CoverageRow of(Catalogue catalogue, CoverageLine line) {
        String title = DisclosureLabels.text(line.entry().title());
        String group = DisclosureLabels.text(line.entry().group().title());
        return new CoverageRow(line, DisclosureLabels.cited(catalogue, line.entry()), title, group, locations(line));
    }

    public CoverageStatus status() {
        return line.status();
    }

    public String tag() {
        return line.entry().tag();
    }

    /** The places that make the disclosure, in reading order (empty when it is not made). */
    public List<Place> places() {
        return line.places();
    }

    /** Where double-click goes: the element of the first place, or null when the disclosure is made nowhere. */
    public String target() {
        return line.places().isEmpty() ? null : line.places().get(0).elementId();
    }

    static String locations(CoverageLine line) {
        Set<String> shown = new LinkedHashSet<>();
        for (Place place : line.places()) {
            shown.add(where(place));
        }
        List<String> parts = new ArrayList<>(shown);
        IndexRow statement = line.statement();
        if (line.status() == CoverageStatus.OMITTED && statement != null) {
            String why = DisclosureLabels.text(statement.omission());
            parts.add(why.isBlank() ? I18n.text("ui.disclosure.omittedFor", statement.reason())
                    : I18n.text("ui.disclosure.omittedFor", why));
        }
        return String.join(I18n.text("ui.disclosure.placeSeparator"), parts);
    }

    /** "2.4 推进绿色运营", or with the indicator a table shows: "关键绩效表（E.GHG.SCOPE1）". */
    static String where(Place place) {
        String where = place.where().isBlank() ? place.elementId() : place.where();
        return place.viaIndicator() ? I18n.text("ui.disclosure.viaIndicator", where, place.indicator()) : where;
    }
}
