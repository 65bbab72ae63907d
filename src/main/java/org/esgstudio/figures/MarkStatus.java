package org.esgstudio.figures;

/** How a figure in the editor is marked: green, red, or amber (unverified or ambiguous). */
public enum MarkStatus {
    AGREES, DISAGREES, UNVERIFIED, AMBIGUOUS
}
