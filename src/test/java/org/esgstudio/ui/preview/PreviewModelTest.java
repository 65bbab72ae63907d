package org.esgstudio.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.esgstudio.i18n.Messages;
import org.esgstudio.layout.BlockSpan;
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

/** The preview's state without a window: layouts overtaken by newer edits are dropped; selection moves the page. */
class PreviewModelTest {
    static final String PARAGRAPH = "ch2-s4-p6";

    @TempDir
    Path dir;

    private ProjectFile file;
    private Workspace workspace;
    /** The FX thread's queue: callbacks wait here until the test runs them, in the order it chooses. */
    private final List<Runnable> fxQueue = new ArrayList<>();
    private PreviewModel model;

    @BeforeEach
    void open() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        System.setProperty("esgstudio.user", Samples.AUTHOR);
        file = ProjectFile.open(Samples.projectFile(Samples.QINGHE, dir.resolve("q.esg")), OpenMode.READ_WRITE);
        workspace = new Workspace(file, file.load(), new Workspace.Services(Scheduler.immediate(), Runnable::run,
                Runnable::run, Runnable::run, Clock.systemUTC()));
        workspace.selectedProperty().set(PARAGRAPH);
        model = new PreviewModel(workspace, Scheduler.immediate(), Runnable::run, fxQueue::add, pages -> { });
    }

    @AfterEach
    void close() {
        file.close();
    }

    private void edit(String prefix) {
        Paragraph old = (Paragraph) ReportQuery.block(workspace.current().report(), PARAGRAPH).orElseThrow();
        workspace.apply(Edit.block("改写", new Paragraph(PARAGRAPH,
                new LocalizedText(prefix + old.text().zh(), old.text().en()), old.notes())));
    }

    @Test
    void aLayoutFinishingAfterANewerOneIsDropped() {
        edit("较新的改写。");
        assertThat(fxQueue).hasSize(2);

        fxQueue.get(1).run();
        fxQueue.get(0).run();

        assertThat(model.pagesProperty().get().project()).isSameAs(workspace.current());
        assertThat(model.pageProperty().get().text()).contains("较新的改写");
        assertThat(model.highlightProperty().get()).extracting(BlockSpan::id).containsOnly(PARAGRAPH);
    }

    @Test
    void selectingABlockElsewhereShowsItsPageWithoutLayingOutAgain() {
        fxQueue.remove(0).run();
        int first = model.pageIndexProperty().get();

        workspace.selectedProperty().set("ch4-s1-chart1");

        assertThat(fxQueue).isEmpty();
        assertThat(model.pageIndexProperty().get()).isGreaterThan(first);
        assertThat(model.highlightProperty().get()).extracting(BlockSpan::id).containsOnly("ch4-s1-chart1");
        model.previous();
        assertThat(model.highlightProperty().get()).isEmpty();
        model.next();
        assertThat(model.highlightProperty().get()).isNotEmpty();

        workspace.selectedProperty().set("ch3");
        assertThat(model.pageProperty().get().anchors()).anyMatch(anchor -> anchor.name().equals("ch3"));
        assertThat(model.highlightProperty().get()).isEmpty();
    }
}
