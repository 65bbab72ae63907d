package org.esgstudio.ui.editor.forms;

import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.esgstudio.model.InfoSection;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.ReportInfo;
import org.esgstudio.ui.editor.EditorContext;
import org.esgstudio.ui.editor.NodeEditorFactory;

/** The form of "about this report": its title, labelled paragraphs (scope, period, basis …) and the contact. */
public final class ReportInfoEditor extends FormEditor<ReportInfo> {
    private final LocalizedTextField title;
    private final RowList<InfoSection> sections;
    private final ContactFields contact;

    ReportInfoEditor(EditorContext context) {
        super(context, ReportInfo.class, "ui.forms.kind.reportInfo");
        title = LocalizedTextField.line(context.englishVisible()).id("title").onEdit((text, half) -> commit(
                new ReportInfo(current().id(), text, current().sections(), current().contact()), "title:" + half));
        sections = new RowList<InfoSection>(SectionFields::new, (list, field) -> commit(
                new ReportInfo(current().id(), current().title(), list, current().contact()), field))
                .id("infoSections")
                .adding("ui.forms.reportInfo.add", () -> new InfoSection(LocalizedText.EMPTY, LocalizedText.EMPTY));
        contact = new ContactFields(context.englishVisible(), (changed, field) -> commit(
                new ReportInfo(current().id(), current().title(), current().sections(), changed), "contact:" + field));
        sheet.field("ui.forms.title", title)
                .section("ui.forms.reportInfo.sections").add(sections.view())
                .section("ui.forms.contact").add(contact.view());
    }

    public static NodeEditorFactory factory() {
        return factoryFor(ReportInfo.class, ReportInfoEditor::new);
    }

    @Override
    protected void render(ReportInfo node) {
        title.show(node.title());
        sections.show(node.sections());
        contact.show(node.contact());
    }

    /** A labelled paragraph: its heading and text. */
    private final class SectionFields implements RowList.Row<InfoSection> {
        private final LocalizedTextField heading = LocalizedTextField.line(context.englishVisible()).id("infoHeading");
        private final LocalizedTextField text = LocalizedTextField.area(context.englishVisible()).id("infoText");
        private final VBox box = new VBox(4, heading.view(), text.view());
        private InfoSection shown;

        SectionFields(RowList.RowEdit<InfoSection> edits) {
            heading.onEdit((value, half) -> edits.changed(new InfoSection(value, shown.text()), "heading:" + half));
            text.onEdit((value, half) -> edits.changed(new InfoSection(shown.heading(), value), "text:" + half));
            heading.view().getStyleClass().add("form-table-header");
        }

        @Override
        public void show(InfoSection section) {
            shown = section;
            heading.show(section.heading());
            text.show(section.text());
        }

        @Override
        public Node view() {
            return box;
        }
    }
}
