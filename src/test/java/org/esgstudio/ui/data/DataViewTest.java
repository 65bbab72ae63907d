package org.esgstudio.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.esgstudio.data.IndicatorValue;
import org.esgstudio.figures.FigureMark;
import org.esgstudio.figures.FindingKind;
import org.esgstudio.figures.MarkStatus;
import org.esgstudio.office.TestWorkbooks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The data page in a headless window: editing values in the grid, filtering, importing workbooks. */
@ExtendWith(ApplicationExtension.class)
class DataViewTest {
    /** The paragraph of the main sample that quotes the water used in 2024 (98,652立方米). */
    private static final String WATER_PARAGRAPH = "ch2-s4-p6";
    @TempDir
    Path dir;

    private Stage stage;
    private OpenWorkspace open;
    private DataView view;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            robot.listTargetWindows().stream().filter(window -> window != stage)
                    .forEach(window -> ((Stage) window).close());
            if (open != null) {
                open.close();
            }
        });
    }

    /** Shows the data page of {@code opened}; the import's chooser answers {@code chosen}, read on the FX thread. */
    private void show(FxRobot robot, OpenWorkspace opened, Path chosen) {
        robot.interact(() -> {
            open = opened;
            view = new DataView(open.workspace, window -> Optional.ofNullable(chosen), Runnable::run, Runnable::run);
            stage.setScene(new Scene((javafx.scene.Parent) view.view(), 1280, 760));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ValueCell cell(FxRobot robot, String code, int year) {
        Set<ValueCell> cells = robot.lookup(".esg-value").queryAllAs(ValueCell.class);
        return cells.stream().filter(cell -> cell.getItem() != null && cell.getItem().code().equals(code)
                && cell.getTableColumn().getId().equals("year" + year)).findFirst().orElseThrow();
    }

    private void search(FxRobot robot, String text) {
        robot.interact(() -> view.model().searchProperty().set(text));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private BigDecimal stored(String code, int year) {
        return open.workspace.current().data().value(code, year).map(IndicatorValue::amount).orElse(null);
    }

    @Test
    void aValueTypedIntoTheGridIsStoredSavedAndUndoable(FxRobot robot) {
        show(robot, OpenWorkspace.mainSample(dir), null);
        search(robot, "S.EMP.TOTAL");
        int revisions = open.file.history().size();

        robot.doubleClickOn(cell(robot, "S.EMP.TOTAL", 2024));
        assertThat(cell(robot, "S.EMP.TOTAL", 2024).field().getText()).isEqualTo("6258");
        robot.write("6,260").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stored("S.EMP.TOTAL", 2024)).isEqualByComparingTo("6260");
        assertThat(cell(robot, "S.EMP.TOTAL", 2024).getText()).isEqualTo("6,260");
        assertThat(open.file.history()).hasSize(revisions + 1);
        assertThat(robot.lookup("#dataMessage").queryAs(Label.class).getText())
                .isEqualTo("已保存 员工总数（2024年）：6,260");

        robot.interact(open.workspace::undo);
        assertThat(stored("S.EMP.TOTAL", 2024)).isEqualByComparingTo("6258");
        assertThat(cell(robot, "S.EMP.TOTAL", 2024).getText()).isEqualTo("6,258");
    }

    /** Types {@code text} into the value cell of {@code code} and {@code year} and presses Enter. */
    private void type(FxRobot robot, String code, int year, String text) {
        search(robot, code);
        robot.doubleClickOn(cell(robot, code, year));
        robot.write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
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

    @Test
    void aChangedValueTurnsTheParagraphThatQuotesItRedUntilUndone(FxRobot robot) {
        show(robot, OpenWorkspace.mainSample(dir), null);
        List<FigureMark> marks = watchWaterParagraph(robot);
        assertThat(waterMark(marks)).isEqualTo(MarkStatus.AGREES);
        assertThat(open.workspace.validationProperty().get().hasErrors()).isFalse();

        type(robot, "E.WATER.TOTAL", 2024, "98,000");

        assertThat(stored("E.WATER.TOTAL", 2024)).isEqualByComparingTo("98000");
        assertThat(waterMark(marks)).isEqualTo(MarkStatus.DISAGREES);
        assertThat(open.workspace.validationProperty().get().findings()).anySatisfy(finding -> {
            assertThat(finding.kind()).isEqualTo(FindingKind.MISMATCH);
            assertThat(finding.blockId()).isEqualTo(WATER_PARAGRAPH);
            assertThat(finding.indicator()).isEqualTo("E.WATER.TOTAL");
        });
        assertThat(cell(robot, "E.WATER.TOTAL", 2024).getStyleClass()).contains(ValueCell.WARNING);
        assertThat(cell(robot, "E.WATER.TOTAL", 2024).getText()).isEqualTo("98,000");
        assertThat(open.workspace.undoLabelProperty().get()).isEqualTo("编辑数值 用水量（2024年）");

        robot.interact(open.workspace::undo);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stored("E.WATER.TOTAL", 2024)).isEqualByComparingTo("98652");
        assertThat(waterMark(marks)).isEqualTo(MarkStatus.AGREES);
        assertThat(open.workspace.validationProperty().get().hasErrors()).isFalse();
        assertThat(cell(robot, "E.WATER.TOTAL", 2024).getText()).isEqualTo("98,652");
        assertThat(cell(robot, "E.WATER.TOTAL", 2024).getStyleClass()).doesNotContain(ValueCell.WARNING);
    }

    @Test
    void aValueWithMoreDecimalsThanTheIndicatorPrintsIsRefused(FxRobot robot) {
        show(robot, OpenWorkspace.mainSample(dir), null);
        var before = open.workspace.current();
        int revisions = open.file.history().size();

        type(robot, "E.WATER.TOTAL", 2024, "98652.5");

        ValueCell cell = cell(robot, "E.WATER.TOTAL", 2024);
        assertThat(cell.isEditing()).isTrue();
        assertThat(cell.field().getStyleClass()).contains(ValueCell.REFUSED);
        assertThat(cell.field().getTooltip().getText())
                .isEqualTo("“98652.5”有 1 位小数，但此指标只印刷 0 位：请按 0 位小数填写，否则报告会把它四舍五入");
        assertThat(robot.lookup("#dataMessage").queryAs(Label.class).getText())
                .startsWith("未保存 用水量（2024年）：“98652.5”有 1 位小数");
        assertThat(open.workspace.current()).isEqualTo(before);
        assertThat(open.file.history()).hasSize(revisions);
        assertThat(open.workspace.canUndoProperty().get()).isFalse();
        robot.interact(() -> cell.field().getTooltip().hide());
    }

    @Test
    void aBadValueIsRefusedWithAMessageOnTheCell(FxRobot robot) {
        show(robot, OpenWorkspace.mainSample(dir), null);
        search(robot, "S.EMP.TOTAL");

        robot.doubleClickOn(cell(robot, "S.EMP.TOTAL", 2024));
        robot.write("6k").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        ValueCell cell = cell(robot, "S.EMP.TOTAL", 2024);
        assertThat(cell.isEditing()).isTrue();
        TextField field = cell.field();
        assertThat(field.getStyleClass()).contains(ValueCell.REFUSED);
        assertThat(field.getTooltip().getText()).contains("“6k”不是数值");
        assertThat(robot.lookup("#dataMessage").queryAs(Label.class).getText())
                .startsWith("未保存 员工总数（2024年）：“6k”不是数值");
        assertThat(stored("S.EMP.TOTAL", 2024)).isEqualByComparingTo("6258");
        assertThat(open.workspace.canUndoProperty().get()).isFalse();

        assertThat(field.getTooltip().isShowing()).as("the reason pops up under the cell").isTrue();

        // Monocle sends keys to the newest window, the reason's popup; a desktop keeps them in the stage.
        robot.interact(() -> field.getTooltip().hide());
        robot.type(KeyCode.ESCAPE);
        assertThat(cell(robot, "S.EMP.TOTAL", 2024).getText()).isEqualTo("6,258");
    }

    @Test
    void theCategoryAndDepartmentChoicesFilterTheGrid(FxRobot robot) {
        show(robot, OpenWorkspace.mainSample(dir), null);
        TableView<?> table = robot.lookup("#indicatorTable").queryAs(TableView.class);
        int all = table.getItems().size();
        @SuppressWarnings("unchecked")
        ComboBox<String> category = robot.lookup("#categoryFilter").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<String> department = robot.lookup("#departmentFilter").queryAs(ComboBox.class);

        robot.interact(() -> category.setValue("环境"));
        assertThat(table.getItems()).hasSize(22);
        robot.interact(() -> department.setValue("信息技术部"));
        assertThat(table.getItems()).hasSize(3);
        robot.interact(() -> category.setValue(""));
        assertThat(table.getItems()).hasSize(7);
        robot.interact(() -> department.setValue(""));
        assertThat(table.getItems()).hasSize(all);
        assertThat(category.getItems()).containsExactly("", "经济", "环境", "社会", "治理");
        assertThat(category.getConverter().toString("")).isEqualTo("全部类别");
    }

    @Test
    void importingThePlantedWorkbookFillsTheGridAndTheRules(FxRobot robot) throws Exception {
        Path workbook = OpenWorkspace.PLANTED.resolve("kpi.xlsx");
        show(robot, OpenWorkspace.planted(dir), workbook);

        robot.clickOn("#importData");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#dataMessage").queryAs(Label.class).getText().startsWith("已导入"));

        assertThat(view.model().years()).contains(2024, 2023);
        assertThat(open.workspace.current().data().years()).contains(2024);
        assertThat(robot.lookup("#rulesTable").queryAs(TableView.class).getItems()).isNotEmpty();
        assertThat(view.model().rules()).filteredOn(RuleStatus::fails).extracting(status -> status.rule().name())
                .containsExactly("员工按性别合计");
        assertThat(open.workspace.undoLabelProperty().get()).isEqualTo("导入数据 kpi.xlsx");
        robot.interact(() -> Snapshots.save(view.view(), "data-view-planted"));
    }

    @Test
    void aWorkbookWithErrorsListsEveryProblemAndChangesNothing(FxRobot robot) throws Exception {
        show(robot, OpenWorkspace.mainSample(dir), OpenWorkspace.WORKBOOKS.resolve("bad-text-in-number.xlsx"));
        var before = open.workspace.current().data();

        robot.clickOn("#importData");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#importProblems").tryQuery().isPresent());

        TableView<?> problems = robot.lookup("#importProblems").queryAs(TableView.class);
        assertThat(problems.getItems()).hasSize(2);
        assertThat(problems.getItems()).extracting(line -> ((WorkbookImport.ProblemLine) line).place())
                .anySatisfy(place -> assertThat(place).endsWith("!H3"))
                .anySatisfy(place -> assertThat(place).endsWith("!I4"));
        assertThat(open.workspace.current().data()).isEqualTo(before);
        assertThat(open.workspace.canUndoProperty().get()).isFalse();
        assertThat(robot.lookup("#dataMessage").queryAs(Label.class).getText())
                .isEqualTo("未导入 bad-text-in-number.xlsx：发现 2 个问题，数据未作任何更改");
        robot.interact(() -> Snapshots.save(problems.getScene().getRoot(), "data-import-problems"));
    }

    @Test
    void aWorkbookWithOneBadCellAmongGoodOnesImportsNothing(FxRobot robot) throws Exception {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("指标数据", List.of(
                List.of("指标编码", "指标名称", "单位", "2024"),
                List.of("E.WATER.TOTAL", "总用水量", "立方米", 97000),
                List.of("S.EMP.TOTAL", "员工总数", "人", "六千多")));
        Path workbook = TestWorkbooks.written(dir.resolve("行政部.xlsx"), sheets);
        show(robot, OpenWorkspace.mainSample(dir), workbook);
        var before = open.workspace.current();
        int revisions = open.file.history().size();

        robot.clickOn("#importData");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#importProblems").tryQuery().isPresent());

        TableView<?> problems = robot.lookup("#importProblems").queryAs(TableView.class);
        assertThat(problems.getItems()).singleElement().satisfies(item -> {
            WorkbookImport.ProblemLine line = (WorkbookImport.ProblemLine) item;
            assertThat(line.place()).isEqualTo("行政部.xlsx › 指标数据!D3");
            assertThat(line.problem()).contains("“六千多”", "不是数字");
        });
        assertThat(robot.lookup("#dataMessage").queryAs(Label.class).getText())
                .isEqualTo("未导入 行政部.xlsx：发现 1 个问题，数据未作任何更改");
        assertThat(open.workspace.current()).as("the good row is not imported either").isEqualTo(before);
        assertThat(stored("E.WATER.TOTAL", 2024)).isEqualByComparingTo("98652");
        assertThat(open.file.history()).hasSize(revisions);
        assertThat(open.workspace.canUndoProperty().get()).isFalse();
        assertThat(open.workspace.validationProperty().get().hasErrors()).isFalse();
        assertThat(robot.lookup(".button").queryAllAs(javafx.scene.control.Button.class))
                .extracting(javafx.scene.control.Button::getText).contains("关闭");
    }

    @Test
    void theMainSamplesDataPageRenders(FxRobot robot) {
        show(robot, OpenWorkspace.mainSample(dir), null);
        robot.interact(() -> view.model().enter("S.EMP.MALE", 2024, "3,100"));
        search(robot, "S.EMP");

        assertThat(cell(robot, "S.EMP.MALE", 2024).getStyleClass()).doesNotContain(ValueCell.WARNING);
        assertThat(cell(robot, "S.EMP.TOTAL", 2024).getStyleClass()).contains(ValueCell.WARNING);
        assertThat(cell(robot, "S.EMP.TOTAL", 2024).getTooltip().getText()).contains("data.csv!J41", "⚠")
                .doesNotContain("sample-reports");
        robot.interact(() -> Snapshots.save(view.view(), "data-view-main"));
    }
}
