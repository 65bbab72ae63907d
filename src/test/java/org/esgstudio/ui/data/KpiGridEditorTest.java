package org.esgstudio.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.controlsfx.control.spreadsheet.SpreadsheetCell;
import org.controlsfx.control.spreadsheet.SpreadsheetView;
import org.esgstudio.data.IndicatorValue;
import org.esgstudio.figures.FigureMark;
import org.esgstudio.figures.FindingKind;
import org.esgstudio.figures.MarkStatus;
import org.esgstudio.model.Identified;
import org.esgstudio.model.ReportQuery;
import org.esgstudio.ui.editor.EditorContext;
import org.esgstudio.ui.editor.NodeEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The KPI table of the main sample in the KPI grid editor, headless: values typed into the sheet. */
@ExtendWith(ApplicationExtension.class)
class KpiGridEditorTest {
    private static final String WATER_PARAGRAPH = "ch2-s4-p6";

    @TempDir
    Path dir;

    private Stage stage;
    private OpenWorkspace open;
    private KpiGridEditor editor;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (editor != null) {
                editor.dispose();
            }
            if (open != null) {
                open.close();
            }
        });
    }

    /** Opens the main sample and shows its KPI table part in the grid editor, as the editor host does. */
    private void showKpiTable(FxRobot robot) {
        robot.interact(() -> {
            open = OpenWorkspace.mainSample(dir);
            Identified kpi = ReportQuery.part(open.workspace.current().report(), "kpi").orElseThrow();
            NodeEditor made = KpiGridEditor.factory().create(kpi, EditorContext.of(open.workspace)).orElseThrow();
            editor = (KpiGridEditor) made;
            editor.show(kpi);
            stage.setScene(new Scene(new StackPane(editor.view()), 900, 700));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int row(String code) {
        KpiGridLines lines = KpiGridLines.of(ReportQuery.part(open.workspace.current().report(), "kpi").orElseThrow())
                .orElseThrow();
        for (int r = 0; r < lines.lines().size(); r++) {
            if (lines.lines().get(r) instanceof KpiGridLines.Figure figure && figure.code().equals(code)) {
                return r;
            }
        }
        throw new AssertionError(code + " is not in the KPI table");
    }

    private SpreadsheetCell cell(String code, int year) {
        return editor.grid().getRows().get(row(code)).get(KpiGridEditor.FIRST_YEAR_COLUMN + (year == 2024 ? 0 : 1));
    }

    /** Scrolls to the cell, double-clicks it, types {@code text} and presses Enter, as a user does. */
    @SuppressWarnings("unchecked")
    private void type(FxRobot robot, String code, int year, String text) {
        SpreadsheetCell target = cell(code, year);
        SpreadsheetView sheet = robot.lookup("#kpiGrid").queryAs(SpreadsheetView.class);
        robot.interact(() -> sheet.scrollToRow(target.getRow()));
        WaitForAsyncUtils.waitForFxEvents();
        IndexedCell<SpreadsheetCell> view = robot.lookup(".spreadsheet-cell").queryAll().stream()
                .filter(node -> node instanceof IndexedCell<?> c && c.getItem() == target)
                .map(node -> (IndexedCell<SpreadsheetCell>) node).findFirst().orElseThrow();
        robot.doubleClickOn(view);
        robot.push(KeyCode.CONTROL, KeyCode.A).write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private BigDecimal stored(String code, int year) {
        return open.workspace.current().data().value(code, year).map(IndicatorValue::amount).orElse(null);
    }

    private List<FigureMark> watchWaterParagraph(FxRobot robot) {
        List<FigureMark> marks = new ArrayList<>();
        robot.interact(() -> open.workspace.watchMarks(WATER_PARAGRAPH, latest -> {
            marks.clear();
            latest.forEach(marks::addAll);
        }));
        return marks;
    }

    private static MarkStatus waterMark(List<FigureMark> marks) {
        return marks.stream().filter(mark -> mark.raw().equals("98,652立方米")).findFirst().orElseThrow().status();
    }

    private String message(FxRobot robot) {
        return robot.lookup("#kpiGridMessage").queryAs(Label.class).getText();
    }

    @Test
    void aValueTypedIntoTheKpiTableIsValidatedAndUndoable(FxRobot robot) {
        showKpiTable(robot);
        List<FigureMark> marks = watchWaterParagraph(robot);
        assertThat(cell("E.WATER.TOTAL", 2024).getItem()).isEqualTo("98,652");
        assertThat(waterMark(marks)).isEqualTo(MarkStatus.AGREES);

        type(robot, "E.WATER.TOTAL", 2024, "98,000");

        assertThat(stored("E.WATER.TOTAL", 2024)).isEqualByComparingTo("98000");
        assertThat(cell("E.WATER.TOTAL", 2024).getItem()).isEqualTo("98,000");
        assertThat(cell("E.WATER.TOTAL", 2024).getStyleClass()).contains(KpiGridEditor.WARNING);
        assertThat(waterMark(marks)).isEqualTo(MarkStatus.DISAGREES);
        assertThat(open.workspace.validationProperty().get().findings())
                .anyMatch(f -> f.kind() == FindingKind.MISMATCH && WATER_PARAGRAPH.equals(f.blockId()));
        assertThat(message(robot)).isEqualTo("已保存 用水量（2024年）：98,000");

        robot.interact(open.workspace::undo);

        assertThat(stored("E.WATER.TOTAL", 2024)).isEqualByComparingTo("98652");
        assertThat(cell("E.WATER.TOTAL", 2024).getItem()).isEqualTo("98,652");
        assertThat(cell("E.WATER.TOTAL", 2024).getStyleClass()).doesNotContain(KpiGridEditor.WARNING);
        assertThat(waterMark(marks)).isEqualTo(MarkStatus.AGREES);
        assertThat(open.workspace.validationProperty().get().hasErrors()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void typingOntoASelectedCellReplacesItsValueAsInASpreadsheet(FxRobot robot) {
        showKpiTable(robot);
        SpreadsheetCell target = cell("E.WATER.TOTAL", 2024);
        SpreadsheetView sheet = robot.lookup("#kpiGrid").queryAs(SpreadsheetView.class);
        robot.interact(() -> sheet.scrollToRow(target.getRow()));
        WaitForAsyncUtils.waitForFxEvents();
        IndexedCell<SpreadsheetCell> view = robot.lookup(".spreadsheet-cell").queryAll().stream()
                .filter(node -> node instanceof IndexedCell<?> c && c.getItem() == target)
                .map(node -> (IndexedCell<SpreadsheetCell>) node).findFirst().orElseThrow();
        robot.clickOn(view);

        robot.write("98000").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stored("E.WATER.TOTAL", 2024)).isEqualByComparingTo("98000");
        assertThat(cell("E.WATER.TOTAL", 2024).getItem()).isEqualTo("98,000");
    }

    @Test
    void textThatIsNoValueIsRefusedAndChangesNothing(FxRobot robot) {
        showKpiTable(robot);
        var before = open.workspace.current();

        type(robot, "E.WATER.TOTAL", 2024, "abc");

        assertThat(message(robot)).startsWith("未保存 用水量（2024年）：“abc”不是数值");
        assertThat(cell("E.WATER.TOTAL", 2024).getItem()).isEqualTo("98,652");
        assertThat(cell("E.WATER.TOTAL", 2024).getStyleClass()).contains(KpiGridEditor.REFUSED);
        assertThat(cell("E.WATER.TOTAL", 2024).getTooltip()).hasValueSatisfying(tip ->
                assertThat(tip).contains("“abc”不是数值"));
        assertThat(open.workspace.current()).isEqualTo(before);
        assertThat(open.workspace.canUndoProperty().get()).isFalse();

        type(robot, "E.WATER.TOTAL", 2024, "98652.4");

        assertThat(message(robot)).startsWith("未保存 用水量（2024年）：“98652.4”有 1 位小数，但此指标只印刷 0 位");
        assertThat(open.workspace.current()).isEqualTo(before);
        assertThat(open.workspace.canUndoProperty().get()).isFalse();
    }

    @Test
    void theKpiTableRenders(FxRobot robot) {
        showKpiTable(robot);
        robot.interact(() -> Snapshots.save(editor.view(), "kpi-grid-main"));
        KpiGridLines.Heading first = (KpiGridLines.Heading) KpiGridLines.of(ReportQuery.part(open.workspace.current()
                .report(), "kpi").orElseThrow()).orElseThrow().lines().get(0);
        assertThat(editor.grid().getRows().get(0).get(KpiGridEditor.LABEL_COLUMN).getItem())
                .isEqualTo(first.text().zh());
        int water = row("E.WATER.TOTAL");
        assertThat(editor.grid().getRows().get(water).get(KpiGridEditor.LABEL_COLUMN).getItem()).isEqualTo("用水量");
        assertThat(editor.grid().getRows().get(water).get(KpiGridEditor.UNIT_COLUMN).getItem()).isEqualTo("立方米");
        assertThat(editor.grid().getRows().get(water).get(KpiGridEditor.LABEL_COLUMN).isEditable()).isFalse();
    }
}
