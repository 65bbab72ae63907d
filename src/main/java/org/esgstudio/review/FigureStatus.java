package org.esgstudio.review;

/**
 * Where a figure of the text stands in review: it disagrees with the store ({@code IN_ERROR}), a valid approval covers
 * it, it agrees with the store but nobody approved it yet, or it could not be checked against the store.
 */
public enum FigureStatus {
    IN_ERROR, APPROVED, VERIFIED, UNVERIFIED
}
