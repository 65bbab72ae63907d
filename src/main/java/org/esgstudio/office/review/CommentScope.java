package org.esgstudio.office.review;

import org.esgstudio.review.CommentThread;

/**
 * Which review comment threads a copy carries as Word comments: the open ones (the default: what still needs an
 * answer), all of them (resolved ones marked so), or none.
 */
public enum CommentScope {
    OPEN, ALL, NONE;

    boolean includes(CommentThread thread) {
        return this == ALL || this == OPEN && thread.isOpen();
    }
}
