package org.esgstudio.layout.flow;

import org.esgstudio.layout.OutlineEntry;

/**
 * One item of the sequence the composer lays out: content, a page break, a designed page, a change of running
 * head, or an anchor (with an optional outline entry) at the current position.
 */
public sealed interface FlowItem {

    /** Content that flows. */
    record Content(Flowable flowable) implements FlowItem {
    }

    /** Continue on a new page (a new chapter or part). */
    record NewPage() implements FlowItem {
    }

    /** A page drawn whole. */
    record Designed(DesignedPage page) implements FlowItem {
    }

    /** From here on, body pages carry this running head. */
    record RunningHead(String text) implements FlowItem {
    }

    /** A named place at the current position; with an outline entry it becomes a bookmark. */
    record Mark(String anchor, OutlineEntry outline) implements FlowItem {
    }
}
