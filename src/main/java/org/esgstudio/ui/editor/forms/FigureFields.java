package org.esgstudio.ui.editor.forms;

import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.esgstudio.data.Project;
import org.esgstudio.model.Figure;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Qualifier;
import org.esgstudio.ui.common.I18n;

/**
 * The form of one big figure (a highlight tile or a callout): value, unit and label in Chinese and English, the
 * qualifier, the indicator and year it is bound to, and beside them what the store says and whether the typed value
 * agrees.
 */
final class FigureFields implements RowList.Row<Figure> {
    private final GridPane grid = new GridPane();
    private final Supplier<Project> project;
    private final LocalizedTextField value;
    private final LocalizedTextField unit;
    private final LocalizedTextField label;
    private final ChoiceField<Qualifier> qualifier = ChoiceField.of(Qualifier.class, "ui.forms.qualifier");
    private final IndicatorPicker indicator;
    private final ParsedField<Integer> year = new ParsedField<>(FormParsers::optionalYear,
            y -> y == null ? "" : String.valueOf(y), "ui.forms.problem.year");
    private final Label status = new Label();
    private Figure shown;

    FigureFields(ObservableBooleanValue englishVisible, Supplier<Project> project, RowList.RowEdit<Figure> edits) {
        this.project = project;
        value = LocalizedTextField.stacked(englishVisible).id("tileValue")
                .accepting(FormParsers::isFigure, "ui.forms.problem.figure");
        unit = LocalizedTextField.stacked(englishVisible).id("tileUnit");
        label = LocalizedTextField.line(englishVisible).id("tileLabel");
        indicator = new IndicatorPicker(project.get().data());
        year.id("tileYear").width(70).prompt(I18n.text("ui.forms.tile.reportYear"));
        qualifier.id("tileQualifier");
        value.onEdit((text, half) -> edits.changed(with(text, shown.unit(), shown.label(), shown.qualifier(),
                shown.indicator(), shown.year()), "value:" + half));
        unit.onEdit((text, half) -> edits.changed(with(shown.value(), text, shown.label(), shown.qualifier(),
                shown.indicator(), shown.year()), "unit:" + half));
        label.onEdit((text, half) -> edits.changed(with(shown.value(), shown.unit(), text, shown.qualifier(),
                shown.indicator(), shown.year()), "label:" + half));
        qualifier.onEdit(q -> edits.changed(with(shown.value(), shown.unit(), shown.label(), q, shown.indicator(),
                shown.year()), null));
        indicator.choice().onEdit(code -> edits.changed(with(shown.value(), shown.unit(), shown.label(),
                shown.qualifier(), code.isEmpty() ? null : code, shown.year()), null));
        year.onEdit(y -> edits.changed(with(shown.value(), shown.unit(), shown.label(), shown.qualifier(),
                shown.indicator(), y), "year"));
        layOut();
    }

    private void layOut() {
        grid.setHgap(8);
        grid.setVgap(6);
        grid.add(caption("ui.forms.tile.value"), 0, 0);
        grid.add(value.view(), 1, 0);
        grid.add(caption("ui.forms.tile.unit"), 2, 0);
        grid.add(unit.view(), 3, 0);
        grid.add(caption("ui.forms.tile.label"), 0, 1);
        grid.add(label.view(), 1, 1, 3, 1);
        grid.add(caption("ui.forms.tile.qualifier"), 0, 2);
        grid.add(qualifier.box(), 1, 2);
        grid.add(caption("ui.forms.tile.year"), 2, 2);
        grid.add(year.field(), 3, 2);
        grid.add(caption("ui.forms.tile.indicator"), 0, 3);
        grid.add(indicator.choice().box(), 1, 3, 3, 1);
        grid.add(status, 1, 4, 3, 1);
        status.setId("tileStatus");
        status.setWrapText(true);
        ColumnConstraints captions = new ColumnConstraints();
        ColumnConstraints wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(captions, wide, captions, wide);
    }

    private static Label caption(String key) {
        Label caption = new Label(I18n.text(key));
        caption.getStyleClass().add("text-muted");
        caption.setMinWidth(Region.USE_PREF_SIZE);
        return caption;
    }

    private Figure with(LocalizedText newValue, LocalizedText newUnit, LocalizedText newLabel, Qualifier newQualifier,
                        String newIndicator, Integer newYear) {
        return new Figure(shown.id(), newValue, newUnit, newLabel, newQualifier, newIndicator, newYear, shown.notes());
    }

    @Override
    public void show(Figure figure) {
        shown = figure;
        value.show(figure.value());
        unit.show(figure.unit());
        label.show(figure.label());
        qualifier.show(figure.qualifier());
        indicator.follow(project.get().data());
        indicator.choice().show(figure.isBound() ? figure.indicator() : "");
        year.show(figure.year());
        recheck(project.get());
    }

    /** Shows what the store says now about the figure shown (after its own edit or a change in the store). */
    void recheck(Project now) {
        if (shown == null) {
            return;
        }
        indicator.follow(now.data());
        TileCheck check = TileCheck.of(shown, now);
        status.getStyleClass().removeAll("tile-agrees", "tile-disagrees", "tile-unchecked", "text-muted");
        switch (check.verdict()) {
            case AGREES -> status.getStyleClass().add("tile-agrees");
            case DISAGREES -> status.getStyleClass().add("tile-disagrees");
            case UNBOUND -> status.getStyleClass().add("text-muted");
            default -> status.getStyleClass().add("tile-unchecked");
        }
        status.setText(I18n.text("ui.forms.tile." + check.verdict().name(), check.stored(), shown.indicator(),
                TileCheck.year(shown, now)));
    }

    TileCheck check() {
        return TileCheck.of(shown, project.get());
    }

    LocalizedTextField value() {
        return value;
    }

    Label status() {
        return status;
    }

    @Override
    public Node view() {
        return grid;
    }
}
