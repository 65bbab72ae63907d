package org.esgstudio.ui.editor.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.esgstudio.data.FigureFormat;
import org.esgstudio.figures.MarkStatus;
import org.esgstudio.model.Footnote;
import org.esgstudio.model.Language;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Paragraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The paragraph editor on the main sample, headless: typing, figure marks, emphasis, references, undo, English. */
@ExtendWith(ApplicationExtension.class)
class ProseEditorTest {
    private static final String PARAGRAPH = "ch2-s4-p6";
    private static final String WATER = "98,652立方米";

    @TempDir
    Path dir;

    private Stage stage;
    private ProseFixture fixture;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void open(FxRobot robot) {
        fixture = new ProseFixture(robot, stage, dir, PARAGRAPH);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private Paragraph paragraph() {
        return (Paragraph) fixture.block(PARAGRAPH);
    }

    private IndexRange rangeOf(String text) {
        int at = fixture.zh().getText().indexOf(text);
        assertThat(at).as("“%s” in the area", text).isNotNegative();
        return new IndexRange(at, at + text.length());
    }

    private MarkStatus markOf(String text) {
        IndexRange range = rangeOf(text);
        MarkStatus first = fixture.zh().getStyleOfChar(range.getStart() + 1).mark();
        for (var span : fixture.zh().getStyleSpans(range)) {
            if (span.getStyle().mark() != first) {
                return null;
            }
        }
        return first;
    }

    private List<String> renderedTexts(FxRobot robot, String styleClass) {
        return robot.lookup(".prose-zh ." + styleClass).queryAllAs(Text.class).stream().map(Text::getText).toList();
    }

    @Test
    void showsTheChineseTextWithFigureReferencesAsTheirLiveValues(FxRobot robot) {
        String intensity = FigureFormat.of(fixture.workspace.current().data(), "E.WATER.INTENSITY", 2024, false);

        assertThat(fixture.zh().getText()).startsWith("公司办公用水全部来自市政供水").doesNotContain("{{");
        assertThat(robot.lookup(".prose-zh .figure-chip").queryAllAs(Label.class)).extracting(Label::getText)
                .contains(intensity);
        assertThat(fixture.zh().text()).isEqualTo(paragraph().text().zh());
    }

    @Test
    void typingInAParagraphChangesTheProject(FxRobot robot) {
        robot.interact(() -> {
            fixture.zh().requestFocus();
            fixture.zh().moveTo(fixture.zh().getLength());
        });
        robot.write("ESG");

        assertThat(paragraph().text().zh()).endsWith("ESG");
        assertThat(fixture.workspace.undoLabelProperty().get()).isEqualTo("编辑文字");
    }

    @Test
    void aFigureThatAgreesIsGreenTurnsRedWhenChangedAndGreenWhenCorrected(FxRobot robot) {
        ProseFixture.waitUntil(() -> markOf(WATER) == MarkStatus.AGREES);
        ProseFixture.waitUntil(() -> String.join("", renderedTexts(robot, "figure-agrees")).contains(WATER));

        IndexRange digit = new IndexRange(rangeOf(WATER).getStart() + 5, rangeOf(WATER).getStart() + 6);
        robot.interact(() -> {
            fixture.zh().requestFocus();
            fixture.zh().selectRange(digit.getStart(), digit.getEnd());
        });
        robot.write("3");
        assertThat(paragraph().text().zh()).contains("98,653立方米");
        ProseFixture.waitUntil(() -> markOf("98,653立方米") == MarkStatus.DISAGREES);
        // The style reaches the rendered text nodes on a later pulse than the mark itself.
        ProseFixture.waitUntil(() -> String.join("", renderedTexts(robot, "figure-disagrees")).contains("98,653立方米"));

        robot.interact(() -> fixture.zh().selectRange(digit.getStart(), digit.getEnd()));
        robot.write("2");
        ProseFixture.waitUntil(() -> markOf(WATER) == MarkStatus.AGREES);
        assertThat(paragraph().text().zh()).contains(WATER);
        // The corrected digit may be a text node of its own: what counts is that the whole figure is drawn green.
        ProseFixture.waitUntil(() -> String.join("", renderedTexts(robot, "figure-agrees")).contains(WATER));
        ProseFixture.waitUntil(() -> renderedTexts(robot, "figure-disagrees").isEmpty());
    }

    @Test
    void workspaceUndoPutsTheTextBackInTheAreaAndTheFigureTurnsGreenAgain(FxRobot robot) {
        String original = paragraph().text().zh();
        ProseFixture.waitUntil(() -> markOf(WATER) == MarkStatus.AGREES);
        IndexRange digit = new IndexRange(rangeOf(WATER).getStart() + 5, rangeOf(WATER).getStart() + 6);
        robot.interact(() -> {
            fixture.zh().requestFocus();
            fixture.zh().selectRange(digit.getStart(), digit.getEnd());
        });
        robot.write("3");
        ProseFixture.waitUntil(() -> markOf("98,653立方米") == MarkStatus.DISAGREES);

        robot.interact(fixture.workspace::undo);

        assertThat(paragraph().text().zh()).isEqualTo(original);
        assertThat(fixture.zh().text()).isEqualTo(original);
        assertThat(fixture.zh().getText()).contains(WATER).doesNotContain("98,653");
        ProseFixture.waitUntil(() -> markOf(WATER) == MarkStatus.AGREES);
    }

    @Test
    void typingRightBeforeAndAfterAChipLeavesTheReferenceWhole(FxRobot robot) {
        int chip = fixture.zh().getText().indexOf("人均用水量") + "人均用水量".length();
        assertThat(fixture.zh().getDocument().subSequence(chip, chip + 1).getParagraph(0).getSegments())
                .singleElement().matches(segment -> segment.isRight() && segment.getRight().isFigure());
        robot.interact(() -> {
            fixture.zh().requestFocus();
            fixture.zh().moveTo(chip);
        });
        robot.write("约");
        robot.interact(() -> fixture.zh().moveTo(chip + 2));
        robot.write("x");
        robot.press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE);
        robot.write("y");

        assertThat(paragraph().text().zh()).contains("人均用水量约{{E.WATER.INTENSITY}}y立方米/人");
        assertThat(fixture.zh().text()).isEqualTo(paragraph().text().zh());
        assertThat(robot.lookup(".prose-zh .figure-chip").queryAllAs(Label.class)).hasSize(2);
    }

