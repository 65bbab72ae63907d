package org.esgstudio.review;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A comment thread as its comments and status events make it: the first comment (with the anchor), the answers in
 * the order they were written, the status, and the last resolve or reopen (null while it never changed).
 */
public record CommentThread(Comment opening, List<Comment> replies, CommentStatus status, CommentEvent lastChange) {
    public CommentThread {
        Objects.requireNonNull(opening, "opening");
        Objects.requireNonNull(status, "status");
        replies = List.copyOf(replies);
        if (!opening.opensThread()) {
            throw new IllegalArgumentException("a thread starts with a comment that opens it");
        }
    }

    /** The thread's id: that of its first comment. */
    public long id() {
        return opening.id();
    }

    public CommentAnchor anchor() {
        return opening.anchor();
    }

    public String author() {
        return opening.author();
    }

    public Instant at() {
        return opening.at();
    }

    public boolean isOpen() {
        return status == CommentStatus.OPEN;
    }

    /** The first comment and the answers, in order. */
    public List<Comment> comments() {
        List<Comment> all = new java.util.ArrayList<>(replies.size() + 1);
        all.add(opening);
        all.addAll(replies);
        return all;
    }
}
