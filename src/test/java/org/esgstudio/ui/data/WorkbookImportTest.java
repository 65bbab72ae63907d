package org.esgstudio.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.esgstudio.data.DataSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing a workbook into the open project: one undoable edit, or every problem and nothing changed. */
class WorkbookImportTest {
    @TempDir
    Path dir;

    private static WorkbookImport.Outcome run(OpenWorkspace open, Path file) {
        List<WorkbookImport.Outcome> outcomes = new ArrayList<>();
        new WorkbookImport(open.workspace, Runnable::run, Runnable::run).start(file, outcomes::add);
        assertThat(outcomes).hasSize(1);
        return outcomes.get(0);
    }

    @Test
    void thePlantedWorkbookIsImportedAsOneUndoableEdit() {
        try (OpenWorkspace open = OpenWorkspace.planted(dir)) {
            DataSet before = open.workspace.current().data();

            WorkbookImport.Outcome outcome = run(open, OpenWorkspace.PLANTED.resolve("kpi.xlsx"));

            assertThat(outcome).isInstanceOf(WorkbookImport.Imported.class);
            WorkbookImport.Imported imported = (WorkbookImport.Imported) outcome;
            assertThat(imported.values()).isPositive();
            assertThat(outcome.summary()).startsWith("已导入 kpi.xlsx：").contains("个数值");
            assertThat(open.workspace.current().data().years()).contains(2024, 2023);
            assertThat(open.file.history()).last()
                    .satisfies(revision -> assertThat(revision.summary()).isEqualTo("导入数据 kpi.xlsx"));

            open.workspace.undo();
            assertThat(open.workspace.current().data()).isEqualTo(before);
        }
    }

    @Test
    void importingTheSameWorkbookAgainChangesNothing() {
        try (OpenWorkspace open = OpenWorkspace.planted(dir)) {
            run(open, OpenWorkspace.PLANTED.resolve("kpi.xlsx"));
            int revisions = open.file.history().size();

            assertThat(run(open, OpenWorkspace.PLANTED.resolve("kpi.xlsx")))
                    .isInstanceOf(WorkbookImport.Unchanged.class);
            assertThat(open.file.history()).hasSize(revisions);
        }
    }

    @Test
    void aWorkbookWithErrorsIsRefusedWithEveryProblemAndItsCell() {
        try (OpenWorkspace open = OpenWorkspace.mainSample(dir)) {
            DataSet before = open.workspace.current().data();

            WorkbookImport.Outcome outcome = run(open, OpenWorkspace.WORKBOOKS.resolve("bad-text-in-number.xlsx"));

            assertThat(outcome).isInstanceOf(WorkbookImport.Refused.class);
            List<WorkbookImport.ProblemLine> problems = ((WorkbookImport.Refused) outcome).problems();
            assertThat(problems).hasSize(2);
            assertThat(problems).extracting(WorkbookImport.ProblemLine::place)
                    .anySatisfy(place -> assertThat(place).endsWith("!H3"))
                    .anySatisfy(place -> assertThat(place).endsWith("!I4"));
            assertThat(problems).allSatisfy(line -> assertThat(line.problem()).contains("不是数字"));
            assertThat(outcome.summary()).isEqualTo("未导入 bad-text-in-number.xlsx：发现 2 个问题，数据未作任何更改");
            assertThat(open.workspace.current().data()).isEqualTo(before);
            assertThat(open.workspace.canUndoProperty().get()).isFalse();
        }
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedWithOneLine() {
        try (OpenWorkspace open = OpenWorkspace.mainSample(dir)) {
            WorkbookImport.Outcome outcome = run(open, OpenWorkspace.WORKBOOKS.resolve("kpi-zh.xls"));

            assertThat(outcome).isInstanceOf(WorkbookImport.Refused.class);
            assertThat(((WorkbookImport.Refused) outcome).problems()).singleElement()
                    .satisfies(line -> assertThat(line.problem()).contains(".xlsx"));
        }
    }
}
