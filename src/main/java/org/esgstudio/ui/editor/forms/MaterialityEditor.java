package org.esgstudio.ui.editor.forms;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.esgstudio.model.Block;
import org.esgstudio.model.EsgCategory;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.MaterialTopic;
import org.esgstudio.model.Materiality;
import org.esgstudio.model.MaterialityStep;
import org.esgstudio.model.ReportIds;
import org.esgstudio.ui.common.I18n;
import org.esgstudio.ui.editor.EditorContext;
import org.esgstudio.ui.editor.NodeEditorFactory;

/** The form of the materiality assessment: title, intro blocks, steps, the matrix's axes and its topics. */
public final class MaterialityEditor extends FormEditor<Materiality> {
    private final LocalizedTextField title;
    private final LocalizedTextField xAxis;
    private final LocalizedTextField yAxis;
    private final BodyBlocks intro;
    private final RowList<MaterialityStep> steps;
    private final RowList<MaterialTopic> topics;

    MaterialityEditor(EditorContext context) {
        super(context, Materiality.class, "ui.forms.kind.materiality");
        title = LocalizedTextField.line(context.englishVisible()).id("title").onEdit((text, half) -> commit(
                with(text, current().steps(), current().xAxis(), current().yAxis(), current().topics()),
                "title:" + half));
        xAxis = LocalizedTextField.line(context.englishVisible()).id("xAxis").onEdit((text, half) -> commit(
                with(current().title(), current().steps(), text, current().yAxis(), current().topics()),
                "xAxis:" + half));
        yAxis = LocalizedTextField.line(context.englishVisible()).id("yAxis").onEdit((text, half) -> commit(
                with(current().title(), current().steps(), current().xAxis(), text, current().topics()),
                "yAxis:" + half));
        intro = new BodyBlocks(context);
        steps = new RowList<MaterialityStep>(StepFields::new, (list, field) -> commit(
                with(current().title(), list, current().xAxis(), current().yAxis(), current().topics()),
                field == null ? null : "steps:" + field))
                .id("steps")
                .adding("ui.forms.materiality.addStep", () -> new MaterialityStep(
                        ReportIds.fresh(project().report(), current().id() + "-step"), LocalizedText.EMPTY,
                        LocalizedText.EMPTY));
        topics = new RowList<MaterialTopic>(TopicFields::new, (list, field) -> commit(
                with(current().title(), current().steps(), current().xAxis(), current().yAxis(), list),
                field == null ? null : "topics:" + field))
                .id("topics")
                .adding("ui.forms.materiality.addTopic", () -> new MaterialTopic(
                        ReportIds.fresh(project().report(), current().id() + "-topic"), LocalizedText.EMPTY,
                        EsgCategory.G, 0, 0, true));
        sheet.field("ui.forms.title", title)
                .section("ui.forms.intro").add(intro.view())
                .section("ui.forms.materiality.steps").add(steps.view())
                .section("ui.forms.materiality.matrix")
                .field("ui.forms.materiality.xAxis", xAxis)
                .field("ui.forms.materiality.yAxis", yAxis)
                .add(topics.view());
    }

    public static NodeEditorFactory factory() {
        return factoryFor(Materiality.class, MaterialityEditor::new);
    }

    private Materiality with(LocalizedText newTitle, List<MaterialityStep> newSteps, LocalizedText newX,
                             LocalizedText newY, List<MaterialTopic> newTopics) {
        Materiality m = current();
        return new Materiality(m.id(), newTitle, m.intro(), newSteps, newX, newY, newTopics);
    }

    @Override
    protected void render(Materiality node) {
        title.show(node.title());
        intro.show(node.id(), node.intro());
        steps.show(node.steps());
        xAxis.show(node.xAxis());
        yAxis.show(node.yAxis());
        topics.show(node.topics());
    }

    RowList<MaterialTopic> topics() {
        return topics;
    }

