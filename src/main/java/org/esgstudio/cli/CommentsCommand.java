package org.esgstudio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.esgstudio.data.Project;
import org.esgstudio.i18n.Messages;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.json.JsonText;
import org.esgstudio.review.CommentAnchor;
import org.esgstudio.review.CommentAnchors;
import org.esgstudio.review.CommentEvent;
import org.esgstudio.review.CommentLog;
import org.esgstudio.review.CommentThread;
import org.esgstudio.review.PlacedThread;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code comments FILE.esg [--open] [--chapter N] [--json]}: the review comment threads, oldest first, each with its
 * id, status, anchor (chapter › section › block and the figure), author, time, first line, number of answers and
 * whether its anchor is lost; then a count. Exit 0 (a listing), 2 on bad usage or a chapter the report does not have.
 */
@Command(name = "comments", mixinStandardHelpOptions = true)
final class CommentsCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.esg", descriptionKey = "comment.cli.file")
    Path file;

    @Option(names = "--open", descriptionKey = "comment.cli.onlyOpen")
    boolean onlyOpen;

    @Option(names = "--chapter", paramLabel = "N", descriptionKey = "comment.cli.chapter")
    Integer chapter;

    @Option(names = "--json", descriptionKey = "comment.cli.json")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Project project;
        CommentLog log;
        try (ProjectFile projectFile = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            project = projectFile.load();
            log = projectFile.comments();
        }
        int chapters = project.report().chapters().size();
        if (chapter != null && (chapter < 1 || chapter > chapters)) {
            throw new UserFacingException("cli.exportDocx.badChapter", file, chapter, chapters);
        }
        List<PlacedThread> shown = new ArrayList<>();
        for (PlacedThread placed : new CommentAnchors(project).place(log.threads())) {
            boolean wanted = (!onlyOpen || placed.thread().isOpen())
                    && (chapter == null || chapter.equals(placed.chapterNumber()));
            if (wanted) {
                shown.add(placed);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(json(shown));
            return Cli.OK;
        }
        for (PlacedThread placed : shown) {
            out.println(line(placed));
        }
        long open = shown.stream().filter(p -> p.thread().isOpen()).count();
        long orphaned = shown.stream().filter(PlacedThread::orphaned).count();
        out.println(Messages.get("comment.cli.summary", shown.size(), open, shown.size() - open, orphaned));
        return Cli.OK;
    }

    private static String line(PlacedThread placed) {
        CommentThread thread = placed.thread();
        CommentAnchor anchor = thread.anchor();
        String where = placed.place() == null ? anchor.blockId() : placed.place().path();
        String figure = anchor.onFigure() ? " " + anchor.figureLabel() : "";
        String status = Messages.get("comment.status." + thread.status().json());
        String orphan = placed.orphaned() ? Messages.get("comment.cli.orphan." + placed.orphan().name()) : "";
        return Messages.get("comment.cli.line", thread.id(), status, where + figure, thread.author(),
                thread.at().toString(), thread.opening().firstLine(), thread.replies().size(), orphan);
    }

    private static String json(List<PlacedThread> shown) {
        List<Object> threads = new ArrayList<>();
        int open = 0;
        int orphaned = 0;
        for (PlacedThread placed : shown) {
            CommentThread thread = placed.thread();
            CommentAnchor anchor = thread.anchor();
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", thread.id());
            item.put("status", thread.status().json());
            item.put("blockId", anchor.blockId());
            item.put("figure", anchor.figureText());
            item.put("occurrence", anchor.onFigure() ? anchor.occurrence() : null);
            item.put("chapter", placed.chapterNumber());
            item.put("location", placed.place() == null ? null : placed.place().path());
            item.put("author", thread.author());
            item.put("at", thread.at().toString());
            item.put("text", thread.opening().firstLine());
            item.put("replies", thread.replies().size());
            item.put("orphaned", placed.orphaned());
            CommentEvent change = thread.lastChange();
            item.put("statusBy", change == null ? null : change.who());
            item.put("statusAt", change == null ? null : change.at().toString());
            threads.add(item);
            open += thread.isOpen() ? 1 : 0;
            orphaned += placed.orphaned() ? 1 : 0;
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("threads", shown.size());
        summary.put("open", open);
        summary.put("resolved", shown.size() - open);
        summary.put("orphaned", orphaned);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("summary", summary);
        root.put("threads", threads);
        return JsonText.compactWithNulls(root);
    }
}
