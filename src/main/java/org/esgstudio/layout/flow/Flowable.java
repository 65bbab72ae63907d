package org.esgstudio.layout.flow;

/**
 * Content that flows down a column and may be split across pages: a paragraph, a table, a case-study panel …
 * {@link #place} is asked to fit into {@code available} points of height at the column's width.
 */
public interface Flowable {

    /**
     * Places as much as fits. On a page that is still empty ({@link PageContext#pageIsEmpty()}) a flowable must place
     * something, so that layout always progresses.
     */
    Placement place(PageContext page, double available);

    /** Whether this flowable must stay on the same page as the start of the next one (headings). */
    default boolean keepWithNext() {
        return false;
    }

    /** The height of the smallest first part this flowable accepts (for keeping a heading with what follows). */
    double minHeight();

    /** The height of the whole flowable if placed on one page (used for keep-together decisions). */
    double height();
}
