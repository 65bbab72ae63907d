package org.esgstudio.ui.review.signoff;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.esgstudio.data.Project;
import org.esgstudio.figures.ValidationReport;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.review.Approval;
import org.esgstudio.review.ApprovalCheck;
import org.esgstudio.review.Approvals;
import org.esgstudio.review.ReviewedFigure;
import org.esgstudio.review.SignOff;
import org.esgstudio.review.SignOffReport;
import org.esgstudio.store.OpenMode;
import org.esgstudio.ui.common.I18n;
import org.esgstudio.ui.workspace.Workspace;

/**
 * The sign-off state of the open report, kept current: after each validation (the report or the data changed) and
 * after each approval, the approvals are read from the project file and evaluated against the report as it is now,
 * off the FX thread. Approving writes to the project file off the FX thread too; a newer evaluation replaces an older
 * one, never the other way round.
 */
public final class SignOffModel {
    private final Workspace workspace;
    private final Executor background;
    private final Executor ui;
    private final Supplier<String> reviewer;
    private final Clock clock;
    private final AtomicLong generation = new AtomicLong();
    private final ObjectProperty<SignOffReport> report = new SimpleObjectProperty<>();
    private final ObjectProperty<List<SignOffRow>> rows = new SimpleObjectProperty<>(List.of());
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    /** Whether the sign-off is on screen (the window binds it to its tab); evaluations wait while it is not. */
    private final BooleanProperty shown = new SimpleBooleanProperty(true);
    private boolean stale;

    public SignOffModel(Workspace workspace, Executor background, Executor ui, Supplier<String> reviewer,
                        Clock clock) {
        this.workspace = workspace;
        this.background = background;
        this.ui = ui;
        this.reviewer = reviewer;
        this.clock = clock;
        workspace.validationProperty().addListener((obs, old, validation) -> validated());
        shown.addListener((obs, was, now) -> {
            if (now && stale) {
                refresh();
            }
        });
        refresh();
    }

    /**
     * A new validation: evaluated at once while the sign-off is shown, else when it is next shown (an evaluation reads
     * every figure of the report again; typing with the tab hidden need not pay for it).
     */
    private void validated() {
        if (shown.get() || report.get() == null) {
            refresh();
        } else {
            stale = true;
        }
    }

    /** Evaluates sign-off again against the report as it is now (nothing happens before the first validation). */
    public void refresh() {
        ValidationReport validation = workspace.validationProperty().get();
        if (validation == null) {
            return;
        }
        Project project = workspace.current();
        stale = false;
        long mine = generation.incrementAndGet();
        background.execute(() -> {
            try {
                SignOffReport evaluated = SignOff.evaluate(project, workspace.file().approvals(), validation);
                List<SignOffRow> listed = rows(evaluated, project);
                ui.execute(() -> {
                    if (mine == generation.get()) {
                        report.set(evaluated);
                        rows.set(listed);
                    }
                });
            } catch (UserFacingException e) {
                ui.execute(() -> message.set(e.getMessage()));
            }
        });
    }

    /** Every figure in reading order, with the revoked approvals (not yet given again) after the figures of their chapter. */
    static List<SignOffRow> rows(SignOffReport report, Project project) {
        Map<String, ReviewedFigure> firstOfBlock = new HashMap<>();
        for (ReviewedFigure figure : report.figures()) {
            firstOfBlock.putIfAbsent(figure.blockId(), figure);
        }
        Map<String, List<SignOffRow>> revokedByChapter = new HashMap<>();
        for (ApprovalCheck check : report.revoked()) {
            ReviewedFigure near = check.approval().blockId() == null ? null : firstOfBlock.get(check.approval().blockId());
            String chapter = near == null ? "" : near.chapterId();
            String location = near == null ? check.approval().target() : near.location();
            revokedByChapter.computeIfAbsent(chapter, k -> new ArrayList<>()).add(SignOffRow.of(check, chapter, location));
        }
        List<SignOffRow> rows = new ArrayList<>();
        String chapter = null;
        for (ReviewedFigure figure : report.figures()) {
            if (chapter != null && !chapter.equals(figure.chapterId())) {
                rows.addAll(revokedByChapter.getOrDefault(chapter, List.of()));
                revokedByChapter.remove(chapter);
            }
            chapter = figure.chapterId();
            rows.add(SignOffRow.of(figure, shown(figure, project)));
        }
        if (chapter != null) {
            rows.addAll(revokedByChapter.getOrDefault(chapter, List.of()));
            revokedByChapter.remove(chapter);
        }
        revokedByChapter.values().forEach(rows::addAll);
        return List.copyOf(rows);
    }

