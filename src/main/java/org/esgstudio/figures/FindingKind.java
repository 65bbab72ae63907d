package org.esgstudio.figures;

import java.util.Locale;

/**
 * What a finding is about (DESIGN.md's {@code kind}): a figure disagreeing with the store, a figure matched to no
 * indicator, a failing rule, a large year-on-year change without a note, one indicator quoted with different values,
 * a growth rate that disagrees with the two years' values, missing English, table shares not adding up to 100 %,
 * a figure that could belong to more than one indicator, a disclosure code or content index row that is wrong.
 */
public enum FindingKind {
    MISMATCH, UNVERIFIED, RULE, YOY, CROSSREF, GROWTH, TRANSLATION, SHARE, AMBIGUOUS, DISCLOSURE;

    /** The name used in JSON: lower case. */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
