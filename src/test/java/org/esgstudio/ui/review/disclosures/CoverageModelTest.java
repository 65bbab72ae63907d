package org.esgstudio.ui.review.disclosures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.esgstudio.frameworks.CoverageStatus;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import org.esgstudio.store.Samples;
import org.esgstudio.ui.workspace.Edit;
import org.esgstudio.ui.workspace.Scheduler;
import org.esgstudio.ui.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coverage is worked out one at a time off the calling thread; edits made meanwhile are worked out next. */
class CoverageModelTest {
    @TempDir
    Path dir;
    private ProjectFile file;

    @AfterEach
    void close() {
        if (file != null) {
            file.close();
        }
    }

    @Test
    void editsMadeWhileOneIsWorkedOutAreWorkedOutNextAndOnlyTheNewestIsShown() {
        file = ProjectFile.open(Samples.untaggedProjectFile(Samples.QINGHE, dir.resolve("q.esg")), OpenMode.READ_WRITE);
        Workspace workspace = new Workspace(file, file.load(), new Workspace.Services(Scheduler.immediate(),
                Runnable::run, Runnable::run, Runnable::run, java.time.Clock.systemUTC()));
        Deque<Runnable> background = new ArrayDeque<>();
        CoverageModel model = new CoverageModel(workspace, background::add, Runnable::run);
        assertThat(background).hasSize(1);

        workspace.apply(Edit.report("标注披露项", report -> report.withDisclosures(report.disclosures()
                .with("ch4-s1", List.of("gri-2021:2-7")))));
        workspace.apply(Edit.report("标注披露项", report -> report.withDisclosures(report.disclosures()
                .with("ch2-s4", List.of("gri-2021:2-6")))));
        assertThat(background).as("one at a time").hasSize(1);

        background.poll().run();
        assertThat(model.reportProperty().get()).as("an older state is not shown").isNull();
        assertThat(background).hasSize(1);
        background.poll().run();

        assertThat(background).isEmpty();
        assertThat(model.reportProperty().get().with(CoverageStatus.COVERED)).extracting(line -> line.entry().tag())
                .containsExactly("gri-2021:2-6", "gri-2021:2-7");
        assertThat(model.cataloguesProperty().get().ids()).contains("gri-2021", "ciaa-2023");
    }
}
