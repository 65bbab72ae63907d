package org.esgstudio.ui.editor.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import org.esgstudio.frameworks.Catalogue;
import org.esgstudio.model.ContentIndex;
import org.esgstudio.model.Language;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.ui.common.Frameworks;
import org.esgstudio.ui.common.I18n;
import org.esgstudio.ui.common.Tasks;
import org.esgstudio.ui.editor.EditorContext;
import org.esgstudio.ui.editor.NodeEditorFactory;

/**
 * The form of a content index: title, the framework it indexes (a catalogue), how its rows are made (by hand, or
 * generated from the disclosure codes: what is reported, what the framework expects, or every disclosure), the GRI
 * claim and the statement of use (left empty, a generated GRI index writes its own).
 */
public final class ContentIndexEditor extends FormEditor<ContentIndex> {
    private static final List<String> GENERATE = List.of("", "reported", "expected", "all");
    private static final List<String> CLAIMS = List.of("", "with-reference", "in-accordance");

    private final LocalizedTextField title;
    private final Map<String, String> catalogueNames = new LinkedHashMap<>();
    private final ChoiceField<String> framework = new ChoiceField<String>(List.of(),
            id -> catalogueNames.getOrDefault(id, id)).id("framework");
    private final ChoiceField<String> generate = new ChoiceField<>(GENERATE,
            value -> I18n.text("ui.forms.contentIndex.generate." + (value.isEmpty() ? "manual" : value))).id("generate");
    private final ChoiceField<String> claim = new ChoiceField<>(CLAIMS,
            value -> I18n.text("ui.forms.contentIndex.claim." + (value.isEmpty() ? "none" : value))).id("claim");
    private final LocalizedTextField statement;
    private final Label rows = new Label();

    ContentIndexEditor(EditorContext context) {
        super(context, ContentIndex.class, "ui.forms.kind.contentIndex");
        title = LocalizedTextField.line(context.englishVisible()).id("title").onEdit((text, half) -> commit(
                with(text, current().framework(), current().statement(), current().generate(), current().claim()),
                "title:" + half));
        framework.onEdit(value -> commit(with(current().title(), value, current().statement(), current().generate(),
                current().claim()), "framework"));
        generate.onEdit(value -> commit(with(current().title(), current().framework(), current().statement(), value,
                current().claim()), "generate"));
        claim.onEdit(value -> commit(with(current().title(), current().framework(), current().statement(),
                current().generate(), value), "claim"));
        statement = LocalizedTextField.area(context.englishVisible()).id("statement").onEdit((text, half) -> commit(
                with(current().title(), current().framework(), text, current().generate(), current().claim()),
                "statement:" + half));
        rows.getStyleClass().add("text-muted");
        rows.setWrapText(true);
        sheet.field("ui.forms.title", title)
                .field("ui.forms.contentIndex.framework", framework.box())
                .field("ui.forms.contentIndex.generateLabel", generate.box())
                .field("ui.forms.contentIndex.claimLabel", claim.box())
                .field("ui.forms.contentIndex.statement", statement)
                .add(rows);
        // The catalogues are files: read off the FX thread, then offered.
        Tasks.create(Frameworks::catalogues).onSuccess(catalogues -> {
            List<String> ids = new ArrayList<>();
            for (Catalogue catalogue : catalogues.all()) {
                catalogueNames.put(catalogue.id(), catalogue.label(Language.ZH) + " · " + catalogue.id());
                ids.add(catalogue.id());
            }
            if (current() != null && !current().framework().isEmpty() && !ids.contains(current().framework())) {
                ids.add(current().framework());
            }
            framework.offer(ids);
        }).run();
    }

    public static NodeEditorFactory factory() {
        return factoryFor(ContentIndex.class, ContentIndexEditor::new);
    }

    private ContentIndex with(LocalizedText newTitle, String newFramework, LocalizedText newStatement,
                              String newGenerate, String newClaim) {
        ContentIndex c = current();
        return new ContentIndex(c.id(), newTitle, newFramework, newStatement, c.rows(), newGenerate, newClaim);
    }

    @Override
    protected void render(ContentIndex node) {
        title.show(node.title());
        if (!node.framework().isEmpty() && !framework.box().getItems().contains(node.framework())) {
            List<String> offered = new ArrayList<>(framework.box().getItems());
            offered.add(node.framework());
            framework.offer(offered);
        }
        framework.show(node.framework());
        generate.show(node.generate());
        claim.show(node.claim());
        statement.show(node.statement());
        rows.setText(node.generated() ? I18n.text("ui.forms.contentIndex.generatedRows", node.rows().size())
                : I18n.text("ui.forms.contentIndex.rows", node.rows().size()));
    }
}
