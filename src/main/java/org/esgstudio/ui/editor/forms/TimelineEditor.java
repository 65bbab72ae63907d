package org.esgstudio.ui.editor.forms;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.ReportIds;
import org.esgstudio.model.Timeline;
import org.esgstudio.model.TimelineEntry;
import org.esgstudio.ui.common.I18n;
import org.esgstudio.ui.editor.EditorContext;
import org.esgstudio.ui.editor.NodeEditorFactory;

/** The form of the year's timeline (大事记): its title and its entries, each a month, an optional day and a text. */
public final class TimelineEditor extends FormEditor<Timeline> {
    private final LocalizedTextField title;
    private final RowList<TimelineEntry> entries;

    TimelineEditor(EditorContext context) {
        super(context, Timeline.class, "ui.forms.kind.timeline");
        title = LocalizedTextField.line(context.englishVisible()).id("title").onEdit((text, half) ->
                commit(new Timeline(current().id(), text, current().entries()), "title:" + half));
        entries = new RowList<TimelineEntry>(EntryFields::new,
                (list, field) -> commit(new Timeline(current().id(), current().title(), list), field))
                .id("entries")
                .adding("ui.forms.timeline.add", this::blankEntry);
        sheet.field("ui.forms.title", title).section("ui.forms.timeline.entries").add(entries.view());
    }

    public static NodeEditorFactory factory() {
        return factoryFor(Timeline.class, TimelineEditor::new);
    }

    /** A new entry in the month of the last one (events are entered in order). */
    private TimelineEntry blankEntry() {
        int month = current().entries().isEmpty() ? 1
                : current().entries().get(current().entries().size() - 1).month();
        return new TimelineEntry(ReportIds.fresh(project().report(), current().id()), month, null, LocalizedText.EMPTY);
    }

    @Override
    protected void render(Timeline node) {
        title.show(node.title());
        entries.show(node.entries());
    }

    RowList<TimelineEntry> entries() {
        return entries;
    }

    /** One entry: month and day on the left, the text beside them. */
    private final class EntryFields implements RowList.Row<TimelineEntry> {
        private final ParsedField<Integer> month = new ParsedField<>(FormParsers.wholeIn(1, 12, false),
                String::valueOf, "ui.forms.problem.month");
        private final ParsedField<Integer> day = new ParsedField<>(FormParsers.wholeIn(1, 31, true),
                d -> d == null ? "" : String.valueOf(d), "ui.forms.problem.day");
        private final LocalizedTextField text = LocalizedTextField.area(context.englishVisible()).rows(4).id("entryText");
        private final HBox box;
        private TimelineEntry shown;

        EntryFields(RowList.RowEdit<TimelineEntry> edits) {
            month.id("entryMonth").width(48).onEdit(m -> edits.changed(
                    new TimelineEntry(shown.id(), m, shown.day(), shown.text()), "month"));
            day.id("entryDay").width(48).onEdit(d -> edits.changed(
                    new TimelineEntry(shown.id(), shown.month(), d, shown.text()), "day"));
            text.onEdit((t, half) -> edits.changed(
                    new TimelineEntry(shown.id(), shown.month(), shown.day(), t), "text:" + half));
            VBox date = new VBox(4, unit(month.field(), "ui.forms.timeline.month"),
                    unit(day.field(), "ui.forms.timeline.day"));
            HBox.setHgrow(text.view(), Priority.ALWAYS);
            box = new HBox(8, date, text.view());
        }

        /** A number field with its unit (月, 日) after it on the same line. */
        private static HBox unit(Node field, String unitKey) {
            HBox box = new HBox(4, field, new Label(I18n.text(unitKey)));
            box.setAlignment(Pos.CENTER_LEFT);
            return box;
        }

        @Override
        public void show(TimelineEntry entry) {
            shown = entry;
            month.show(entry.month());
            day.show(entry.day());
            text.show(entry.text());
        }

        @Override
        public Node view() {
            return box;
        }
    }
}
