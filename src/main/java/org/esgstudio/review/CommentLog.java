package org.esgstudio.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the project file keeps about comments: every comment and every status event, as written. {@link
 * #threads} folds them into threads: answers in order under their thread, and the status the events leave.
 */
public record CommentLog(List<Comment> comments, List<CommentEvent> events) {
    public static final CommentLog EMPTY = new CommentLog(List.of(), List.of());

    public CommentLog {
        comments = List.copyOf(comments);
        events = List.copyOf(events);
    }

    /**
     * The threads, oldest first. An answer or event about no known thread is left out (the store's triggers keep
     * such rows out of a file); events take effect in the order they were stored.
     */
    public List<CommentThread> threads() {
        Map<Long, Comment> openings = new LinkedHashMap<>();
        Map<Long, List<Comment>> replies = new LinkedHashMap<>();
        List<Comment> ordered = new ArrayList<>(comments);
        ordered.sort(Comparator.comparingLong(Comment::id));
        for (Comment comment : ordered) {
            if (comment.opensThread()) {
                openings.put(comment.id(), comment);
                replies.put(comment.id(), new ArrayList<>());
            } else if (replies.containsKey(comment.threadId())) {
                replies.get(comment.threadId()).add(comment);
            }
        }
        Map<Long, CommentEvent> last = new LinkedHashMap<>();
        List<CommentEvent> byId = new ArrayList<>(events);
        byId.sort(Comparator.comparingLong(CommentEvent::id));
        for (CommentEvent event : byId) {
            if (openings.containsKey(event.threadId())) {
                last.put(event.threadId(), event);
            }
        }
        List<CommentThread> threads = new ArrayList<>(openings.size());
        for (Comment opening : openings.values()) {
            CommentEvent change = last.get(opening.id());
            threads.add(new CommentThread(opening, replies.get(opening.id()),
                    change == null ? CommentStatus.OPEN : change.action().result(), change));
        }
        return threads;
    }

    /** The thread with that id. */
    public Optional<CommentThread> thread(long id) {
        return threads().stream().filter(thread -> thread.id() == id).findFirst();
    }
}
