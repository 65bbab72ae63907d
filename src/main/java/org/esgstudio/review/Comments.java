package org.esgstudio.review;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.esgstudio.data.Project;

/**
 * Makes comments, answers and status events, checked against the project and the threads as they are: a comment
 * needs text and an anchor that exists (a block, or a figure written in it), an answer or status change needs a
 * thread, and a thread is resolved only while open and reopened only while resolved. The command line and the app
 * both come here; the caller stores what it gets. Refusals are {@link CommentRefused}.
 */
public final class Comments {
    private static final int FIGURES_NAMED = 8;

    private Comments() {
    }

    /** A new thread's first comment on {@code anchor}. */
    public static Comment open(Project project, CommentAnchor anchor, String body, String author, Instant at) {
        String text = text(body);
        CommentAnchors anchors = new CommentAnchors(project);
        Optional<List<CommentAnchor>> figures = anchors.figures(anchor.blockId());
        if (figures.isEmpty()) {
            throw new CommentRefused(CommentRefused.Reason.NO_BLOCK, anchor.blockId());
        }
        if (anchor.onFigure() && !figures.get().contains(anchor)) {
            String written = figures.get().isEmpty() ? "—" : figures.get().stream().limit(FIGURES_NAMED)
                    .map(CommentAnchor::figureLabel).collect(Collectors.joining("、"))
                    + (figures.get().size() > FIGURES_NAMED ? "…" : "");
            throw new CommentRefused(CommentRefused.Reason.NO_FIGURE, anchor.blockId(), anchor.figureText(),
                    anchor.occurrence(), written);
        }
        return Comment.opening(anchor, text, author, at);
    }

    /** An answer to thread {@code threadId} (open or resolved: answering does not change its status). */
    public static Comment reply(CommentLog log, long threadId, String body, String author, Instant at) {
        String text = text(body);
        thread(log, threadId);
        return Comment.reply(threadId, text, author, at);
    }

    /** Marks an open thread resolved. */
    public static CommentEvent resolve(CommentLog log, long threadId, String who, Instant at) {
        CommentThread thread = thread(log, threadId);
        if (!thread.isOpen()) {
            CommentEvent last = thread.lastChange();
            throw new CommentRefused(CommentRefused.Reason.ALREADY_RESOLVED, threadId, last.who(), last.at().toString());
        }
        return new CommentEvent(0, threadId, CommentAction.RESOLVE, who, at);
    }

    /** Opens a resolved thread again. */
    public static CommentEvent reopen(CommentLog log, long threadId, String who, Instant at) {
        CommentThread thread = thread(log, threadId);
        if (thread.isOpen()) {
            throw new CommentRefused(CommentRefused.Reason.ALREADY_OPEN, threadId);
        }
        return new CommentEvent(0, threadId, CommentAction.REOPEN, who, at);
    }

    private static CommentThread thread(CommentLog log, long threadId) {
        return log.thread(threadId).orElseThrow(() -> new CommentRefused(CommentRefused.Reason.NO_THREAD, threadId));
    }

    /** The text as kept: line ends made {@code \n}, blank lines around it dropped; refused when nothing is left. */
    static String text(String body) {
        String text = body == null ? "" : body.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (text.isEmpty()) {
            throw new CommentRefused(CommentRefused.Reason.EMPTY_TEXT);
        }
        return text;
    }
}
