package org.esgstudio.review.compare;

/** How something differs between two states of the report: new, gone, altered, or only in another place. */
public enum ChangeKind {
    ADDED, REMOVED, CHANGED, MOVED
}
