package org.esgstudio.frameworks;

import java.util.Objects;

/**
 * Where the report makes a disclosure: the tagged element (a section, chapter, part or block, or a data table or KPI
 * table showing a tagged indicator), the element whose page the index prints ({@code anchor}), the location as
 * readers find it (section or part title, chapter › section for the trail) and whether the element holds anything.
 */
public record Place(String elementId, String anchor, String sectionId, String where, boolean empty, String indicator) {
    public Place {
        Objects.requireNonNull(elementId, "elementId");
        anchor = Objects.requireNonNullElse(anchor, elementId);
        sectionId = Objects.requireNonNullElse(sectionId, "");
        where = Objects.requireNonNullElse(where, "");
        indicator = Objects.requireNonNullElse(indicator, "");
    }

    /** Whether the place comes from an indicator's code rather than the element's own tags. */
    public boolean viaIndicator() {
        return !indicator.isEmpty();
    }
}
