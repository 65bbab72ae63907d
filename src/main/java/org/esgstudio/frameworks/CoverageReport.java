package org.esgstudio.frameworks;

import java.util.List;

/** A report's coverage of one catalogue: a line per disclosure, in catalogue order. */
public record CoverageReport(Catalogue catalogue, List<CoverageLine> lines) {
    public CoverageReport {
        lines = List.copyOf(lines);
    }

    public List<CoverageLine> with(CoverageStatus status) {
        return lines.stream().filter(line -> line.status() == status).toList();
    }

    public int count(CoverageStatus status) {
        return with(status).size();
    }
}
