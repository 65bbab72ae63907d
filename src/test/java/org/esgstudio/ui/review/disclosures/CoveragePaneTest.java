package org.esgstudio.ui.review.disclosures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.esgstudio.frameworks.Catalogue;
import org.esgstudio.frameworks.Coverage;
import org.esgstudio.frameworks.CoverageReport;
import org.esgstudio.frameworks.CoverageStatus;
import org.esgstudio.i18n.Messages;
import org.esgstudio.json.CatalogueFiles;
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
 * The disclosures tab on the main sample (which carries no codes of its own), headless: a disclosure tagged on a
 * section is covered there and missing once the tag is removed; the summary, title and filter agree with the
 * frameworks layer; double-click and Enter go to the place; work waits while the tab is hidden.
 */
@ExtendWith(ApplicationExtension.class)
class CoveragePaneTest {
    private static final String SECTION = "ch4-s1";
    private static final String EMPLOYEES = "gri-2021:2-7";

    @TempDir
    static Path dir;
    private static Path sample;

    private ProjectFile file;
    private Workspace workspace;
    private CoveragePane pane;
    private final List<String> revealed = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        if (sample == null) {
            sample = Samples.untaggedProjectFile(Samples.QINGHE, dir.resolve("sample.esg"));
        }
        Path path = Files.copy(sample, dir.resolve("q-" + System.nanoTime() + ".esg"));
        file = ProjectFile.open(path, OpenMode.READ_WRITE);
        workspace = new Workspace(file, file.load(), Workspace.Services.standard(Platform::runLater));
        pane = new CoveragePane(new CoverageModel(workspace, Tasks.background(), Tasks.fxThread()), revealed::add);
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene((Parent) pane.view(), 1200, 420));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(workspace::saveNow);
        file.close();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void tag(FxRobot robot, String element, List<String> codes) {
        robot.interact(() -> workspace.apply(Edit.report("标注披露项", report ->
                report.withDisclosures(report.disclosures().with(element, codes)))));
    }

    private Optional<CoverageRow> row(String tag) {
        return pane.rows().stream().filter(row -> row.tag().equals(tag)).findFirst();
    }

    private CoverageStatus status(String tag) {
        return row(tag).map(CoverageRow::status).orElse(null);
    }

    private CoverageReport expected() {
        Catalogue gri = CatalogueFiles.shipped().find("gri-2021").orElseThrow();
        return Coverage.of(gri, workspace.current().report(), workspace.current().data());
    }

    @SuppressWarnings("unchecked")
    private TableView<CoverageRow> table(FxRobot robot) {
        return robot.lookup("#coverageTable").queryAs(TableView.class);
    }

    private String summary(FxRobot robot) {
        return robot.lookup("#coverageSummary").queryAs(Label.class).getText();
    }

    private void filter(FxRobot robot, String choice) {
        robot.interact(() -> robot.lookup("#coverageFilter").queryAs(ComboBox.class).setValue(choice));
    }

    @Test
    void aTaggedDisclosureIsCoveredAtItsSectionAndMissingOnceTheTagIsRemoved(FxRobot robot) throws Exception {
        waitUntil(() -> pane.model().reportProperty().get() != null);
        assertThat(pane.model().reportProperty().get().catalogue().id()).as("GRI first").isEqualTo("gri-2021");
        assertThat(status(EMPLOYEES)).as("GRI 2 is always expected").isEqualTo(CoverageStatus.MISSING);

        tag(robot, SECTION, List.of(EMPLOYEES));
        waitUntil(() -> status(EMPLOYEES) == CoverageStatus.COVERED);

        CoverageRow covered = row(EMPLOYEES).orElseThrow();
        assertThat(covered.code()).isEqualTo("GRI 2-7");
        assertThat(covered.title()).isEqualTo("员工");
        assertThat(covered.locations()).isEqualTo("4.1 平等雇佣与多元包容");
        assertThat(covered.target()).isEqualTo(SECTION);
        CoverageReport expected = expected();
        int missing = expected.count(CoverageStatus.MISSING);
        int omitted = expected.count(CoverageStatus.OMITTED); // the sample index's stated omissions (2-8, 2-21)
        assertThat(summary(robot)).isEqualTo("已覆盖 1 · 省略 " + omitted + " · 缺失 " + missing + " · 不适用/未涉及 "
                + expected.count(CoverageStatus.NOT_EXPECTED));
        assertThat(pane.title().get()).isEqualTo("披露 缺 " + missing);
        assertThat(pane.rows()).as("all, missing first").hasSize(expected.lines().size());
        assertThat(pane.rows().subList(0, missing)).allMatch(row -> row.status() == CoverageStatus.MISSING);
        assertThat(pane.rows().subList(missing, missing + 1 + omitted)).extracting(CoverageRow::tag).contains(EMPLOYEES);

        tag(robot, SECTION, List.of());
        waitUntil(() -> status(EMPLOYEES) == CoverageStatus.MISSING);
        assertThat(row(EMPLOYEES).orElseThrow().locations()).isEmpty();
        assertThat(summary(robot)).startsWith("已覆盖 0 · 省略 " + omitted + " · 缺失 " + (missing + 1));
        assertThat(pane.title().get()).isEqualTo("披露 缺 " + (missing + 1));
    }

    @Test
    void aTopicStandardInUseExpectsItsOtherDisclosures(FxRobot robot) throws Exception {
        waitUntil(() -> pane.model().reportProperty().get() != null);
        assertThat(status("gri-2021:305-2")).isEqualTo(CoverageStatus.NOT_EXPECTED);

        tag(robot, "ch2-s4", List.of("gri-2021:305-1"));
        waitUntil(() -> status("gri-2021:305-1") == CoverageStatus.COVERED);

        assertThat(status("gri-2021:305-2")).isEqualTo(CoverageStatus.MISSING);
        filter(robot, CoverageStatus.COVERED.name());
        assertThat(pane.rows()).extracting(CoverageRow::tag).containsExactly("gri-2021:305-1");
        filter(robot, CoveragePane.ALL);
        assertThat(pane.rows()).extracting(CoverageRow::tag)
                .isEqualTo(expected().lines().stream().map(line -> line.entry().tag()).toList());
    }

    @Test
    void aTableShowingATaggedIndicatorIsAPlaceNamedWithTheIndicator(FxRobot robot) throws Exception {
        waitUntil(() -> pane.model().reportProperty().get() != null);
        robot.interact(() -> workspace.apply(Edit.data("指标框架", data -> {
            org.esgstudio.data.Indicator i = data.indicator("E.GHG.SCOPE1").orElseThrow();
            return data.withIndicator(new org.esgstudio.data.Indicator(i.code(), i.name(), i.aliases(), i.unit(),
                    i.decimals(), i.category(), i.department(), i.source(), List.of("gri-2021:305-1"),
                    i.definition()));
        })));
        waitUntil(() -> status("gri-2021:305-1") == CoverageStatus.COVERED);

        CoverageRow row = row("gri-2021:305-1").orElseThrow();
        assertThat(row.places()).isNotEmpty().allMatch(place -> place.indicator().equals("E.GHG.SCOPE1"));
        assertThat(row.locations()).contains("（指标 E.GHG.SCOPE1）");
    }

    @Test
    void doubleClickOrEnterOnALocatedDisclosureGoesToItsPlace(FxRobot robot) throws Exception {
        waitUntil(() -> pane.model().reportProperty().get() != null);
        tag(robot, SECTION, List.of(EMPLOYEES));
        waitUntil(() -> status(EMPLOYEES) == CoverageStatus.COVERED);
        filter(robot, CoverageStatus.COVERED.name());
        WaitForAsyncUtils.waitForFxEvents();
        TableRow<?> row = robot.lookup(".table-row-cell").match(node -> node instanceof TableRow<?> r
                && r.getItem() instanceof CoverageRow item && item.tag().equals(EMPLOYEES)).queryAs(TableRow.class);

        robot.interact(() -> Event.fireEvent(row, new MouseEvent(MouseEvent.MOUSE_CLICKED, 5, 5, 5, 5,
                MouseButton.PRIMARY, 2, false, false, false, false, false, false, false, false, false, true, null)));
        assertThat(revealed).containsExactly(SECTION);

        filter(robot, CoverageStatus.MISSING.name());
        robot.interact(() -> {
            table(robot).getSelectionModel().select(0);
            Event.fireEvent(table(robot), new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false,
                    false, false));
        });
        assertThat(revealed).as("a missing disclosure is made nowhere").containsExactly(SECTION);

        filter(robot, CoverageStatus.COVERED.name());
        robot.interact(() -> {
            table(robot).getSelectionModel().select(0);
            Event.fireEvent(table(robot), new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false,
                    false, false));
        });
        assertThat(revealed).containsExactly(SECTION, SECTION);
    }

    @Test
    void whileTheTabIsHiddenChangesAreWorkedOutOnlyWhenItIsShownAgain(FxRobot robot) throws Exception {
        waitUntil(() -> pane.model().reportProperty().get() != null);
        robot.interact(() -> pane.model().shownProperty().set(false));
        CoverageReport before = pane.model().reportProperty().get();

        tag(robot, SECTION, List.of(EMPLOYEES));
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pane.model().reportProperty().get()).as("not worked out while hidden").isSameAs(before);

        robot.interact(() -> pane.model().shownProperty().set(true));
        waitUntil(() -> status(EMPLOYEES) == CoverageStatus.COVERED);
    }

    @Test
    void anotherCatalogueCanBeChosen(FxRobot robot) throws Exception {
        waitUntil(() -> pane.model().cataloguesProperty().get() != null);
        @SuppressWarnings("unchecked")
        ComboBox<Catalogue> chooser = robot.lookup("#coverageCatalogue").queryAs(ComboBox.class);
        assertThat(chooser.getItems()).extracting(Catalogue::id)
                .contains("gri-2021", "ciaa-2023", "cn-exchange-2024", "hkex-esg-2023");
        tag(robot, "ch2-s4", List.of("ciaa-2023:E.5.1"));

        robot.interact(() -> chooser.getItems().stream().filter(c -> c.id().equals("ciaa-2023")).findFirst()
                .ifPresent(chooser::setValue));
        waitUntil(() -> pane.model().reportProperty().get().catalogue().id().equals("ciaa-2023"));

        assertThat(status("ciaa-2023:E.5.1")).isEqualTo(CoverageStatus.COVERED);
        assertThat(row("ciaa-2023:E.5.1").orElseThrow().code()).isEqualTo("E.5.1");
        assertThat(pane.rows()).allMatch(row -> row.tag().startsWith("ciaa-2023:"));
    }
}
