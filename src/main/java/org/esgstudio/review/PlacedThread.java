package org.esgstudio.review;

import java.util.Objects;

/**
 * A thread read against the report as it is now: where its anchor sits (null when the node is gone) and, when the
 * anchor is lost, why ({@code orphan}, null while it holds). Computed, never stored: an undone deletion brings the
 * anchor back.
 */
public record PlacedThread(CommentThread thread, CommentPlace place, Orphan orphan) {
    public PlacedThread {
        Objects.requireNonNull(thread, "thread");
    }

    public boolean orphaned() {
        return orphan != null;
    }

    public long id() {
        return thread.id();
    }

    /** The chapter number of the anchor (null for front and back matter, or when the node is gone). */
    public Integer chapterNumber() {
        return place == null ? null : place.chapterNumber();
    }
}
