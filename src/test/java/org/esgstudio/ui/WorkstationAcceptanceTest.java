package org.esgstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.math.BigDecimal;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import org.esgstudio.model.CaseStudy;
import org.esgstudio.ui.editor.forms.CaseStudyEditor;
import org.controlsfx.control.spreadsheet.SpreadsheetCell;
import org.esgstudio.ui.data.KpiGridEditor;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.esgstudio.figures.Finding;
import org.esgstudio.figures.FindingKind;
import org.esgstudio.i18n.Messages;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.ReportQuery;
import org.esgstudio.testing.TemporaryDataFolder;
import org.esgstudio.ui.common.Tasks;
import org.esgstudio.ui.editor.text.ProseEditor;
import org.esgstudio.ui.files.FileDialogs;
import org.esgstudio.ui.review.ReviewRow;
import org.esgstudio.ui.settings.AppSettings;
import org.esgstudio.ui.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The acceptance flows on the whole window, headless, with the app's own threads: a wrong figure turns red
 * and is listed for review, the right one turns green; a case study is added; a KPI value edited in the grid changes
 * the checks; undo restores; the export dialog writes a PDF.
 */
@ExtendWith(ApplicationExtension.class)
class WorkstationAcceptanceTest {
    private static final String PARAGRAPH = "ch2-s4-p6";
    private static final String WATER = "98,652立方米";

    @RegisterExtension
    static final TemporaryDataFolder HOME = new TemporaryDataFolder();

