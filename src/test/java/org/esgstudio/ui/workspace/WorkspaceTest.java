package org.esgstudio.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.esgstudio.data.IndicatorValue;
import org.esgstudio.data.Project;
import org.esgstudio.data.Provenance;
import org.esgstudio.figures.FigureMark;
import org.esgstudio.figures.FindingKind;
import org.esgstudio.figures.MarkStatus;
import org.esgstudio.i18n.Messages;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.ReportQuery;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import org.esgstudio.store.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workspace without a window: every change applied at once, undoable, saved and re-validated. */
class WorkspaceTest {
    private static final String PARAGRAPH = "ch2-s4-p6";

    @TempDir
    Path dir;

    private ProjectFile file;
    private Workspace workspace;
    private MutableClock clock;

    /** A clock the test moves forward (typing runs merge within a time window). */
    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2025-03-01T08:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }
    }

    @BeforeEach
    void openTheMainSample() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        System.setProperty("esgstudio.user", Samples.AUTHOR);
        Path path = Samples.projectFile(Samples.QINGHE, dir.resolve("q.esg"));
        file = ProjectFile.open(path, OpenMode.READ_WRITE);
        clock = new MutableClock();
        workspace = new Workspace(file, file.load(),
                new Workspace.Services(Scheduler.immediate(), Runnable::run, Runnable::run, Runnable::run, clock));
    }

    @AfterEach
    void close() {
        file.close();
        System.clearProperty("esgstudio.user");
    }

    private Paragraph paragraph() {
        return (Paragraph) ReportQuery.block(workspace.current().report(), PARAGRAPH).orElseThrow();
    }

    private Paragraph typed(String zh) {
        Paragraph p = paragraph();
        return new Paragraph(p.id(), LocalizedText.of(zh, p.text().en()), p.notes());
    }

    @Test
    void anEditIsShownAtOnceSavedAndValidated() {
        String wrong = paragraph().text().zh().replace("98,652立方米", "98,653立方米");

        workspace.apply(Edit.typing("编辑段落", typed(wrong), "zh"));

        assertThat(paragraph().text().zh()).isEqualTo(wrong);
        assertThat(workspace.saveStateProperty().get().kind()).isEqualTo(SaveState.Kind.SAVED);
        try (ProjectFile reopened = ProjectFile.open(file.path(), OpenMode.READ_ONLY)) {
            assertThat(ReportQuery.block(reopened.load().report(), PARAGRAPH).map(b -> ((Paragraph) b).text().zh()))
                    .contains(wrong);
        }
        assertThat(file.history()).last().satisfies(revision -> assertThat(revision.summary()).isEqualTo("编辑段落"));
        assertThat(workspace.validationProperty().get()).isNotNull();
    }

    @Test
    void typingInOneParagraphIsUndoneAsOneStepAndRedoneAgain() {
        String original = paragraph().text().zh();
        workspace.apply(Edit.typing("编辑段落", typed(original + "一"), "zh"));
        clock.advance(Duration.ofMillis(400));
        workspace.apply(Edit.typing("编辑段落", typed(original + "一二"), "zh"));

        assertThat(workspace.undoLabelProperty().get()).isEqualTo("编辑段落");
        workspace.undo();
        assertThat(paragraph().text().zh()).isEqualTo(original);
        assertThat(workspace.canUndoProperty().get()).isFalse();

        workspace.redo();
        assertThat(paragraph().text().zh()).isEqualTo(original + "一二");
    }

    @Test
    void aPauseLongerThanTheMergeWindowStartsANewUndoStep() {
        String original = paragraph().text().zh();
        workspace.apply(Edit.typing("编辑段落", typed(original + "一"), "zh"));
        clock.advance(Duration.ofSeconds(5));
        workspace.apply(Edit.typing("编辑段落", typed(original + "一二"), "zh"));

        workspace.undo();
        assertThat(paragraph().text().zh()).isEqualTo(original + "一");
    }

    @Test
    void aWrongFigureIsMarkedRedAndAFindingAndCorrectingItClearsBoth() {
        List<List<FigureMark>> marks = new ArrayList<>();
        workspace.watchMarks(PARAGRAPH, latest -> {
            marks.clear();
            marks.addAll(latest);
        });
        String text = paragraph().text().zh();
        assertThat(marks.get(0)).filteredOn(m -> m.raw().equals("98,652立方米")).extracting(FigureMark::status,
                FigureMark::indicator).containsExactly(org.assertj.core.groups.Tuple.tuple(MarkStatus.AGREES,
                "E.WATER.TOTAL"));

        workspace.apply(Edit.typing("编辑段落", typed(text.replace("98,652立方米", "98,653立方米")), "zh"));

        assertThat(marks.get(0)).filteredOn(m -> m.raw().equals("98,653立方米")).singleElement()
                .satisfies(mark -> {
                    assertThat(mark.status()).isEqualTo(MarkStatus.DISAGREES);
                    assertThat(mark.stored()).isEqualTo("98,652立方米");
                    assertThat(mark.source()).isNotNull();
                    assertThat(text.substring(mark.start(), mark.end())).isEqualTo("98,652立方米");
                });
        assertThat(workspace.validationProperty().get().findings())
                .anyMatch(f -> f.kind() == FindingKind.MISMATCH && f.blockId().equals(PARAGRAPH));

        workspace.apply(Edit.typing("编辑段落", typed(text), "zh"));

        assertThat(marks.get(0)).extracting(FigureMark::status).doesNotContain(MarkStatus.DISAGREES);
        assertThat(workspace.validationProperty().get().hasErrors()).isFalse();
    }

    @Test
    void aValueChangedInTheStoreTurnsItsQuotesRed() {
        workspace.apply(Edit.data("修改数值", data -> data.withValue(IndicatorValue.reported("E.WATER.TOTAL",
                2024, new BigDecimal("98000"), "", Provenance.typed("测试员", Instant.parse("2025-03-02T00:00:00Z"))))));

        assertThat(workspace.validationProperty().get().findings())
                .anyMatch(f -> f.kind() == FindingKind.MISMATCH && "E.WATER.TOTAL".equals(f.indicator()));
        workspace.undo();
        assertThat(workspace.validationProperty().get().hasErrors()).isFalse();
    }

    @Test
    void anEditThatChangesNothingIsNotRecorded() {
        workspace.apply(Edit.typing("编辑段落", paragraph(), "zh"));

        assertThat(workspace.canUndoProperty().get()).isFalse();
        assertThat(file.history()).hasSize(1);
    }

    @Test
    void projectsStayImmutableSoUndoRestoresTheVeryStateBefore() {
        Project before = workspace.current();
        workspace.apply(Edit.report("删除", report -> org.esgstudio.model.ReportEdits.remove(report, PARAGRAPH)));
        assertThat(ReportQuery.block(workspace.current().report(), PARAGRAPH)).isEmpty();

        workspace.undo();

        assertThat(workspace.current()).isSameAs(before);
    }
}