    @Test
    void backspaceAfterAChipRemovesTheWholeReference(FxRobot robot) {
        int chip = fixture.zh().getText().indexOf("人均用水量") + "人均用水量".length();
        robot.interact(() -> {
            fixture.zh().requestFocus();
            fixture.zh().moveTo(chip + 1);
        });
        robot.press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE);

        assertThat(paragraph().text().zh()).contains("人均用水量立方米/人").doesNotContain("{{E.WATER.INTENSITY")
                .contains("{{E.WASTE.HAZARDOUS}}");
    }

    @Test
    void ctrlBOnEmphasisedTextRemovesTheEmphasis(FxRobot robot) {
        IndexRange water = rangeOf(WATER);
        robot.interact(() -> {
            fixture.zh().requestFocus();
            fixture.zh().selectRange(water.getStart(), water.getEnd());
        });
        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        assertThat(paragraph().text().zh()).contains("**" + WATER + "**");
        robot.interact(() -> fixture.zh().selectRange(water.getStart(), water.getEnd()));

        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);

        assertThat(paragraph().text().zh()).contains(WATER).doesNotContain("**");
        ProseFixture.waitUntil(() -> renderedTexts(robot, "emphasis").isEmpty());
    }

    @Test
    void hoveringAMarkedFigureShowsTheIndicatorTheStoredValueAndItsSource(FxRobot robot) {
        ProseFixture.waitUntil(() -> markOf(WATER) == MarkStatus.AGREES);
        int inside = rangeOf(WATER).getStart() + 2;
        robot.interact(() -> fixture.zh().fireEvent(org.fxmisc.richtext.event.MouseOverTextEvent.beginAt(
                new javafx.geometry.Point2D(20, 20), inside)));

        String shown = fixture.editor().fields().get(0).hover().shownText();
        assertThat(shown).contains("与数据一致", "用水量（E.WATER.TOTAL）", "2024", "来源：");
    }

    @Test
    void ctrlBWrapsTheSelectionInEmphasis(FxRobot robot) {
        IndexRange water = rangeOf(WATER);
        robot.interact(() -> {
            fixture.zh().requestFocus();
            fixture.zh().selectRange(water.getStart(), water.getEnd());
        });
        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);

        assertThat(paragraph().text().zh()).contains("**" + WATER + "**");
        ProseFixture.waitUntil(() -> String.join("", renderedTexts(robot, "emphasis")).contains("98,652"));
        assertThat(fixture.workspace.undoLabelProperty().get()).isEqualTo("加粗强调");
    }

    @Test
    void aFigureReferenceGoesIntoTheMarkupAndShowsTheLiveValue(FxRobot robot) {
        robot.interact(() -> {
            fixture.zh().requestFocus();
            fixture.zh().moveTo(fixture.zh().getLength());
            fixture.editor().insertFigure("E.WATER.TOTAL", 2024);
        });

        assertThat(paragraph().text().zh()).endsWith("{{E.WATER.TOTAL}}");
        // The chips are drawn when the editor re-renders the paragraph, a pulse after the edit (under load, later).
        ProseFixture.waitUntil(() -> robot.lookup(".prose-zh .figure-chip").queryAllAs(Label.class).stream()
                .anyMatch(chip -> chip.getText().equals("98,652")));
        assertThat(robot.lookup(".prose-zh .figure-chip").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("98,652");
    }

    @Test
    void aFootnoteIsAddedToTheBlockAndReferencedAtTheCaret(FxRobot robot) {
        robot.interact(() -> {
            fixture.zh().requestFocus();
            fixture.zh().moveTo(4);
            fixture.editor().insertFootnote(LocalizedText.of("按财务口径统计。", "On a financial basis."));
        });

        List<Footnote> notes = paragraph().notes();
        assertThat(notes).hasSize(1);
        assertThat(notes.get(0).text().zh()).isEqualTo("按财务口径统计。");
        assertThat(paragraph().text().zh()).startsWith("公司办公[^" + notes.get(0).id() + "]用水");
        assertThat(robot.lookup(".prose-zh .note-chip").queryAllAs(Label.class)).extracting(Label::getText)
                .noneMatch(text -> text.equals("*") || text.equals("?"));
    }

    @Test
    void showingTheSameTextKeepsTheCaret(FxRobot robot) {
        robot.interact(() -> {
            fixture.zh().requestFocus();
            fixture.zh().moveTo(12);
            Paragraph same = paragraph();
            fixture.editor().show(new Paragraph(same.id(), LocalizedText.of(same.text().zh(), "changed"),
                    same.notes()));
        });

        assertThat(fixture.zh().getCaretPosition()).isEqualTo(12);
    }

    @Test
    void ctrlZUndoesThroughTheWorkspace(FxRobot robot) {
        String original = paragraph().text().zh();
        robot.interact(() -> {
            fixture.zh().requestFocus();
            fixture.zh().moveTo(10);
        });
        robot.write("xy");
        assertThat(paragraph().text().zh()).isNotEqualTo(original);

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        assertThat(paragraph().text().zh()).isEqualTo(original);
        assertThat(fixture.zh().text()).isEqualTo(original);
        assertThat(fixture.zh().getCaretPosition()).isBetween(8, 12);

        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        assertThat(fixture.zh().getText()).contains("xy");
    }

    @Test
    void hidingEnglishHidesTheEnglishArea(FxRobot robot) {
        ProseArea english = fixture.area(0, Language.EN);
        assertThat(english.isVisible()).isTrue();
        assertThat(robot.lookup(".prose-placeholder").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("缺少英文");

        robot.interact(() -> fixture.context.englishVisible().set(false));

        assertThat(english.isVisible()).isFalse();
        assertThat(english.isManaged()).isFalse();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.zh().getWidth()).isGreaterThan(900);
    }

    @Test
    void revealSelectsTheFirstOccurrence(FxRobot robot) {
        robot.interact(() -> fixture.editor().reveal("490.06吨"));

        assertThat(fixture.zh().getSelectedText()).isEqualTo("490.06吨");
    }

    @Test
    void ctrlAltROpensTheIndicatorPickerAndInsertsTheChosenReferenceAtTheCaret(FxRobot robot) {
        robot.interact(() -> {
            fixture.zh().requestFocus();
            fixture.zh().moveTo(fixture.zh().getLength());
        });
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.R).release(KeyCode.R, KeyCode.ALT, KeyCode.CONTROL);
        ProseFixture.waitUntil(() -> robot.lookup("#figureFilter").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#figureFilter").queryAs(javafx.scene.control.TextField.class)
                .setText("E.WATER.TOTAL"));
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);

        ProseFixture.waitUntil(() -> paragraph().text().zh().endsWith("{{E.WATER.TOTAL}}"));
        assertThat(fixture.zh().text()).isEqualTo(paragraph().text().zh());
        assertThat(fixture.workspace.undoLabelProperty().get()).isEqualTo("插入数据引用");
    }

    @Test
    void enterInAListItemSplitsItAndUndoJoinsItAgain(FxRobot robot) {
        robot.interact(() -> fixture.workspace.selectedProperty().set("profile-awards"));
        org.esgstudio.model.BulletList before = (org.esgstudio.model.BulletList) fixture.block("profile-awards");
        String first = before.items().get(0).zh();
        robot.interact(() -> {
            fixture.zh().requestFocus();
            fixture.zh().moveTo(6);
        });

        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);

        org.esgstudio.model.BulletList after = (org.esgstudio.model.BulletList) fixture.block("profile-awards");
        assertThat(after.items()).hasSize(before.items().size() + 1);
        assertThat(after.items().get(0).zh()).isEqualTo(first.substring(0, 6));
        assertThat(after.items().get(1).zh()).isEqualTo(first.substring(6));
        assertThat(fixture.editor().fields()).hasSize(after.items().size());
        assertThat(fixture.area(1, Language.ZH).getText()).isEqualTo(first.substring(6));

        robot.interact(fixture.workspace::undo);

        assertThat(fixture.block("profile-awards")).isEqualTo(before);
        assertThat(fixture.editor().fields()).hasSize(before.items().size());
        assertThat(fixture.zh().getText()).isEqualTo(first);
    }

    @Test
    void aHeadingIsPlainTextWithoutEmphasis(FxRobot robot) {
        robot.interact(() -> fixture.workspace.selectedProperty().set("letter-h1"));
        robot.interact(() -> {
            fixture.zh().requestFocus();
            fixture.zh().selectRange(0, 2);
        });
        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        robot.interact(() -> fixture.zh().moveTo(fixture.zh().getLength()));
        robot.write("**");

        assertThat(((org.esgstudio.model.Heading) fixture.block("letter-h1")).text().zh())
                .isEqualTo("稳健善治，筑牢长期发展之基**");
    }
}
