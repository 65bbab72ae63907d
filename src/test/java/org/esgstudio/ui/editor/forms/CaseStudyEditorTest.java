package org.esgstudio.ui.editor.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.esgstudio.model.Block;
import org.esgstudio.model.CaseStudy;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.ReportEdits;
import org.esgstudio.model.ReportIds;
import org.esgstudio.ui.workspace.Edit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The case study form on the main sample, headless: title, picture, caption and body, each change undoable. */
@ExtendWith(ApplicationExtension.class)
class CaseStudyEditorTest {
    private static final String CASE = "ch1-s1-case1";

    @TempDir
    Path dir;

    private FormFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = FormFixture.open(stage, dir);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(fixture::close);
    }

    private CaseStudy caseStudy(String id) {
        return fixture.node(id, CaseStudy.class);
    }

    @Test
    void typingATitleChangesTheReportAndOneUndoRestoresIt(FxRobot robot) {
        CaseStudyEditor editor = fixture.open(robot, CASE, CaseStudyEditor.class);
        LocalizedText original = caseStudy(CASE).title();
        assertThat(editor.title().zhField().getText()).isEqualTo(original.zh());

        robot.interact(() -> editor.title().zhField().setText(original.zh() + "（修订）"));
        robot.interact(() -> editor.title().zhField().setText(original.zh() + "（修订稿）"));

        assertThat(caseStudy(CASE).title()).isEqualTo(original.withZh(original.zh() + "（修订稿）"));
        assertThat(caseStudy(CASE).body()).hasSize(2);
        assertThat(fixture.workspace.undoLabelProperty().get()).isEqualTo("编辑案例");

        robot.interact(fixture.workspace::undo);

        assertThat(caseStudy(CASE).title()).isEqualTo(original);
        assertThat(editor.title().zhField().getText()).isEqualTo(original.zh());
        assertThat(fixture.workspace.canUndoProperty().get()).isFalse();
    }

    @Test
    void showingTheNodeAgainLeavesTheCaretOfTheFieldBeingTypedIn(FxRobot robot) {
        CaseStudyEditor editor = fixture.open(robot, CASE, CaseStudyEditor.class);
        robot.interact(() -> {
            editor.title().zhField().requestFocus();
            editor.title().zhField().positionCaret(3);
        });

        robot.interact(() -> editor.title().enField().setText("A new English title"));

        assertThat(caseStudy(CASE).title().en()).isEqualTo("A new English title");
        assertThat(editor.title().zhField().getCaretPosition()).isEqualTo(3);
    }

    @Test
    void keysTypedOneAfterAnotherAllArriveInOrderAsOneUndoStep(FxRobot robot) {
        CaseStudyEditor editor = fixture.open(robot, CASE, CaseStudyEditor.class);
        LocalizedText original = caseStudy(CASE).title();
        robot.interact(() -> {
            editor.title().enField().requestFocus();
            editor.title().enField().end();
        });

        robot.write(" (rev. 2)");

        assertThat(caseStudy(CASE).title().en()).isEqualTo(original.en() + " (rev. 2)");
        assertThat(editor.title().enField().getText()).isEqualTo(original.en() + " (rev. 2)");
        assertThat(editor.title().enField().getCaretPosition()).isEqualTo(original.en().length() + 9);
        assertThat(editor.title().enField().isFocused()).isTrue();

        robot.interact(fixture.workspace::undo);

        assertThat(caseStudy(CASE).title()).isEqualTo(original);
        assertThat(fixture.workspace.canUndoProperty().get()).isFalse();
    }

    @Test
    void addParagraphAppendsAnEmptyParagraphToTheBodyAndClickingItOpensIt(FxRobot robot) {
        CaseStudyEditor editor = fixture.open(robot, CASE, CaseStudyEditor.class);
        List<Block> before = caseStudy(CASE).body();

        robot.clickOn("#addParagraph");

        List<Block> after = caseStudy(CASE).body();
        assertThat(after).hasSize(before.size() + 1).startsWith(before.toArray(Block[]::new));
        assertThat(after.get(after.size() - 1)).isInstanceOfSatisfying(Paragraph.class, p -> {
            assertThat(p.text()).isEqualTo(LocalizedText.EMPTY);
            assertThat(before).extracting(Block::id).doesNotContain(p.id());
        });
        assertThat(editor.body().links()).hasSize(after.size());

        robot.interact(() -> editor.body().links().get(after.size() - 1).fire());

        assertThat(fixture.workspace.selectedProperty().get()).isEqualTo(after.get(after.size() - 1).id());
    }

    @Test
    void aNewEmptyCaseStudyIsFilledInThroughTheForm(FxRobot robot) throws Exception {
        String[] id = new String[1];
        robot.interact(() -> fixture.workspace.apply(Edit.report("添加案例", report -> {
            id[0] = ReportIds.fresh(report, "case");
            return ReportEdits.insertBlock(report, "ch1-s2", 0,
                    new CaseStudy(id[0], LocalizedText.EMPTY, List.of(), null, LocalizedText.EMPTY));
        })));
        CaseStudyEditor editor = fixture.open(robot, id[0], CaseStudyEditor.class);
        assertThat(editor.image().thumbnail().getImage()).isNull();

        robot.interact(() -> editor.title().zhField().setText("新能源车主的一天"));
        robot.interact(() -> editor.image().view().lookupAll(".combo-box").stream().findFirst()
                .map(javafx.scene.control.ComboBox.class::cast).orElseThrow().setValue("ch4-campus.png"));
        robot.clickOn("#addParagraph");

        CaseStudy filled = caseStudy(id[0]);
        assertThat(filled.title().zh()).isEqualTo("新能源车主的一天");
        assertThat(filled.image()).isEqualTo("ch4-campus.png");
        assertThat(filled.body()).singleElement().isInstanceOf(Paragraph.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> editor.image().thumbnail().getImage() != null);
    }

    @Test
    void englishIsHiddenInTheChineseOnlyViewAndAnEmptyEnglishFieldSaysSo(FxRobot robot) {
        CaseStudyEditor editor = fixture.open(robot, "ch2-case1", CaseStudyEditor.class);

        assertThat(editor.title().enField().getText()).isEmpty();
        assertThat(editor.title().enField().getPromptText()).isEqualTo("缺少英文");
        assertThat(editor.title().enField().isVisible()).isTrue();

        robot.interact(() -> fixture.context.englishVisible().set(false));

        assertThat(editor.title().enField().isVisible()).isFalse();
        assertThat(editor.title().enField().isManaged()).isFalse();
    }
}
