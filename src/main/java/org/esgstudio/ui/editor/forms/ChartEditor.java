package org.esgstudio.ui.editor.forms;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.esgstudio.data.Indicator;
import org.esgstudio.model.Chart;
import org.esgstudio.model.ChartKind;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.ui.common.I18n;
import org.esgstudio.ui.editor.EditorContext;
import org.esgstudio.ui.editor.NodeEditorFactory;

/** The form of a chart drawn from the store: kind, title, the indicators it shows (in order) and the years. */
public final class ChartEditor extends FormEditor<Chart> {
    private final ChoiceField<ChartKind> kind = ChoiceField.of(ChartKind.class, "ui.forms.chartKind").id("kind");
    private final LocalizedTextField title;
    private final RowList<String> indicators;
    private final IndicatorPicker picker;
    private final ParsedField<List<Integer>> years = new ParsedField<>(FormParsers::years, FormParsers::printYears,
            "ui.forms.problem.years");

    ChartEditor(EditorContext context) {
        super(context, Chart.class, "ui.forms.kind.chart");
        kind.onEdit(k -> commit(with(k, current().title(), current().indicators(), current().years()), null));
        title = LocalizedTextField.line(context.englishVisible()).id("title").onEdit((text, half) -> commit(
                with(current().kind(), text, current().indicators(), current().years()), "title:" + half));
        indicators = new RowList<String>(edits -> new IndicatorRow(), (list, field) -> commit(
                with(current().kind(), current().title(), list, current().years()), null)).id("chartIndicators");
        picker = new IndicatorPicker(project().data());
        Button add = new Button(I18n.text("ui.forms.chart.addIndicator"));
        add.setId("chartAddIndicator");
        add.setOnAction(event -> addChosen());
        HBox.setHgrow(picker.choice().box(), Priority.ALWAYS);
        years.id("chartYears").prompt("2023, 2024").onEdit(list -> commit(
                with(current().kind(), current().title(), current().indicators(), list), "years"));
        sheet.field("ui.forms.chart.kind", kind.box())
                .field("ui.forms.title", title)
                .field("ui.forms.chart.years", years.field())
                .section("ui.forms.chart.indicators")
                .add(indicators.view())
                .add(new HBox(8, picker.choice().box(), add));
    }

    public static NodeEditorFactory factory() {
        return factoryFor(Chart.class, ChartEditor::new);
    }

    private Chart with(ChartKind newKind, LocalizedText newTitle, List<String> newIndicators, List<Integer> newYears) {
        return new Chart(current().id(), newKind, newTitle, newIndicators, newYears);
    }

    private void addChosen() {
        String code = picker.choice().box().getValue();
        if (code == null || code.isEmpty() || current().indicators().contains(code)) {
            return;
        }
        List<String> list = new ArrayList<>(current().indicators());
        list.add(code);
        commit(with(current().kind(), current().title(), list, current().years()), null);
    }

    @Override
    protected void render(Chart node) {
        kind.show(node.kind());
        title.show(node.title());
        picker.follow(project().data());
        indicators.show(node.indicators());
        years.show(node.years());
    }

    /** One indicator of the chart: its code and name (a series). */
    private final class IndicatorRow implements RowList.Row<String> {
        private final Label name = new Label();

        @Override
        public void show(String code) {
            name.setText(code + "  " + project().data().indicator(code).map(Indicator::name).map(LocalizedText::zh)
                    .orElse(I18n.text("ui.forms.chart.unknownIndicator")));
        }

        @Override
        public Node view() {
            return name;
        }
    }
}
