package org.esgstudio.ui.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.esgstudio.data.Project;
import org.esgstudio.i18n.Messages;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.json.ThemeFiles;
import org.esgstudio.layout.LaidOutDocument;
import org.esgstudio.layout.LayoutWarning;
import org.esgstudio.layout.report.Edition;
import org.esgstudio.pdf.PrintOptions;

/**
 * One export on a background thread that the user may cancel: a PDF (laid out, then written), a Word review copy or
 * a data workbook. The file is written to a hidden staging file beside the target and then moved onto the target in
 * one atomic step.
 *
 * <ul>
 *   <li>Success: the target is the complete new PDF.</li>
 *   <li>Cancel before that move: nothing is left behind; a file already at the target is untouched. The layout
 *   cannot be stopped midway (it is pure computation), so its result is dropped when it ends; the writing is
 *   interrupted at once.</li>
 *   <li>Cancel once the move has begun comes too late: the export completes and {@link #cancel} says so.</li>
 *   <li>Failure: a {@link UserFacingException} naming the target, and no file left behind.</li>
 * </ul>
 */
final class ExportJob {
    /** The stage under way, reported to the dialog. */
    enum Phase {
        LAYOUT, WRITING
    }

    /** Thrown out of {@link #run} when the export was cancelled. */
    static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super("export cancelled", null, false, false);
        }
    }

    private final PdfStages stages;
    private final Object lock = new Object();
    private Thread worker;
    private boolean writing;
    private boolean cancelled;
    private boolean committing;

    ExportJob(PdfStages stages) {
        this.stages = stages;
    }

    /** A Word or Excel export: writes the file to {@code staging} (checking {@code cancelled} when it can) and says what it wrote. */
    interface OfficeWork {
        String write(Path staging, BooleanSupplier cancelled);
    }

    /** How a format's export fills the staging file, and the outcome it reports given the seconds it took. */
    private interface Body {
        java.util.function.DoubleFunction<ExportOutcome> fill(Path staging, Path target);
    }

    ExportOutcome run(Project project, String theme, Edition edition, PrintOptions options, Path target,
                      Consumer<Phase> phases) {
        return execute(target, (staging, absolute) -> {
            phases.accept(Phase.LAYOUT);
            LaidOutDocument document = stages.layout(project, ThemeFiles.load(theme), edition);
            stopIfCancelled();
            phases.accept(Phase.WRITING);
            write(staging, absolute, () -> stages.write(project, document, options, staging));
            return seconds -> outcome(absolute, document, seconds);
        });
    }

    /** A Word review copy or a data workbook, written through the same staging file, cancel and atomic move. */
    ExportOutcome run(OfficeWork work, Path target, Consumer<Phase> phases) {
        return execute(target, (staging, absolute) -> {
            phases.accept(Phase.WRITING);
            String[] summary = new String[1];
            write(staging, absolute, () -> summary[0] = work.write(staging, this::cancelled));
            return seconds -> new ExportOutcome(absolute, 0, seconds, 0, List.of(), summary[0]);
        });
    }

    private ExportOutcome execute(Path target, Body body) {
        Path absolute = target.toAbsolutePath().normalize();
        synchronized (lock) {
            if (cancelled) {
                throw new Cancelled();
            }
            worker = Thread.currentThread();
        }
        Path staging = null;
        try {
            long start = System.nanoTime();
            // A folder that is missing or not a folder is said at once, not after the layout.
            checkFolder(absolute);
            staging = staging(absolute);
            java.util.function.DoubleFunction<ExportOutcome> outcome = body.fill(staging, absolute);
            commit(staging, absolute);
            staging = null;
            return outcome.apply((System.nanoTime() - start) / 1e9);
        } finally {
            synchronized (lock) {
                worker = null;
                writing = false;
            }
            // An interrupt meant for the writing must not leak into the next task of a pooled thread.
            Thread.interrupted();
            if (staging != null) {
                try {
                    Files.deleteIfExists(staging);
                } catch (IOException ignored) {
                    // A hidden, empty or partial staging file; named as such.
                }
            }
        }
    }

    private boolean cancelled() {
        synchronized (lock) {
            return cancelled;
        }
    }

    /**
     * Stops the export unless it is already moving the file into place; returns false then (it will complete).
     * Safe to call from any thread, any number of times.
     */
    boolean cancel() {
        synchronized (lock) {
            if (committing) {
                return false;
            }
            cancelled = true;
            if (writing && worker != null) {
                worker.interrupt();
            }
            return true;
        }
    }

    private void stopIfCancelled() {
        synchronized (lock) {
            if (cancelled) {
                throw new Cancelled();
            }
        }
    }

    private void write(Path staging, Path target, Runnable writer) {
        synchronized (lock) {
            if (cancelled) {
                throw new Cancelled();
            }
            writing = true;
        }
        try {
            writer.run();
        } catch (RuntimeException e) {
            // An interrupted write fails in whatever way the writer reports a closed stream.
            stopIfCancelled();
            throw e instanceof UserFacingException problem ? renamed(problem, staging, target) : e;
        } finally {
            synchronized (lock) {
                writing = false;
            }
            Thread.interrupted();
        }
    }

    private void commit(Path staging, Path target) {
        synchronized (lock) {
            if (cancelled) {
                throw new Cancelled();
            }
            committing = true;
        }
        try {
            Files.move(staging, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserFacingException(e, "target.unwritable", target, e.getMessage());
        }
    }

    /** The checks the writer makes, in its words, plus a target that is itself a folder. */
    private static void checkFolder(Path target) {
        Path parent = target.getParent();
        if (parent == null || !Files.exists(parent)) {
            throw new UserFacingException("target.parentMissing", target, parent);
        }
        if (!Files.isDirectory(parent)) {
            throw new UserFacingException("target.parentNotFolder", target, parent);
        }
        if (Files.isDirectory(target)) {
            throw new UserFacingException("ui.export.targetIsFolder", target);
        }
    }

    /** A hidden file beside the target (same folder, so the final move is atomic). */
    private static Path staging(Path target) {
        checkFolder(target);
        Path parent = target.getParent();
        try {
            return Files.createTempFile(parent, "." + target.getFileName() + ".", ".part");
        } catch (AccessDeniedException | NoSuchFileException e) {
            throw new UserFacingException(e, "target.unwritable", target, Messages.get("ui.export.noPermission"));
        } catch (IOException e) {
            throw new UserFacingException(e, "target.unwritable", target, e.getMessage());
        }
    }

    /** The writer names the file it was given (the staging file); the user knows only the target. */
    private static UserFacingException renamed(UserFacingException e, Path staging, Path target) {
        Object[] args = e.args();
        for (int i = 0; i < args.length; i++) {
            if (staging.equals(args[i])) {
                args[i] = target;
            } else if (args[i] instanceof String text) {
                args[i] = text.replace(staging.toString(), target.toString());
            }
        }
        return new UserFacingException(e.getCause() == null ? e : e.getCause(), e.key(), args);
    }

    private static ExportOutcome outcome(Path target, LaidOutDocument document, double seconds) {
        List<LayoutWarning> warnings = document.warnings();
        long missing = warnings.stream().filter(w -> w.kind() == LayoutWarning.Kind.MISSING_TRANSLATION).count();
        return new ExportOutcome(target, document.pages().size(), seconds, missing,
                warnings.stream().map(w -> Messages.get(w.key(), w.args())).toList(), null);
    }
}