    /** A figure reference ({@code {{CODE@2024}}}) shows the value it prints, marked as a reference. */
    private static String shown(ReviewedFigure figure, Project project) {
        if (!figure.text().startsWith("{{") || figure.indicator() == null) {
            return figure.text();
        }
        String printed = org.esgstudio.data.FigureFormat.of(project.data(), figure.indicator(), figure.year(), false);
        String unit = project.data().indicator(figure.indicator()).map(i -> i.unit()).orElse("");
        return printed == null ? figure.text() : I18n.text("ui.signoff.reference", printed + unit);
    }

    /** Signs off the given figures (those that agree with the store; others are skipped) as the current reviewer. */
    public void approveFigures(List<ReviewedFigure> figures) {
        List<ReviewedFigure> chosen = List.copyOf(figures);
        write(project -> {
            List<Approval> made = new ArrayList<>();
            String who = reviewer.get();
            for (ReviewedFigure figure : chosen) {
                if (figure.indicator() != null && figure.year() != null) {
                    Approvals.figure(project, figure.blockId(), figure.indicator(), figure.year(), figure.text(), who,
                            clock.instant()).ifPresent(made::add);
                }
            }
            return made;
        }, "ui.signoff.approvedFigures");
    }

    /** Signs off a whole block (paragraph, table, case study …) as it reads now. */
    public void approveBlock(String blockId) {
        write(project -> Approvals.block(project, blockId, reviewer.get(), clock.instant()).map(List::of)
                .orElse(List.of()), "ui.signoff.approvedBlock");
    }

    /** Signs off a stored value (indicator and year) as it is now. */
    public void approveValue(String code, int year) {
        write(project -> Approvals.value(project, code, year, reviewer.get(), clock.instant()).map(List::of)
                .orElse(List.of()), "ui.signoff.approvedValue");
    }

    private interface Making {
        List<Approval> make(Project project);
    }

    private void write(Making making, String doneKey) {
        if (!writable()) {
            message.set(I18n.text("ui.signoff.readOnly"));
            return;
        }
        Project project = workspace.current();
        busy.set(true);
        background.execute(() -> {
            String said;
            try {
                List<Approval> made = making.make(project);
                for (Approval approval : made) {
                    workspace.file().approve(approval);
                }
                said = made.isEmpty() ? I18n.text("ui.signoff.nothing") : I18n.text(doneKey, made.size(),
                        made.get(0).reviewer());
            } catch (UserFacingException e) {
                said = e.getMessage();
            }
            String shown = said;
            ui.execute(() -> {
                busy.set(false);
                message.set(shown);
                refresh();
            });
        });
    }

    /** Approvals are written to the project file: not possible when it is open read-only. */
    public boolean writable() {
        return workspace.file().mode() != OpenMode.READ_ONLY;
    }

    public ReadOnlyObjectProperty<SignOffReport> reportProperty() {
        return report;
    }

    public ReadOnlyObjectProperty<List<SignOffRow>> rowsProperty() {
        return rows;
    }

    public BooleanProperty shownProperty() {
        return shown;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** The figures the report holds right now, for a caller that wants one block's figures. */
    public Optional<SignOffReport> latest() {
        return Optional.ofNullable(report.get());
    }
}
