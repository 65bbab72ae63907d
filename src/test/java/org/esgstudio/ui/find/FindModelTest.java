package org.esgstudio.ui.find;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.ReportQuery;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import org.esgstudio.store.Samples;
import org.esgstudio.ui.workspace.Edit;
import org.esgstudio.ui.workspace.Scheduler;
import org.esgstudio.ui.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Find in the report without a window: hits, next and previous with wrap-round, Enter before the search is back. */
class FindModelTest {
    @TempDir
    Path dir;

    private ProjectFile file;
    private Workspace workspace;
    private final Deque<Runnable> searches = new ArrayDeque<>();
    private final List<String> revealed = new ArrayList<>();
    private FindModel find;

    @BeforeEach
    void open() {
        file = ProjectFile.open(Samples.projectFile(Samples.QINGHE, dir.resolve("q.esg")), OpenMode.READ_WRITE);
        workspace = new Workspace(file, file.load(), new Workspace.Services(Scheduler.immediate(), Runnable::run,
                Runnable::run, Runnable::run, Clock.systemUTC()));
        // searches wait until the test lets them run, as a background thread would
        find = new FindModel(workspace, searches::add, Runnable::run, (id, text) -> revealed.add(id + ":" + text));
    }

    @AfterEach
    void close() {
        file.close();
    }

    private void finishSearches() {
        while (!searches.isEmpty()) {
            searches.poll().run();
        }
    }

    @Test
    void aFigureIsFoundInItsParagraphAndGoingThereSelectsIt() {
        find.queryProperty().set("98,652");
        finishSearches();

        assertThat(find.hitsProperty().get()).extracting(hit -> hit.nodeId()).containsExactly("ch2-s4-p6");
        find.next();
        assertThat(workspace.selectedProperty().get()).isEqualTo("ch2-s4-p6");
        assertThat(revealed).containsExactly("ch2-s4-p6:98,652");
    }

    @Test
    void nextAndPreviousWrapRoundTheHits() {
        find.queryProperty().set("绿色保险");
        finishSearches();
        int hits = find.hitsProperty().get().size();
        assertThat(hits).isGreaterThan(2);

        find.previous();
        assertThat(find.currentProperty().get()).isEqualTo(hits - 1);
        find.next();
        assertThat(find.currentProperty().get()).isZero();
        find.next();
        assertThat(find.currentProperty().get()).isEqualTo(1);
    }

    @Test
    void enterPressedBeforeTheSearchIsBackGoesToTheFirstHitWhenItArrives() {
        find.queryProperty().set("98,652");
        find.next(); // the search has not run yet

        assertThat(workspace.selectedProperty().get()).isNotEqualTo("ch2-s4-p6");
        finishSearches();
        assertThat(workspace.selectedProperty().get()).isEqualTo("ch2-s4-p6");
    }

    @Test
    void hitsFollowEditsOfTheReport() {
        find.queryProperty().set("98,652");
        finishSearches();
        Paragraph paragraph = (Paragraph) ReportQuery.block(workspace.current().report(), "ch2-s4-p6").orElseThrow();
        LocalizedText text = paragraph.text();

        workspace.apply(Edit.block("改写", new Paragraph(paragraph.id(),
                new LocalizedText(text.zh().replace("98,652", "98,000"), text.en()), paragraph.notes())));
        finishSearches();

        assertThat(find.hitsProperty().get()).isEmpty();
    }
}
