package org.esgstudio.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.esgstudio.data.IndicatorValue;
import org.esgstudio.data.Provenance;
import org.esgstudio.figures.Finding;
import org.esgstudio.figures.FindingKind;
import org.esgstudio.figures.Severity;
import org.esgstudio.i18n.Messages;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.ReportQuery;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import org.esgstudio.store.Samples;
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

/** The review panel on the main sample, headless: findings follow edits, filters narrow them, a click jumps. */
@ExtendWith(ApplicationExtension.class)
class ReviewPanelTest {
    private static final String PARAGRAPH = "ch2-s4-p6";
    private static final String CHAPTER_TWO = "02 绿色保险 守护绿水青山";

    @TempDir
    static Path dir;
    private static Path sample;

    private ProjectFile file;
    private Workspace workspace;
    private ReviewPanel panel;
    private final List<Finding> revealed = new ArrayList<>();
    private final List<Finding> dataFindings = new ArrayList<>();

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        Path path = copyOfTheSample();
        file = ProjectFile.open(path, OpenMode.READ_WRITE);
        workspace = new Workspace(file, file.load(), Workspace.Services.standard(Platform::runLater));
        panel = new ReviewPanel(workspace, revealed::add, dataFindings::add);
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene((Parent) panel.view(), 1100, 320));
        stage.show();
    }

    /** Made once from the sample folder (a second or so), then copied for each test. */
    private static Path copyOfTheSample() {
        try {
            if (sample == null) {
                sample = Samples.projectFile(Samples.QINGHE, dir.resolve("sample.esg"));
            }
            return java.nio.file.Files.copy(sample, dir.resolve("q-" + System.nanoTime() + ".esg"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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

    private void validated() throws Exception {
        waitUntil(() -> panel.model().validatedProperty().get());
    }

    private Paragraph paragraph() {
        return (Paragraph) ReportQuery.block(workspace.current().report(), PARAGRAPH).orElseThrow();
    }

    private void type(FxRobot robot, String zh) {
        Paragraph p = paragraph();
        robot.interact(() -> workspace.apply(Edit.typing("编辑段落", new Paragraph(p.id(), LocalizedText.of(zh,
                p.text().en()), p.notes()), "zh")));
    }

    private List<ReviewRow.Item> items() {
        return panel.model().rows().stream().filter(ReviewRow.Item.class::isInstance).map(ReviewRow.Item.class::cast)
                .toList();
    }

    private List<ReviewRow.Group> groups() {
        return panel.model().rows().stream().filter(ReviewRow.Group.class::isInstance)
                .map(ReviewRow.Group.class::cast).toList();
    }

    @SuppressWarnings("unchecked")
    private ListView<ReviewRow> list(FxRobot robot) {
        return robot.lookup("#reviewList").queryAs(ListView.class);
    }

    /** The cell on screen showing a row whose finding satisfies {@code test}. */
    private Node cellOf(FxRobot robot, java.util.function.Predicate<Finding> test) {
        return robot.lookup(".list-cell").match(node -> node instanceof ListCell<?> cell
                && cell.getItem() instanceof ReviewRow.Item item && test.test(item.finding())).query();
    }

    @Test
    void aWrongFigureIsListedAsAnErrorClickingItOpensItsParagraphAndCorrectingItRemovesIt(FxRobot robot)
            throws Exception {
        validated();
        assertThat(panel.errorsProperty().get()).isZero();
        String text = paragraph().text().zh();

        type(robot, text.replace("98,652立方米", "98,653立方米"));
        waitUntil(() -> panel.errorsProperty().get() == 1);

        assertThat(items()).singleElement().satisfies(item -> {
            assertThat(item.finding().kind()).isEqualTo(FindingKind.MISMATCH);
            assertThat(item.finding().blockId()).isEqualTo(PARAGRAPH);
            assertThat(item.message()).contains("98,653立方米");
        });
        assertThat(groups()).extracting(ReviewRow.Group::title, ReviewRow.Group::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CHAPTER_TWO, 1));
        robot.interact(() -> workspace.selectedProperty().set(null));

        robot.clickOn(cellOf(robot, f -> f.kind() == FindingKind.MISMATCH));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(workspace.selectedProperty().get()).isEqualTo(PARAGRAPH);
        assertThat(revealed).singleElement().extracting(Finding::text).isEqualTo("98,653立方米");

        type(robot, text);
        waitUntil(() -> panel.errorsProperty().get() == 0);
        assertThat(items()).noneMatch(item -> item.finding().kind() == FindingKind.MISMATCH);
    }

    @Test
    void theCountsOfEveryKindShowAndTheNumerousKindsAreHiddenUntilAskedFor(FxRobot robot) throws Exception {
        validated();
        List<Finding> all = workspace.validationProperty().get().findings();
        long translations = all.stream().filter(f -> f.kind() == FindingKind.TRANSLATION).count();
        long unverified = all.stream().filter(f -> f.kind() == FindingKind.UNVERIFIED).count();

        assertThat(translations).isGreaterThan(100);
        assertThat(panel.warningsProperty().get()).isEqualTo((int) all.stream()
                .filter(f -> f.severity() == Severity.WARNING).count());
        assertThat(panel.infosProperty().get()).isEqualTo((int) unverified);
        assertThat(robot.lookup("#kind-translation").queryAs(ToggleButton.class).getText())
                .isEqualTo("缺英文 " + translations);
        assertThat(robot.lookup("#kind-unverified").queryAs(ToggleButton.class).isSelected()).isFalse();
        assertThat(items()).isEmpty();

        robot.clickOn("#kind-translation");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(items()).hasSize((int) translations)
                .allMatch(item -> item.finding().kind() == FindingKind.TRANSLATION);
        assertThat(list(robot).getItems()).hasSize(items().size() + groups().size());
    }

    @Test
    void findingsAreGroupedByChapterInReadingOrderAndFilteredByChapterAndSearch(FxRobot robot) throws Exception {
        validated();
        robot.interact(() -> {
            panel.model().shownProperty(FindingKind.TRANSLATION).set(true);
            panel.model().shownProperty(FindingKind.UNVERIFIED).set(true);
        });
        List<String> order = groups().stream().map(ReviewRow.Group::title).toList();
        assertThat(order).containsSubsequence("董事长致辞", "01 稳健治理 行稳致远", CHAPTER_TWO, "05 共建美好社会");

        @SuppressWarnings("unchecked")
        ComboBox<String> chapters = robot.lookup("#reviewChapter").queryAs(ComboBox.class);
        robot.interact(() -> chapters.setValue(CHAPTER_TWO));

        assertThat(groups()).extracting(ReviewRow.Group::title).containsExactly(CHAPTER_TWO);
        assertThat(items()).isNotEmpty().allMatch(item -> item.finding().location().startsWith(CHAPTER_TWO));
        long inChapter = workspace.validationProperty().get().findings().stream()
                .filter(f -> f.kind() == FindingKind.TRANSLATION && f.location().startsWith(CHAPTER_TWO)).count();
        assertThat(panel.model().countProperty(FindingKind.TRANSLATION).get()).isEqualTo((int) inChapter);

        robot.clickOn("#reviewSearch").write("2.4");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(items()).isNotEmpty().allMatch(item -> item.place().startsWith("2.4"));
        assertThat(panel.model().countProperty(FindingKind.TRANSLATION).get()).isLessThan((int) inChapter);
    }

    @Test
    void aFindingAboutTheDataGoesToTheDataPageAndAChapterCollapses(FxRobot robot) throws Exception {
        validated();
        robot.interact(() -> workspace.apply(Edit.data("修改数值", data -> data.withValue(IndicatorValue.reported(
                "E.WATER.TOTAL", 2024, new BigDecimal("400000"), "", Provenance.typed(Samples.AUTHOR,
                        Instant.parse("2025-03-02T00:00:00Z")))))));
        waitUntil(() -> items().stream().anyMatch(item -> item.finding().kind() == FindingKind.YOY));

        assertThat(groups()).last().extracting(ReviewRow.Group::title).isEqualTo("数据与规则");
        robot.clickOn(cellOf(robot, f -> f.kind() == FindingKind.YOY));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dataFindings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.YOY);
            assertThat(f.indicator()).isEqualTo("E.WATER.TOTAL");
        });
        int before = items().size();
        ReviewRow.Group data = groups().get(groups().size() - 1);
        robot.interact(() -> panel.model().toggle(data));
        assertThat(items()).hasSize(before - data.count());
        assertThat(groups()).last().extracting(ReviewRow.Group::collapsed).isEqualTo(true);
    }

    @Test
    void theSelectedFindingStaysSelectedWhenAnotherBlockIsEdited(FxRobot robot) throws Exception {
        validated();
        robot.interact(() -> panel.model().shownProperty(FindingKind.TRANSLATION).set(true));
        ListView<ReviewRow> list = list(robot);
        int index = panel.model().rows().size() - 3;
        ReviewRow chosen = panel.model().rows().get(index);
        robot.interact(() -> {
            list.scrollTo(index - 2);
            list.getSelectionModel().select(index);
        });

        type(robot, paragraph().text().zh().replace("98,652立方米", "98,653立方米"));
        waitUntil(() -> panel.errorsProperty().get() == 1);

        assertThat(list.getSelectionModel().getSelectedItem()).isEqualTo(chosen);
        assertThat(list.getSelectionModel().getSelectedIndex()).isEqualTo(index + 1);
    }

    @Test
    void thePanelRendersToAnImage(FxRobot robot) throws Exception {
        validated();
        type(robot, paragraph().text().zh().replace("98,652立方米", "98,653立方米"));
        waitUntil(() -> panel.errorsProperty().get() == 1);
        robot.interact(() -> panel.model().shownProperty(FindingKind.TRANSLATION).set(true));
        File png = new File(System.getProperty("java.io.tmpdir"), "w5-review.png");
        robot.interact(() -> {
            BufferedImage image = SwingFXUtils.fromFXImage(panel.view().snapshot(null, null), null);
            try {
                ImageIO.write(image, "png", png);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(png).isFile();
    }
}
