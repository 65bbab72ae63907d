package org.esgstudio.figures;

/**
 * What a number in text is. Only FIGURE, PERCENT and PERCENT_POINTS are figures to check; the rest are numbers that
 * must never raise a false alarm (years, dates, codes, phone numbers, addresses, ordinals …, numbers.md §5–§12).
 */
public enum MentionKind {
    FIGURE, PERCENT, PERCENT_POINTS, RANGE, YEAR, DATE, CODE, PHONE, POSTCODE, ADDRESS, ORDINAL, VERSION, NAME,
    FOOTNOTE_MARK, ENUMERATOR, THRESHOLD;

    public boolean isFigure() {
        return this == FIGURE || this == PERCENT || this == PERCENT_POINTS;
    }
}
