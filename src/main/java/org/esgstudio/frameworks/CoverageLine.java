package org.esgstudio.frameworks;

import java.util.List;
import org.esgstudio.model.IndexRow;

/**
 * One disclosure of a catalogue in a report: its status, the places that make it (non-empty ones; tagged empty
 * places are the disclosure checks' business), and the content index row that omits it or adds locations, if any.
 */
public record CoverageLine(CatalogueEntry entry, CoverageStatus status, List<Place> places, IndexRow statement) {
    public CoverageLine {
        places = List.copyOf(places);
    }
}
