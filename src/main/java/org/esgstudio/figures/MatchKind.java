package org.esgstudio.figures;

/**
 * How a quoted figure was tied to an indicator: a figure reference in the text (rendered from the store, so it
 * cannot drift), a tile or callout bound to an indicator, the indicator's name or alias in the same sentence or
 * table row (inferred), nothing (unverified), or more than one indicator equally (ambiguous, never guessed).
 */
public enum MatchKind {
    REFERENCE, BOUND, INFERRED, NONE, AMBIGUOUS
}
