package org.esgstudio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.esgstudio.data.Project;
import org.esgstudio.model.Block;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Location;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.Report;
import org.esgstudio.model.ReportEdits;
import org.esgstudio.model.ReportQuery;
import org.esgstudio.model.ReportVisitor;
import org.esgstudio.model.ReportWalk;
import org.esgstudio.store.Backups;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;

/**
 * {@code bench FILE.esg --save}: times the autosave's case, one paragraph edited and the project saved, on a copy of
 * the project (scaled with {@code --scale}) in a temporary folder. Each run edits the text of a paragraph (a different
 * one each time, as a writer moving through the report) and saves; the save is one revision, synced to disk.
 */
final class SaveBench {
    private SaveBench() {
    }

    static void run(Project project, String name, int scale, int warmup, int runs, PrintWriter out) throws IOException {
        List<String> paragraphs = paragraphs(project.report());
        Path folder = Files.createTempDirectory("esg-save-bench-");
        Path file = folder.resolve("bench.esg");
        List<Long> saves = new ArrayList<>();
        try {
            ProjectFile.create(file, project, "bench", "bench --save ×" + scale);
            long open;
            long first = 0;
            try (ProjectFile projectFile = openWithoutBackup(file)) {
                long start = System.nanoTime();
                Project current = projectFile.load();
                open = System.nanoTime() - start;
                for (int i = 0; i < warmup + runs; i++) {
                    current = edited(current, paragraphs.get(i * 7919 % paragraphs.size()), i);
                    start = System.nanoTime();
                    projectFile.save(current, "bench", "编辑段落");
                    long end = System.nanoTime();
                    if (i == 0) {
                        first = end - start;
                    }
                    if (i >= warmup) {
                        saves.add(end - start);
                    }
                }
            }
            out.printf(Locale.ROOT, "report: %s ×%d, %d paragraphs, file %.1f MB%n", name, scale, paragraphs.size(),
                    Files.size(file) / 1e6);
            out.printf(Locale.ROOT, "load for editing %.1f ms, then the first save %.1f ms (cold: the process's first)%n",
                    open / 1e6, first / 1e6);
            out.printf(Locale.ROOT, "runs: %d after %d warm-up runs%n", runs, warmup);
            out.printf(Locale.ROOT, "save one paragraph  median %7.1f ms  90th pct %7.1f ms  max %7.1f ms  best %7.1f ms%n",
                    Timings.median(saves), Timings.percentile(saves, 90), Timings.worst(saves), Timings.best(saves));
        } finally {
            try (var files = Files.list(folder)) {
                for (Path left : files.toList()) {
                    Files.deleteIfExists(left);
                }
            }
            Files.deleteIfExists(folder);
        }
    }

    /** Opens the temporary copy for writing without leaving a backup of it in the user's data folder. */
    private static ProjectFile openWithoutBackup(Path file) {
        String keep = System.getProperty(Backups.PROPERTY);
        System.setProperty(Backups.PROPERTY, "0");
        try {
            return ProjectFile.open(file, OpenMode.READ_WRITE);
        } finally {
            if (keep == null) {
                System.clearProperty(Backups.PROPERTY);
            } else {
                System.setProperty(Backups.PROPERTY, keep);
            }
        }
    }

    private static Project edited(Project project, String id, int run) {
        Report report = project.report();
        Paragraph paragraph = (Paragraph) ReportQuery.block(report, id).orElseThrow();
        LocalizedText text = paragraph.text();
        String zh = text.zh().replaceFirst("（第\\d+次）$", "") + "（第" + run + "次）";
        return project.withReport(ReportEdits.replaceBlock(report,
                new Paragraph(id, LocalizedText.of(zh, text.en()), paragraph.notes())));
    }

    private static List<String> paragraphs(Report report) {
        List<String> ids = new ArrayList<>();
        ReportWalk.walk(report, new ReportVisitor() {
            @Override
            public void block(Block block, Location location) {
                if (block instanceof Paragraph) {
                    ids.add(block.id());
                }
            }
        });
        return ids;
    }
}
