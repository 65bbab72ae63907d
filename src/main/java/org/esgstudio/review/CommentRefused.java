package org.esgstudio.review;

import org.esgstudio.i18n.UserFacingException;

/**
 * A comment, answer, resolve or reopen that cannot be made, and why: the message (key {@code comment.refused.*})
 * names the block, figure or thread; the caller adds the file. Nothing was written.
 */
public final class CommentRefused extends UserFacingException {
    private static final long serialVersionUID = 1L;
    private final Reason reason;

    /** Why; the last two are refusals of a valid request (the thread already is as asked), the others bad input. */
    public enum Reason {
        EMPTY_TEXT("empty"), NO_BLOCK("noBlock"), NO_FIGURE("noFigure"), NO_THREAD("noThread"),
        ALREADY_RESOLVED("resolved"), ALREADY_OPEN("open");

        private final String key;

        Reason(String key) {
            this.key = key;
        }
    }

    CommentRefused(Reason reason, Object... args) {
        super("comment.refused." + reason.key, args);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The thread is already resolved (or already open): the request was understood and is refused. */
    public boolean alreadyDone() {
        return reason == Reason.ALREADY_RESOLVED || reason == Reason.ALREADY_OPEN;
    }
}
