package org.esgstudio.layout;

/**
 * Where a block of the report (by id) sits on a page: from {@code top} to {@code bottom}, in points from the page's
 * top edge, across the column. A block split over pages has a span on each; the preview maps clicks and selections
 * with these. Never written to the PDF.
 */
public record BlockSpan(String id, double top, double bottom) {

    public boolean contains(double y) {
        return y >= top && y <= bottom;
    }
}
