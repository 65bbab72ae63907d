package org.esgstudio.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.esgstudio.i18n.Messages;
import org.esgstudio.layout.report.Edition;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.ReportQuery;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import org.esgstudio.store.Samples;
import org.esgstudio.ui.common.Tasks;
import org.esgstudio.ui.workspace.Edit;
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
 * The export dialog, headless: the main sample, with one figure made wrong, exported as the Chinese edition to a
 * chosen file after the dialog has asked about the error.
 */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    private static final String PARAGRAPH = "ch2-s4-p6";

    @TempDir
    static Path dir;

    private ProjectFile file;
    private Workspace workspace;
    private ExportDialog dialog;
    private Path target;
    private final List<Path> opened = new ArrayList<>();

    @Start
    void start(Stage stage) throws IOException {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Path path = Samples.projectFile(Samples.QINGHE, dir.resolve("q-" + System.nanoTime() + ".esg"));
        file = ProjectFile.open(path, OpenMode.READ_WRITE);
        workspace = new Workspace(file, file.load(), Workspace.Services.standard(Platform::runLater));
        target = Files.createDirectories(dir.resolve("exports")).resolve("青禾报告.pdf");
        ExportViewModel model = new ExportViewModel(workspace::current, workspace.validationProperty()::get,
                workspace.path(), Tasks.background(), Tasks.fxThread(), PdfStages.standard());
        // Start from English so that choosing 中文 is a real choice.
        model.editionProperty().set(Edition.EN);
        DocumentOpener recording = new DocumentOpener() {
            @Override
            public void open(Path exported) {
                opened.add(exported);
            }

            @Override
            public void reveal(Path exported) {
                opened.add(exported.getParent());
            }
        };
        dialog = new ExportDialog(model, (owner, suggested) -> Optional.of(target), recording);
        dialog.show(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(workspace::saveNow);
        file.close();
    }

    private static String text(PDDocument pdf) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(pdf).replaceAll("\\s+", "");
    }

    @Test
    void exportsTheChineseEditionToTheChosenFileAndShowsTheOutcome(FxRobot robot) throws Exception {
        // A figure that disagrees with the data: the dialog asks before exporting.
        Paragraph p = (Paragraph) ReportQuery.block(workspace.current().report(), PARAGRAPH).orElseThrow();
        robot.interact(() -> workspace.apply(Edit.typing("编辑段落", new Paragraph(p.id(), LocalizedText.of(
                p.text().zh().replace("98,652立方米", "98,653立方米"), p.text().en()), p.notes()), "zh")));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dialog.model().errors() == 1);
        robot.clickOn("#edition-zh");
        robot.clickOn("#exportChoose");
        assertThat(robot.lookup("#edition-zh").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(dialog.model().editionProperty().get()).isEqualTo(Edition.ZH);
        assertThat(dialog.model().targetProperty().get()).isEqualTo(target);

        robot.clickOn("#exportButton");
        assertThat(dialog.model().stateProperty().get()).isEqualTo(ExportViewModel.State.CONFIRMING);
        assertThat(robot.lookup("#exportStatus").queryAs(Label.class).getText()).contains("1 个错误");
        assertThat(target).doesNotExist();
        robot.clickOn("#exportAnyway");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> dialog.model().stateProperty().get()
                != ExportViewModel.State.RUNNING && !dialog.model().workingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialog.model().stateProperty().get()).as(dialog.model().statusProperty().get())
                .isEqualTo(ExportViewModel.State.DONE);
        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(10);
            assertThat(text(pdf)).contains("稳健治理行稳致远", "共建美好社会");
            assertThat(robot.lookup("#exportStatus").queryAs(Label.class).getText())
                    .contains("青禾报告.pdf", pdf.getNumberOfPages() + " 页");
        }
        try (var files = Files.list(target.getParent())) {
            assertThat(files.toList()).as("no staging file left").containsExactly(target);
        }

        robot.clickOn("#exportOpen");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !opened.isEmpty());
        assertThat(opened).containsExactly(target);
    }
}