    /** A step of the assessment: its name and what was done. */
    private final class StepFields implements RowList.Row<MaterialityStep> {
        private final LocalizedTextField name = LocalizedTextField.line(context.englishVisible()).id("stepName");
        private final LocalizedTextField description = LocalizedTextField.area(context.englishVisible())
                .id("stepDescription");
        private final VBox box = new VBox(4, name.view(), description.view());
        private MaterialityStep shown;

        StepFields(RowList.RowEdit<MaterialityStep> edits) {
            name.onEdit((text, half) -> edits.changed(new MaterialityStep(shown.id(), text, shown.description()),
                    "name:" + half));
            description.onEdit((text, half) -> edits.changed(new MaterialityStep(shown.id(), shown.name(), text),
                    "description:" + half));
        }

        @Override
        public void show(MaterialityStep step) {
            shown = step;
            name.show(step.name());
            description.show(step.description());
        }

        @Override
        public Node view() {
            return box;
        }
    }

    /** A topic of the matrix: its name, ESG category, the two scores (0–5) and whether it is new this year. */
    final class TopicFields implements RowList.Row<MaterialTopic> {
        private final LocalizedTextField name = LocalizedTextField.line(context.englishVisible()).id("topicName");
        private final ChoiceField<EsgCategory> category = ChoiceField.of(EsgCategory.class, "ui.forms.category")
                .id("topicCategory");
        private final ParsedField<Double> company = score("topicCompanyScore");
        private final ParsedField<Double> stakeholder = score("topicStakeholderScore");
        private final CheckBox fresh = new CheckBox(I18n.text("ui.forms.materiality.new"));
        private final VBox box;
        private MaterialTopic shown;
        private boolean showing;

        TopicFields(RowList.RowEdit<MaterialTopic> edits) {
            name.onEdit((text, half) -> edits.changed(topic(text, shown.category(), shown.companyScore(),
                    shown.stakeholderScore(), shown.newThisYear()), "name:" + half));
            category.onEdit(c -> edits.changed(topic(shown.name(), c, shown.companyScore(), shown.stakeholderScore(),
                    shown.newThisYear()), null));
            company.onEdit(x -> edits.changed(topic(shown.name(), shown.category(), x, shown.stakeholderScore(),
                    shown.newThisYear()), "company"));
            stakeholder.onEdit(y -> edits.changed(topic(shown.name(), shown.category(), shown.companyScore(), y,
                    shown.newThisYear()), "stakeholder"));
            fresh.selectedProperty().addListener((obs, old, now) -> {
                if (!showing) {
                    edits.changed(topic(shown.name(), shown.category(), shown.companyScore(),
                            shown.stakeholderScore(), now), null);
                }
            });
            HBox scores = new HBox(8, category.box(), caption("ui.forms.materiality.companyScore"), company.field(),
                    caption("ui.forms.materiality.stakeholderScore"), stakeholder.field(), fresh);
            scores.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            box = new VBox(4, name.view(), scores);
        }

        private ParsedField<Double> score(String id) {
            return new ParsedField<>(FormParsers::score, FormParsers::printScore, "ui.forms.problem.score")
                    .id(id).width(52);
        }

        private Label caption(String key) {
            Label caption = new Label(I18n.text(key));
            caption.getStyleClass().add("text-muted");
            caption.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            return caption;
        }

        private MaterialTopic topic(LocalizedText newName, EsgCategory newCategory, double x, double y,
                                    boolean newThisYear) {
            return new MaterialTopic(shown.id(), newName, newCategory, x, y, newThisYear);
        }

        @Override
        public void show(MaterialTopic topic) {
            shown = topic;
            name.show(topic.name());
            category.show(topic.category());
            company.show(topic.companyScore());
            stakeholder.show(topic.stakeholderScore());
            showing = true;
            fresh.setSelected(topic.newThisYear());
            showing = false;
        }

        ParsedField<Double> companyScore() {
            return company;
        }

        @Override
        public Node view() {
            return box;
        }
    }
}
