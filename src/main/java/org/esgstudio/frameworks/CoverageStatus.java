package org.esgstudio.frameworks;

import java.util.Locale;

/**
 * Where a disclosure stands in a report: made somewhere that says something, omitted with a reason, expected by the
 * framework but neither made nor omitted, or outside what the report takes on (a GRI topic standard not in use).
 */
public enum CoverageStatus {
    COVERED, OMITTED, MISSING, NOT_EXPECTED;

    public String json() {
        return name().toLowerCase(Locale.ROOT).replace("_", "-");
    }
}
