package org.esgstudio.ui.editor.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.esgstudio.data.IndicatorValue;
import org.esgstudio.data.Provenance;
import org.esgstudio.model.Callout;
import org.esgstudio.model.Figure;
import org.esgstudio.model.Highlights;
import org.esgstudio.model.Tiles;
import org.esgstudio.ui.common.I18n;
import org.esgstudio.ui.workspace.Edit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Highlight tiles, tiles blocks and callouts: each bound figure shows the store's value and whether it agrees. */
@ExtendWith(ApplicationExtension.class)
class TileFormsTest {
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

    private Figure premiumTile() {
        return fixture.node("highlights", Highlights.class).groups().get(0).tiles().get(0);
    }

    private FigureFields premiumFields(FxRobot robot) {
        HighlightsEditor editor = fixture.open(robot, "highlights", HighlightsEditor.class);
        return (FigureFields) editor.tiles(0).row(0);
    }

    @Test
    void aBoundHighlightTileShowsTheStoreValueAndFlagsAWrongTypedValue(FxRobot robot) {
        FigureFields tile = premiumFields(robot);
        assertThat(premiumTile().indicator()).isEqualTo("EC.PREMIUM.TOTAL");
        assertThat(tile.status().getText()).isEqualTo("数据库：168.35亿元，一致");
        assertThat(tile.status().getStyleClass()).contains("tile-agrees");

        robot.interact(() -> tile.value().zhField().setText("168.53"));

        assertThat(premiumTile().value().zh()).isEqualTo("168.53");
        assertThat(tile.status().getText()).isEqualTo("数据库：168.35亿元，与填写的数值不一致");
        assertThat(tile.status().getStyleClass()).contains("tile-disagrees").doesNotContain("tile-agrees");
        assertThat(fixture.workspace.validationProperty().get().findings())
                .anyMatch(f -> "EC.PREMIUM.TOTAL".equals(f.indicator()) && f.text().contains("168.53"));
    }

    @Test
    void aChangeInTheStoreIsShownBesideTheTileAtOnce(FxRobot robot) {
        FigureFields tile = premiumFields(robot);

        robot.interact(() -> fixture.workspace.apply(Edit.data("修改数值", data -> data.withValue(
                IndicatorValue.reported("EC.PREMIUM.TOTAL", 2024, new BigDecimal("16900000000"), "",
                        Provenance.typed("测试员", Instant.parse("2025-03-02T00:00:00Z")))))));

        assertThat(tile.status().getStyleClass()).contains("tile-disagrees");
        assertThat(tile.status().getText()).startsWith("数据库：").contains("不一致");
    }

    @Test
    void aValueThatIsNotANumberIsMarkedOnTheFieldAndNotApplied(FxRobot robot) {
        FigureFields tile = premiumFields(robot);
        TextInputControl value = tile.value().zhField();

        robot.interact(() -> value.setText("168.3五"));

        assertThat(premiumTile().value().zh()).isEqualTo("168.35");
        assertThat(value.getStyleClass()).contains("form-invalid");
        assertThat(value.getTooltip().getText()).isEqualTo(I18n.text("ui.forms.problem.figure"));
        assertThat(fixture.workspace.canUndoProperty().get()).isFalse();

        robot.interact(() -> value.setText("168.35"));

        assertThat(value.getStyleClass()).doesNotContain("form-invalid");
        assertThat(value.getTooltip()).isNull();
    }

    @Test
    void aYearThatIsNotAYearIsRefusedAndAnEmptyYearMeansTheReportYear(FxRobot robot) {
        FigureFields tile = premiumFields(robot);
        TextInputControl year = (TextInputControl) tile.view().lookup("#tileYear");

        robot.interact(() -> year.setText("224"));
        assertThat(premiumTile().year()).isEqualTo(2024);
        assertThat(FieldProblems.message(year)).isEqualTo(I18n.text("ui.forms.problem.year"));

        robot.interact(() -> year.setText(""));
        assertThat(premiumTile().year()).isNull();
        assertThat(tile.status().getStyleClass()).contains("tile-agrees");
    }

    @Test
    void tilesAreAddedBoundToAnIndicatorAndRemoved(FxRobot robot) {
        TilesEditor editor = fixture.open(robot, "ch2-s1-tiles", TilesEditor.class);
        int before = fixture.node("ch2-s1-tiles", Tiles.class).tiles().size();

        fixture.press(robot, editor, "#tilesAdd");
        FigureFields added = (FigureFields) editor.tiles().row(before);
        robot.interact(() -> {
            added.value().zhField().setText("6,258");
            ((javafx.scene.control.ComboBox<String>) added.view().lookup(".searchable-combo-box")).setValue("S.EMP.TOTAL");
        });
        Tiles tiles = fixture.node("ch2-s1-tiles", Tiles.class);
        assertThat(tiles.tiles()).hasSize(before + 1);
        assertThat(tiles.tiles().get(before).indicator()).isEqualTo("S.EMP.TOTAL");
        assertThat(added.status().getStyleClass()).contains("tile-agrees");

        fixture.press(robot, editor, "#tilesRemove" + before);

        assertThat(fixture.node("ch2-s1-tiles", Tiles.class).tiles()).hasSize(before);
    }

    @Test
    void aCalloutIsEditedWithTheSameFieldsAsATile(FxRobot robot) {
        CalloutEditor editor = fixture.open(robot, "ch1-s2-c1", CalloutEditor.class);
        TextInputControl label = (TextInputControl) editor.view().lookup("#tileLabelZh");

        robot.interact(() -> label.setText("综合偿付能力充足率（年末）"));

        assertThat(fixture.node("ch1-s2-c1", Callout.class).figure().label().zh()).isEqualTo("综合偿付能力充足率（年末）");
        assertThat(((javafx.scene.control.Label) editor.view().lookup("#tileStatus")).getStyleClass())
                .contains("tile-agrees");
    }
}
