package org.esgstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.esgstudio.json.BundledSamples;
import org.esgstudio.testing.TemporaryDataFolder;
import org.esgstudio.ui.outline.OutlineNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The main window's view model, tested without a window: work runs on the calling thread. */
class MainViewModelTest {
    @RegisterExtension
    final TemporaryDataFolder home = new TemporaryDataFolder();

    private final MainViewModel model = new MainViewModel(Runnable::run, Runnable::run);

    @AfterEach
    void close() {
        model.close();
    }

    @Test
    void firstStartOpensAWorkingCopyOfTheMainSampleInTheUserDataFolder() {
        model.openWorkingCopy();

        Path copy = home.folder().resolve("working-copies").resolve(BundledSamples.MAIN + ".esg");
        assertThat(copy).exists();
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.projectProperty().get().report().chapters()).hasSize(5);
        assertThat(model.windowTitleProperty().get()).startsWith("青禾财险 · 2024年环境、社会及治理（ESG）报告");
        assertThat(model.statusProperty().get()).contains("5 章", "17 小节", "13 个案例", "121 项指标");
    }

    @Test
    void theStatusLineCountsAgainAfterAnEditThatChangesTheStructure() {
        model.openWorkingCopy();
        org.esgstudio.ui.workspace.Workspace workspace = model.workspaceProperty().get();
        String section = workspace.current().report().chapters().get(0).sections().get(0).id();

        workspace.apply(org.esgstudio.ui.workspace.Edit.report("删除小节",
                report -> org.esgstudio.model.ReportEdits.removeSection(report, section)));

        assertThat(model.statusProperty().get()).contains("5 章", "16 小节");
    }

    @Test
    void aSecondStartReusesTheWorkingCopyWithTheUsersChanges() throws Exception {
        model.openWorkingCopy();
        model.close();
        Path copy = home.folder().resolve("working-copies").resolve(BundledSamples.MAIN + ".esg");
        long modified = Files.getLastModifiedTime(copy).toMillis();

        MainViewModel again = new MainViewModel(Runnable::run, Runnable::run);
        again.openWorkingCopy();

        assertThat(again.projectProperty().get()).isNotNull();
        assertThat(Files.list(copy.getParent()).filter(p -> p.toString().endsWith(".esg")).count()).isEqualTo(1);
        assertThat(Files.getLastModifiedTime(copy).toMillis()).isGreaterThanOrEqualTo(modified);
        again.close();
    }

    @Test
    void shutdownLeavesTheWorkingCopyAsOneCompleteFile() {
        model.openWorkingCopy();
        Path copy = home.folder().resolve("working-copies").resolve(BundledSamples.MAIN + ".esg");
        assertThat(Path.of(copy + "-wal")).exists();

        model.shutdown();

        assertThat(Path.of(copy + "-wal")).doesNotExist();
        assertThat(Path.of(copy + "-shm")).doesNotExist();
    }

    @Test
    void outlineListsTheChaptersOfTheOpenReport() {
        model.openWorkingCopy();

        OutlineNode root = org.esgstudio.ui.outline.OutlineModel.of(model.projectProperty().get().report());
        assertThat(root.children()).extracting(OutlineNode::label)
                .contains("01  稳健治理 行稳致远", "02  绿色保险 守护绿水青山");
    }

    @Test
    void selectingABlockShowsItsChineseAndEnglishText() {
        model.openWorkingCopy();

        model.workspaceProperty().get().selectedProperty().set("letter");

        var selection = org.esgstudio.ui.outline.ElementText.of(model.workspaceProperty().get().current().report(),
                model.workspaceProperty().get().selectedProperty().get()).orElseThrow();
        assertThat(selection.title()).isEqualTo("董事长致辞");
        assertThat(selection.zh()).contains("青禾");
        assertThat(selection.en()).contains("Qinghe");
    }

    @Test
    void aFileThatIsNotAProjectShowsItsProblemInTheStatusLine(@TempDir Path dir) throws Exception {
        Path notAProject = Files.writeString(dir.resolve("notes.esg"), "meeting notes, not a project");

        model.open(notAProject);

        assertThat(model.projectProperty().get()).isNull();
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).contains("notes.esg", "不是 ESG 报告工作台的项目文件");
    }
}
