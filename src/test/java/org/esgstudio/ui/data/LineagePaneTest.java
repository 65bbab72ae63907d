package org.esgstudio.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.esgstudio.review.Approvals;
import org.esgstudio.review.LineageFixture;
import org.esgstudio.ui.export.TargetChooser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The lineage beside the data grid, in a headless window: it follows the selected cell, shows the value's source, author,
 * note, approval, earlier values and citations, is read off the FX thread, and follows a value typed in; the toolbar
 * exports the evidence list.
 */
@ExtendWith(ApplicationExtension.class)
class LineagePaneTest {
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
            if (open != null) {
                open.close();
            }
        });
    }

    private void show(FxRobot robot, Executor background, TargetChooser evidenceChooser) {
        Path esg = LineageFixture.waterThroughFourHands(dir);
        robot.interact(() -> {
            open = OpenWorkspace.of(esg);
            view = new DataView(open.workspace, window -> Optional.empty(), evidenceChooser, background,
                    Platform::runLater);
            stage.setScene(new Scene((javafx.scene.Parent) view.view(), 1280, 760));
            stage.show();
            view.model().searchProperty().set(LineageFixture.WATER);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ValueCell cell(FxRobot robot, String code, int year) {
        Set<ValueCell> cells = robot.lookup(".esg-value").queryAllAs(ValueCell.class);
        return cells.stream().filter(cell -> cell.getItem() != null && cell.getItem().code().equals(code)
                && cell.getTableColumn().getId().equals("year" + year)).findFirst().orElseThrow();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static List<String> items(FxRobot robot, String id) {
        return new ArrayList<>(robot.lookup("#" + id).queryAs(ListView.class).getItems());
    }

    private static boolean detailsShown(FxRobot robot) {
        Node heading = robot.lookup("#lineageHeading").query();
        return heading.getParent().isVisible();
    }

    private static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theSelectedValuesSourceAuthorNoteApprovalEarlierValuesAndCitationsAreShown(FxRobot robot) {
        show(robot, Runnable::run, (owner, suggested) -> Optional.empty());
        assertThat(text(robot, "lineageStatus")).isEqualTo("选择一个指标值，查看它的来源、历次取值与批准状态。");

        robot.clickOn(cell(robot, LineageFixture.WATER, 2024));
        settle();

        assertThat(detailsShown(robot)).isTrue();
        assertThat(text(robot, "lineageHeading")).isEqualTo("用水量 · E.WATER.TOTAL（2024年）");
        assertThat(text(robot, "lineageCurrent")).isEqualTo("当前值：98,652 立方米");
        assertThat(text(robot, "lineageSource")).isEqualTo("来源：用水更正.csv!D2");
        assertThat(text(robot, "lineageEntered")).startsWith("录入：赵统计，2025-03-0");
        assertThat(text(robot, "lineageNote")).isEqualTo("备注：—");
        assertThat(text(robot, "lineageApproval")).startsWith("批准：已撤销（批准后已改动）（李审核，");
        assertThat(text(robot, "lineageEarlierTitle")).isEqualTo("此前取值（3 个，从早到晚）");
        List<String> earlier = items(robot, "lineageEarlier");
        assertThat(earlier).hasSize(3);
        assertThat(earlier.get(0)).startsWith("98,652 立方米 — data.csv!J32；测试员，").endsWith("「从示例 qinghe-2024 创建」");
        assertThat(earlier.get(1)).startsWith("98,700 立方米 — 行政部.xlsx › 指标数据!D2；王数据，")
                .endsWith("「导入 行政部.xlsx」；备注：" + LineageFixture.WORKBOOK_NOTE);
        assertThat(earlier.get(2)).startsWith("98,690 立方米 — 在应用中录入；李编辑，")
                .endsWith("「修改 用水量（2024年）」；备注：" + LineageFixture.WORKBOOK_NOTE);
        assertThat(items(robot, "lineageCited")).anyMatch(line -> line.endsWith("：98,652立方米，已核实，待批准"))
                .anyMatch(line -> line.startsWith("关键绩效表：数据引用"));
        assertThat(text(robot, "lineageStatus")).isEmpty();
        robot.interact(() -> Snapshots.save(view.view(), "data-view-lineage"));

        robot.clickOn(cell(robot, LineageFixture.WATER, 2023));
        settle();

        assertThat(text(robot, "lineageHeading")).isEqualTo("用水量 · E.WATER.TOTAL（2023年）");
        assertThat(text(robot, "lineageCurrent")).isEqualTo("当前值：104,318 立方米");
        assertThat(text(robot, "lineageApproval")).isEqualTo("批准：未批准");
        assertThat(items(robot, "lineageEarlier")).isEmpty();
    }

    @Test
    void theLineageIsReadOffTheFxThreadAndShownWhenRead(FxRobot robot) {
        ConcurrentLinkedQueue<Runnable> pending = new ConcurrentLinkedQueue<>();
        show(robot, pending::add, (owner, suggested) -> Optional.empty());

        robot.clickOn(cell(robot, LineageFixture.WATER, 2024));
        settle();

        assertThat(detailsShown(robot)).isFalse();
        assertThat(text(robot, "lineageStatus")).isEqualTo("正在读取 E.WATER.TOTAL@2024 的溯源…");
        assertThat(pending).isNotEmpty();
        List<String> threads = new ArrayList<>();
        Thread worker = new Thread(() -> {
            for (Runnable task = pending.poll(); task != null; task = pending.poll()) {
                threads.add(Thread.currentThread().getName());
                task.run();
            }
        }, "lineage-test-worker");
        worker.start();
        assertThat(join(worker)).isTrue();
        settle();

        assertThat(threads).allMatch("lineage-test-worker"::equals);
        assertThat(detailsShown(robot)).isTrue();
        assertThat(text(robot, "lineageCurrent")).isEqualTo("当前值：98,652 立方米");
    }

    private static boolean join(Thread thread) {
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !thread.isAlive();
    }

    @Test
    void aValueTypedInAndANewApprovalShowInTheLineage(FxRobot robot) {
        show(robot, Runnable::run, (owner, suggested) -> Optional.empty());
        robot.clickOn(cell(robot, LineageFixture.WATER, 2024));
        settle();

        robot.interact(() -> view.model().enter(LineageFixture.WATER, 2024, "98,655"));
        settle();

        assertThat(text(robot, "lineageCurrent")).isEqualTo("当前值：98,655 立方米");
        assertThat(text(robot, "lineageSource")).isEqualTo("来源：在应用中录入");
        assertThat(items(robot, "lineageEarlier")).hasSize(4).last().asString()
                .startsWith("98,652 立方米 — 用水更正.csv!D2；赵统计，");
        assertThat(items(robot, "lineageCited")).anyMatch(line -> line.contains("98,652立方米，有误"));

        robot.interact(() -> open.file.approve(Approvals.value(open.workspace.current(), LineageFixture.WATER, 2024,
                "王财务", Instant.now()).orElseThrow()));
        robot.clickOn(cell(robot, LineageFixture.WATER, 2023));
        robot.clickOn(cell(robot, LineageFixture.WATER, 2024));
        settle();

        assertThat(text(robot, "lineageApproval")).startsWith("批准：已批准（王财务，");
    }

    @Test
    void theToolbarExportsTheEvidenceListWhereTheUserChooses(FxRobot robot) throws IOException {
        Path chosen = dir.resolve("审计用");
        List<Path> suggestions = new ArrayList<>();
        show(robot, Runnable::run, (owner, suggested) -> {
            suggestions.add(suggested);
            return Optional.of(chosen);
        });

        robot.clickOn("#exportEvidence");
        settle();

        Path written = dir.resolve("审计用.xlsx");
        assertThat(suggestions).singleElement().satisfies(suggested -> {
            assertThat(suggested.getParent()).isEqualTo(dir.toAbsolutePath());
            assertThat(suggested.getFileName().toString()).endsWith("-2024-证据清单.xlsx");
        });
        assertThat(text(robot, "dataMessage")).startsWith("已导出证据清单 " + written.toAbsolutePath() + "：")
                .endsWith("条变更记录");
        try (InputStream in = Files.newInputStream(written); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheet("证据清单").getLastRowNum()).isPositive();
            assertThat(book.getSheet("变更记录").getLastRowNum()).isPositive();
        }
        assertThat(robot.lookup("#exportEvidence").queryButton().isDisabled()).isFalse();
    }

    @Test
    void cancellingTheChooserWritesNothing(FxRobot robot) {
        show(robot, Runnable::run, (owner, suggested) -> Optional.empty());
        String before = text(robot, "dataMessage");

        robot.clickOn("#exportEvidence");
        settle();

        assertThat(text(robot, "dataMessage")).isEqualTo(before);
        assertThat(dir.toFile().list()).noneMatch(name -> name.endsWith("证据清单.xlsx"));
    }
}