    private MainViewModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        AppSettings settings = AppSettings.load(Files.createTempDirectory("settings").resolve("settings.properties"));
        settings.dividers("columns", new double[] {0.16, 0.80}); // a wide editor, as a user would drag it
        model = new MainViewModel(Tasks.background(), Tasks.fxThread());
        window = new MainWindow(model, settings, new FileDialogs() {
            @Override
            public Optional<Path> openProject(Window owner) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> newProject(Window owner, String suggestedName) {
                return Optional.empty();
            }
        });
        window.showIn(stage, model); // 1280 × 800: the headless screen's size
    }

    @BeforeEach
    void openTheSample(FxRobot robot) {
        robot.interact(model::openWorkingCopy); // after the data folder is in place
        waitUntil(() -> model.workspaceProperty().get() != null && !model.loadingProperty().get()
                && workspace().validationProperty().get() != null);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(model::close);
    }

    private Workspace workspace() {
        return model.workspaceProperty().get();
    }

    private WorkspaceView view() {
        return window.workspaceView().orElseThrow();
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("not within 30 s", e);
        }
    }

    private String paragraphText() {
        return ((Paragraph) ReportQuery.block(workspace().current().report(), PARAGRAPH).orElseThrow()).text().zh();
    }

    private ProseEditor prose() {
        return (ProseEditor) view().editors().editor().orElseThrow();
    }

    private List<String> drawn(FxRobot robot, String styleClass) {
        return robot.lookup(".prose-zh ." + styleClass).queryAllAs(Text.class).stream().map(Text::getText).toList();
    }

    private List<Finding> listedForReview(FxRobot robot) {
        ListView<ReviewRow> list = robot.lookup("#reviewList").queryAs(ListView.class);
        return list.getItems().stream().filter(ReviewRow.Item.class::isInstance)
                .map(row -> ((ReviewRow.Item) row).finding()).toList();
    }

    /** Shows the paragraph, selects the figure {@code from} in its Chinese text (as a find does) and types {@code to}. */
    private void retype(FxRobot robot, String from, String to) {
        robot.interact(() -> workspace().selectedProperty().set(PARAGRAPH));
        waitUntil(() -> view().editors().editor().orElse(null) instanceof ProseEditor);
        robot.interact(() -> prose().reveal(from));
        robot.write(to);
    }

    @Test
    void aWrongFigureTurnsRedAndIsListedForReviewAndTheRightOneTurnsGreenAgain(FxRobot robot) {
        retype(robot, "98,652", "98,653");

        assertThat(paragraphText()).contains("98,653立方米");
        waitUntil(() -> drawn(robot, "figure-disagrees").contains("98,653立方米"));
        waitUntil(() -> listedForReview(robot).stream().anyMatch(f -> f.kind() == FindingKind.MISMATCH
                && PARAGRAPH.equals(f.blockId()) && f.text().contains("98,653")));

        retype(robot, "98,653", "98,652");

        waitUntil(() -> String.join("", drawn(robot, "figure-agrees")).contains(WATER));
        assertThat(drawn(robot, "figure-disagrees")).isEmpty();
        waitUntil(() -> listedForReview(robot).stream().noneMatch(f -> PARAGRAPH.equals(f.blockId())
                && f.kind() == FindingKind.MISMATCH));
    }

    @Test
    void undoFromTheKeyboardRestoresTheFigureAndItsCheck(FxRobot robot) {
        String original = paragraphText();
        retype(robot, "98,652", "98,657");
        waitUntil(() -> drawn(robot, "figure-disagrees").contains("98,657立方米"));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        assertThat(paragraphText()).isEqualTo(original);
        waitUntil(() -> String.join("", drawn(robot, "figure-agrees")).contains(WATER));
        waitUntil(() -> listedForReview(robot).stream().noneMatch(f -> PARAGRAPH.equals(f.blockId())
                && f.kind() == FindingKind.MISMATCH));
    }

    @Test
    void aKpiValueEditedInTheGridChangesTheChecksAndUndoRestoresIt(FxRobot robot) {
        robot.interact(() -> workspace().selectedProperty().set("kpi"));
        waitUntil(() -> view().editors().editor().orElse(null) instanceof KpiGridEditor);
        KpiGridEditor grid = (KpiGridEditor) view().editors().editor().orElseThrow();
        // the water row's cell for the report year: the first editable cell showing the paragraph's figure
        SpreadsheetCell water = grid.grid().getRows().stream().flatMap(List::stream)
                .filter(cell -> cell.isEditable() && "98,652".equals(cell.getText())).findFirst().orElseThrow();
        // The value arrives as the cell editor delivers it (a double-click into the cell is KpiGridEditorTest's: in
        // this headless window ControlsFX does not open its editor on a robot's double-click).
        robot.interact(() -> grid.grid().setCellValue(water.getRow(), water.getColumn(), "98,000"));

        waitUntil(() -> workspace().current().data().value("E.WATER.TOTAL", 2024).orElseThrow().amount()
                .compareTo(new BigDecimal("98000")) == 0);
        waitUntil(() -> listedForReview(robot).stream().anyMatch(f -> f.kind() == FindingKind.MISMATCH
                && PARAGRAPH.equals(f.blockId())));
        waitUntil(() -> robot.lookup("#reviewCounts").queryAs(Label.class).getText().matches("错误 [1-9].*"));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        waitUntil(() -> workspace().current().data().value("E.WATER.TOTAL", 2024).orElseThrow().amount()
                .compareTo(new BigDecimal("98652")) == 0);
        waitUntil(() -> "98,652".equals(water.getText()) || grid.grid().getRows().stream().flatMap(List::stream)
                .anyMatch(cell -> cell.isEditable() && "98,652".equals(cell.getText())));
        waitUntil(() -> listedForReview(robot).stream().noneMatch(f -> f.kind() == FindingKind.MISMATCH
                && PARAGRAPH.equals(f.blockId())));
    }

    @Test
    void aCaseStudyIsAddedFromTheKeyboardFilledInAndUndoneStepByStep(FxRobot robot) {
        robot.interact(() -> workspace().selectedProperty().set("ch1-s2"));
        int before = caseStudies().size();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.K).release(KeyCode.K, KeyCode.SHIFT, KeyCode.CONTROL);

        waitUntil(() -> caseStudies().size() == before + 1);
        CaseStudy added = caseStudies().stream().filter(c -> c.id().equals(workspace().selectedProperty().get()))
                .findFirst().orElseThrow();
        assertThat(ReportQuery.position(workspace().current().report(), added.id())).isPresent();
        waitUntil(() -> view().editors().editor().orElse(null) instanceof CaseStudyEditor);
        TextField title = robot.lookup("#titleZh").queryAs(TextField.class);
        robot.interact(() -> {
            title.requestFocus();
            title.selectAll();
        });
        robot.write("Green claims in 48 hours");
        robot.clickOn("#addParagraph");

        CaseStudy filled = (CaseStudy) ReportQuery.block(workspace().current().report(), added.id()).orElseThrow();
        assertThat(filled.title().zh()).isEqualTo("Green claims in 48 hours");
        assertThat(filled.body()).hasSize(added.body().size() + 1);
        TreeView<?> outline = robot.lookup("#outline").queryAs(TreeView.class);
        waitUntil(() -> outline.getSelectionModel().getSelectedItem() != null);

        for (int step = 0; step < 3; step++) { // the paragraph, the typed title, the case study itself
            robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        }
        waitUntil(() -> caseStudies().size() == before);
    }

    private List<CaseStudy> caseStudies() {
        List<CaseStudy> found = new java.util.ArrayList<>();
        workspace().current().report().chapters().forEach(chapter -> chapter.sections().forEach(section ->
                section.blocks().forEach(block -> {
                    if (block instanceof CaseStudy c) {
                        found.add(c);
                    }
                })));
        return found;
    }

    @Test
    void exportThroughTheDialogWritesAReadablePdf(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#exportButton").tryQuery().isPresent());
        robot.clickOn("#exportButton");
        WaitForAsyncUtils.waitForFxEvents();
        if (robot.lookup("#exportAnyway").tryQuery().filter(javafx.scene.Node::isVisible).isPresent()) {
            robot.clickOn("#exportAnyway");
        }
        waitUntil(() -> robot.lookup("#exportOpen").tryQuery().filter(javafx.scene.Node::isVisible).isPresent());

        Path pdf;
        try (var files = Files.list(workspace().path().getParent())) {
            pdf = files.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(10);
            assertThat(new PDFTextStripper().getText(document)).contains("共建美好社会");
        }
        robot.interact(() -> robot.lookup("#exportDialog").query().getScene().getWindow().hide());
    }
}
