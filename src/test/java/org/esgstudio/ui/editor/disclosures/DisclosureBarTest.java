package org.esgstudio.ui.editor.disclosures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.esgstudio.frameworks.Catalogue;
import org.esgstudio.i18n.Messages;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import org.esgstudio.store.Samples;
import org.esgstudio.ui.data.KpiGridEditor;
import org.esgstudio.ui.editor.EditorContext;
import org.esgstudio.ui.editor.EditorHost;
import org.esgstudio.ui.editor.EditorRegistry;
import org.esgstudio.ui.editor.ReadOnlyEditor;
import org.esgstudio.ui.editor.forms.FormEditors;
import org.esgstudio.ui.editor.text.ProseEditor;
import org.esgstudio.ui.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The 披露项 row above the editor, headless, on the main sample: a section is tagged through the picker (one undoable
 * edit, saved with the project), a chip's × takes the code off again, the row follows every kind of node, and a
 * project opened read-only shows the codes without letting them change.
 */
@ExtendWith(ApplicationExtension.class)
class DisclosureBarTest {
    private static final String SECTION = "ch2-s4";
    private static final String TAG = "gri-2021:305-1";

    @TempDir
    static Path dir;
    private static Path sample;

    private Stage stage;
    private ProjectFile file;
    private Workspace workspace;
    private EditorHost host;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        open(OpenMode.READ_WRITE);
    }

    private void open(OpenMode mode) throws Exception {
        if (sample == null) {
            sample = Samples.untaggedProjectFile(Samples.QINGHE, dir.resolve("sample.esg"));
        }
        Path path = Files.copy(sample, dir.resolve("q-" + System.nanoTime() + ".esg"));
        file = ProjectFile.open(path, mode);
        workspace = new Workspace(file, file.load(), Workspace.Services.standard(Platform::runLater));
        EditorContext context = EditorContext.of(workspace);
        host = new EditorHost(context, new EditorRegistry().add(ProseEditor.factory()).add(KpiGridEditor.factory())
                .add(FormEditors.factory()).add(ReadOnlyEditor.factory()));
        stage.setScene(new Scene((Parent) host.view(), 900, 640));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (file.mode() != OpenMode.READ_ONLY) {
                workspace.saveNow();
            }
            robot.listWindows().stream().filter(w -> w != stage).toList().forEach(javafx.stage.Window::hide);
        });
        file.close();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Button addButton(FxRobot robot) {
        return robot.lookup("#addDisclosure").queryButton();
    }

    private List<String> chips(FxRobot robot) {
        return robot.lookup("#disclosureChips .disclosure-chip").queryAll().stream()
                .map(chip -> ((Label) ((Parent) chip).getChildrenUnmodifiable().get(0)).getText()).toList();
    }

    private void select(FxRobot robot, String id) throws Exception {
        robot.interact(() -> workspace.selectedProperty().set(id));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Optional<CheckBox> box(FxRobot robot, String tag) {
        return robot.lookup("#pickerTree .check-box").match((Node n) -> tag.equals(n.getUserData())).tryQuery()
                .map(CheckBox.class::cast);
    }

    @Test
    void aSectionTaggedThroughThePickerCarriesTheCodeUntilTheEditIsUndone(FxRobot robot) throws Exception {
        select(robot, SECTION);
        waitUntil(() -> !addButton(robot).isDisabled());
        assertThat(chips(robot)).isEmpty();
        assertThat(robot.lookup("#disclosureChips .label").queryAs(Label.class).getText()).isEqualTo("未标注");

        robot.interact(() -> addButton(robot).fire());
        waitUntil(() -> robot.lookup("#disclosurePicker").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<Catalogue> catalogue = robot.lookup("#pickerCatalogue").queryAs(ComboBox.class);
        assertThat(catalogue.getValue().id()).as("GRI by default").isEqualTo("gri-2021");
        robot.interact(() -> robot.lookup("#pickerFilter").queryAs(TextField.class).setText("温室气体 305-1"));
        waitUntil(() -> box(robot, TAG).isPresent());
        robot.interact(() -> box(robot, TAG).orElseThrow().fire());
        assertThat(robot.lookup("#pickerCount").queryAs(Label.class).getText()).isEqualTo("已选 1 项");
        DialogPane picker = robot.lookup("#disclosurePicker").queryAs(DialogPane.class);
        robot.interact(() -> ((Button) picker.lookup("#pickerAdd")).fire());
        waitUntil(() -> robot.lookup("#disclosurePicker").tryQuery().isEmpty());

        assertThat(workspace.current().report().disclosures().of(SECTION)).containsExactly(TAG);
        assertThat(chips(robot)).containsExactly("GRI 305-1 直接（范畴1）温室气体排放");
        assertThat(workspace.undoLabelProperty().get()).isEqualTo("标注披露项");
        robot.interact(workspace::saveNow);
        try (ProjectFile saved = ProjectFile.open(file.path(), OpenMode.READ_ONLY)) {
            assertThat(saved.load().report().disclosures().of(SECTION)).as("saved with the project")
                    .containsExactly(TAG);
        }

        robot.interact(workspace::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workspace.current().report().disclosures().of(SECTION)).isEmpty();
        assertThat(chips(robot)).isEmpty();

        robot.interact(workspace::redo);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chips(robot)).hasSize(1);
    }

    @Test
    void aChipsRemoveButtonTakesItsCodeOffAndTheRowFollowsTheSelectedNode(FxRobot robot) throws Exception {
        select(robot, SECTION);
        waitUntil(() -> !addButton(robot).isDisabled());
        robot.interact(() -> host.disclosures().add(SECTION, List.of(TAG, "ciaa-2023:E.5.1")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chips(robot)).hasSize(2).first().isEqualTo("GRI 305-1 直接（范畴1）温室气体排放");

        select(robot, "ch2-s4-p6"); // a paragraph: the prose editor
        assertThat(robot.lookup("#disclosureBar").query().isVisible()).isTrue();
        assertThat(chips(robot)).isEmpty();
        select(robot, "ch2"); // a chapter
        assertThat(robot.lookup("#disclosureBar").query().isVisible()).isTrue();
        select(robot, SECTION);
        assertThat(chips(robot)).hasSize(2);

        Button remove = robot.lookup("#disclosureChips .chip-remove").match((Node n) -> TAG.equals(n.getUserData()))
                .queryButton();
        robot.interact(remove::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workspace.current().report().disclosures().of(SECTION)).containsExactly("ciaa-2023:E.5.1");
        assertThat(workspace.undoLabelProperty().get()).isEqualTo("移除披露项");

        robot.interact(workspace::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workspace.current().report().disclosures().of(SECTION)).containsExactly(TAG, "ciaa-2023:E.5.1");

        select(robot, null);
        assertThat(robot.lookup("#disclosureBar").query().isVisible()).isFalse();
    }

    @Test
    void aProjectOpenedReadOnlyShowsTheCodesButDoesNotChangeThem(FxRobot robot) throws Exception {
        robot.interact(() -> workspace.apply(org.esgstudio.ui.workspace.Edit.report("标注披露项", report ->
                report.withDisclosures(report.disclosures().with(SECTION, List.of(TAG))))));
        robot.interact(workspace::saveNow);
        Path path = file.path();
        file.close();
        file = ProjectFile.open(path, OpenMode.READ_ONLY);
        workspace = new Workspace(file, file.load(), Workspace.Services.standard(Platform::runLater));
        robot.interact(() -> {
            host = new EditorHost(EditorContext.of(workspace), new EditorRegistry().add(FormEditors.factory())
                    .add(ReadOnlyEditor.factory()));
            stage.setScene(new Scene((Parent) host.view(), 900, 640));
        });
        select(robot, SECTION);
        Thread.sleep(300); // the catalogues are read meanwhile; the button stays off regardless
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(chips(robot)).containsExactly("GRI 305-1 直接（范畴1）温室气体排放");
        assertThat(addButton(robot).isDisabled()).isTrue();
        assertThat(robot.lookup("#disclosureChips .chip-remove").tryQuery()).isEmpty();
    }
}
