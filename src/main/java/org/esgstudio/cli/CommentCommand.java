package org.esgstudio.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.esgstudio.i18n.Messages;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.review.Comment;
import org.esgstudio.review.CommentAnchor;
import org.esgstudio.review.CommentEvent;
import org.esgstudio.review.CommentRefused;
import org.esgstudio.review.Comments;
import org.esgstudio.store.Authors;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code comment FILE.esg --block ID [--figure TEXT [--occurrence N]] -m TEXT}, {@code --reply THREAD -m TEXT},
 * {@code --resolve THREAD}, {@code --reopen THREAD}, each with {@code [--author NAME]}: writes a review comment, an
 * answer or a status change. Checked against a read-only view first, so that a refused one leaves the file as it was
 * (not even upgraded). Exit 0 written; 1 the thread already is resolved (or open); 2 bad usage, an unknown block,
 * figure or thread, or an empty text.
 */
@Command(name = "comment", mixinStandardHelpOptions = true)
final class CommentCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.esg", descriptionKey = "comment.cli.file")
    Path file;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @ArgGroup(exclusive = false)
        NewThread thread;

        @Option(names = "--reply", paramLabel = "THREAD", descriptionKey = "comment.cli.reply")
        String reply;

        @Option(names = "--resolve", paramLabel = "THREAD", descriptionKey = "comment.cli.resolve")
        String resolve;

        @Option(names = "--reopen", paramLabel = "THREAD", descriptionKey = "comment.cli.reopen")
        String reopen;
    }

    static final class NewThread {
        @Option(names = "--block", required = true, paramLabel = "ID", descriptionKey = "comment.cli.block")
        String block;

        @Option(names = "--figure", paramLabel = "TEXT", descriptionKey = "comment.cli.figure")
        String figure;

        @Option(names = "--occurrence", paramLabel = "N", descriptionKey = "comment.cli.occurrence")
        Integer occurrence;
    }

    @Option(names = {"-m", "--message"}, paramLabel = "TEXT", descriptionKey = "comment.cli.message")
    String message;

    @Option(names = "--author", paramLabel = "NAME", descriptionKey = "comment.cli.author")
    String author;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** One write, checked against a project file (read-only first, then the one written). */
    private interface Write {
        Store check(ProjectFile projectFile, String who, Instant now);
    }

    /** A checked write: stores it and says what was done. */
    private interface Store {
        String into(ProjectFile projectFile);
    }

    @Override
    public Integer call() {
        String who = author == null || author.isBlank() ? Authors.current() : author.strip();
        Write write = write();
        try {
            try (ProjectFile readOnly = ProjectFile.open(file, OpenMode.READ_ONLY)) {
                write.check(readOnly, who, now());
            }
            String done;
            try (ProjectFile projectFile = ProjectFile.open(file, OpenMode.READ_WRITE)) {
                StoreNotices.print(projectFile, spec.commandLine().getErr());
                done = write.check(projectFile, who, now()).into(projectFile);
            }
            spec.commandLine().getOut().println(done);
            return Cli.OK;
        } catch (CommentRefused refused) {
            if (refused.alreadyDone()) {
                spec.commandLine().getErr().println("esg-studio: " + Messages.get("comment.cli.refused", file,
                        refused.getMessage()));
                return Cli.REPORT_HAS_ERRORS;
            }
            throw new UserFacingException(refused, "comment.cli.refused", file, refused.getMessage());
        }
    }

    /** To the second: the time is shown to people, and the order of comments is their ids'. */
    private static Instant now() {
        return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    private Write write() {
        if (target.thread != null) {
            NewThread thread = target.thread;
            if (thread.occurrence != null && thread.figure == null) {
                throw usage(Messages.get("comment.cli.occurrenceWithoutFigure"));
            }
            if (thread.block.isBlank()) {
                throw usage(Messages.get("cli.usage.invalidValue", "--block", thread.block));
            }
            if (thread.figure != null && thread.figure.isBlank()) {
                throw usage(Messages.get("cli.usage.invalidValue", "--figure", thread.figure));
            }
            if (thread.occurrence != null && thread.occurrence < 1) {
                throw usage(Messages.get("cli.usage.invalidValue", "--occurrence", thread.occurrence));
            }
            String text = text(true);
            CommentAnchor anchor = thread.figure == null ? CommentAnchor.block(thread.block.strip())
                    : CommentAnchor.figure(thread.block.strip(), thread.figure.strip(),
                    thread.occurrence == null ? 1 : thread.occurrence);
            return (projectFile, who, now) -> {
                Comment comment = Comments.open(projectFile.load(), anchor, text, who, now);
                return into -> Messages.get("comment.cli.added", file, into.comment(comment).id(), anchor.toString(),
                        who, now.toString());
            };
        }
        if (target.reply != null) {
            long thread = threadId("--reply", target.reply);
            String text = text(true);
            return (projectFile, who, now) -> {
                Comment reply = Comments.reply(projectFile.comments(), thread, text, who, now);
                return into -> Messages.get("comment.cli.replied", file, thread, who, now.toString(),
                        into.comment(reply).id());
            };
        }
        boolean resolve = target.resolve != null;
        long thread = resolve ? threadId("--resolve", target.resolve) : threadId("--reopen", target.reopen);
        text(false);
        return (projectFile, who, now) -> {
            CommentEvent event = resolve ? Comments.resolve(projectFile.comments(), thread, who, now)
                    : Comments.reopen(projectFile.comments(), thread, who, now);
            return into -> {
                into.commentEvent(event);
                return Messages.get(resolve ? "comment.cli.resolved" : "comment.cli.reopened", file, thread, who,
                        now.toString());
            };
        };
    }

    /** The -m text where one is needed (checked for emptiness by the review layer), refused where none is. */
    private String text(boolean needed) {
        if (needed && message == null) {
            throw usage(Messages.get("comment.cli.needsText"));
        }
        if (!needed && message != null) {
            throw usage(Messages.get("comment.cli.noTextForStatus"));
        }
        return message;
    }

    /** A thread id as listed: {@code 12} or {@code #12}. */
    private long threadId(String option, String value) {
        String digits = value.strip().startsWith("#") ? value.strip().substring(1) : value.strip();
        try {
            long id = Long.parseLong(digits);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ParameterException(spec.commandLine(), Messages.get("cli.usage.invalidValue", option, value),
                spec.findOption(option), value);
    }

    private ParameterException usage(String problem) {
        return new ParameterException(spec.commandLine(), problem);
    }
}
