package org.esgstudio.ui.editor.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.TextRow;
import org.esgstudio.model.TextTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The text table form on the main sample: rows added, filled in and removed, each step undone. */
@ExtendWith(ApplicationExtension.class)
class TextTableEditorTest {
    private static final String TABLE = "ch1-s2-tt1";

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

    private TextTable table() {
        return fixture.node(TABLE, TextTable.class);
    }

    @Test
    void anAddedRowIsEmptyWithAFreshIdAndIsFilledInThroughItsCells(FxRobot robot) {
        TextTableEditor editor = fixture.open(robot, TABLE, TextTableEditor.class);
        TextTable before = table();

        fixture.press(robot, editor, "#addRow");

        TextTable after = table();
        assertThat(after.rows()).hasSize(before.rows().size() + 1).startsWith(before.rows().toArray(TextRow[]::new));
        TextRow added = after.rows().get(before.rows().size());
        assertThat(added.cells()).hasSize(before.columns().size()).containsOnly(LocalizedText.EMPTY);
        assertThat(before.rows()).extracting(TextRow::id).doesNotContain(added.id());

        int last = before.rows().size();
        robot.interact(() -> editor.cell(last, 0).zhField().setText("《反洗钱管理办法》"));
        robot.interact(() -> editor.cell(last, 1).enField().setText("Customer due diligence tightened"));

        TextRow filled = table().rows().get(last);
        assertThat(filled.id()).isEqualTo(added.id());
        assertThat(filled.cells().get(0)).isEqualTo(new LocalizedText("《反洗钱管理办法》", ""));
        assertThat(filled.cells().get(1)).isEqualTo(new LocalizedText("", "Customer due diligence tightened"));

        robot.interact(fixture.workspace::undo);
        robot.interact(fixture.workspace::undo);
        assertThat(table().rows().get(last).cells()).containsOnly(LocalizedText.EMPTY);
        assertThat(editor.cell(last, 0).zhField().getText()).isEmpty();

        robot.interact(fixture.workspace::undo);
        assertThat(table()).isEqualTo(before);
        assertThat(editor.view().lookup("#cell" + last + "_0")).isNull();
    }

    @Test
    void typingInACellKeepsTheSameEditorFieldAndCaretAndIsOneUndoStep(FxRobot robot) {
        TextTableEditor editor = fixture.open(robot, TABLE, TextTableEditor.class);
        TextTable before = table();
        javafx.scene.control.TextInputControl cell = editor.cell(1, 1).zhField();
        robot.interact(() -> {
            cell.requestFocus();
            cell.positionCaret(0);
        });

        robot.write("Rev ");

        assertThat(table().rows().get(1).cells().get(1).zh()).isEqualTo("Rev " + before.rows().get(1).cells().get(1).zh());
        assertThat(fixture.host.editor()).containsSame(editor);
        assertThat(editor.cell(1, 1).zhField()).isSameAs(cell);
        assertThat(cell.isFocused()).isTrue();
        assertThat(cell.getCaretPosition()).isEqualTo(4);

        robot.interact(fixture.workspace::undo);

        assertThat(table()).isEqualTo(before);
        assertThat(fixture.workspace.canUndoProperty().get()).isFalse();
    }

    @Test
    void aRemovedRowLeavesTheOthersInOrderAndUndoPutsItBack(FxRobot robot) {
        TextTableEditor editor = fixture.open(robot, TABLE, TextTableEditor.class);
        TextTable before = table();

        fixture.press(robot, editor, "#removeRow0");

        assertThat(table().rows()).containsExactlyElementsOf(before.rows().subList(1, before.rows().size()));
        assertThat(editor.cell(0, 0).zhField().getText()).isEqualTo(before.rows().get(1).cells().get(0).zh());
        assertThat(fixture.workspace.undoLabelProperty().get()).isEqualTo("编辑文字表");

        robot.interact(fixture.workspace::undo);

        assertThat(table()).isEqualTo(before);
        assertThat(editor.cell(0, 0).zhField().getText()).isEqualTo("《公司章程》");
    }
}
