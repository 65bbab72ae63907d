package org.esgstudio.review;

import java.time.Instant;
import java.util.Objects;

/**
 * One comment as written: the first comment of a thread (no {@code threadId}, with its anchor) or an answer to a
 * thread ({@code threadId} is the id of the thread's first comment; no anchor of its own). {@code id} is 0 until
 * stored. Comments are never changed or deleted: a thread is answered, resolved and reopened, not edited.
 */
public record Comment(long id, Long threadId, CommentAnchor anchor, String body, String author, Instant at) {
    public Comment {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(at, "at");
        if ((threadId == null) == (anchor == null)) {
            throw new IllegalArgumentException("a thread's first comment has an anchor, an answer has a thread");
        }
        if (body.isBlank()) {
            throw new IllegalArgumentException("a comment says something");
        }
    }

    /** The first comment of a new thread. */
    public static Comment opening(CommentAnchor anchor, String body, String author, Instant at) {
        return new Comment(0, null, Objects.requireNonNull(anchor, "anchor"), body, author, at);
    }

    /** An answer to the thread whose first comment has the id {@code threadId}. */
    public static Comment reply(long threadId, String body, String author, Instant at) {
        return new Comment(0, threadId, null, body, author, at);
    }

    public Comment withId(long stored) {
        return new Comment(stored, threadId, anchor, body, author, at);
    }

    public boolean opensThread() {
        return threadId == null;
    }

    /** The first line of the text, for one-line lists. */
    public String firstLine() {
        String stripped = body.strip();
        int end = stripped.indexOf('\n');
        return (end < 0 ? stripped : stripped.substring(0, end)).strip();
    }
}
