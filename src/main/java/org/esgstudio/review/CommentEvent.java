package org.esgstudio.review;

import java.time.Instant;
import java.util.Objects;

/** A thread resolved or reopened: which thread, by whom, when. {@code id} is 0 until stored; events are kept as made. */
public record CommentEvent(long id, long threadId, CommentAction action, String who, Instant at) {
    public CommentEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(at, "at");
    }

    public CommentEvent withId(long stored) {
        return new CommentEvent(stored, threadId, action, who, at);
    }
}
