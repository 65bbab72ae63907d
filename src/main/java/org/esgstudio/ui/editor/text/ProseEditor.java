package org.esgstudio.ui.editor.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.esgstudio.data.DataSet;
import org.esgstudio.data.Project;
import org.esgstudio.figures.FigureMark;
import org.esgstudio.model.Block;
import org.esgstudio.model.BulletList;
import org.esgstudio.model.Footnote;
import org.esgstudio.model.Heading;
import org.esgstudio.model.Identified;
import org.esgstudio.model.Inline;
import org.esgstudio.model.Language;
import org.esgstudio.model.ListStyle;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.ReportIds;
import org.esgstudio.ui.common.I18n;
import org.esgstudio.ui.editor.EditorContext;
import org.esgstudio.ui.editor.NodeEditor;
import org.esgstudio.ui.editor.NodeEditorFactory;
import org.esgstudio.ui.outline.ElementText;
import org.esgstudio.ui.workspace.Edit;
import org.esgstudio.ui.workspace.Workspace;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The editor of running text: a paragraph, a heading or a list, Chinese and English side by side. Figures the
 * validator recognises are marked green, red or amber; figure references show their live value; emphasis, footnotes
 * and figure references come from the keyboard and the toolbar. Every change goes to the workspace, which also owns
 * undo.
 */
public final class ProseEditor implements NodeEditor, ProseField.Owner, ProseToolbar.Actions {
    static final String STYLESHEET = ProseEditor.class.getResource("prose.css").toExternalForm();

    private final EditorContext context;
    private final Workspace workspace;
    private final Class<?> kind;
    private final BorderPane root = new BorderPane();
    private final VBox rows = new VBox(10);
    private final ScrollPane scroll = new ScrollPane(rows);
    private final Label markSummary = new Label();
    private final Label malformed = new Label(I18n.text("ui.prose.malformed"));
    private final List<ProseField> fields = new ArrayList<>();
    private Block block;
    private DataSet shownData;
    private List<Footnote> shownNotes = List.of();
    private ProseArea active;
    private int focusAfterRebuild = -1;
    private Language focusLanguage = Language.ZH;

    private ProseEditor(Block block, EditorContext context) {
        this.context = context;
        this.workspace = context.workspace();
        this.kind = block.getClass();
        this.block = block;
        root.getStylesheets().add(STYLESHEET);
        root.getStyleClass().addAll("prose-editor", block instanceof Heading ? "prose-heading"
                : block instanceof BulletList ? "prose-list" : "prose-paragraph");
        root.setId("proseEditor");
        ProseToolbar toolbar = new ProseToolbar(this, BlockTexts.hasMarkup(block), block instanceof BulletList,
                context.englishVisible(), workspace.canUndoProperty(), workspace.canRedoProperty());
        root.setTop(new VBox(toolbar.view(), header(block)));
        rows.setPadding(new Insets(4, 16, 16, 16));
        rows.getStyleClass().add("prose-rows");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("prose-scroll");
        root.setCenter(scroll);
        markSummary.setId("proseMarkSummary");
        markSummary.getStyleClass().add("text-muted");
        malformed.getStyleClass().add("prose-warning");
        malformed.setVisible(false);
        malformed.managedProperty().bind(malformed.visibleProperty());
        HBox status = new HBox(12, markSummary, malformed);
        status.getStyleClass().add("prose-status");
        root.setBottom(status);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        workspace.projectProperty().addListener(projectListener);
        workspace.watchMarks(block.id(), this::marked);
    }

    /** A value edited in the store changes what figure chips show, though the block itself is unchanged. */
    private final javafx.beans.value.ChangeListener<Project> projectListener = (obs, old, project) -> {
        if (project != null && project.data() != shownData && !fields.isEmpty()) {
            show(block);
        }
    };

    /** Makes the editor for paragraphs, headings and lists. */
    public static NodeEditorFactory factory() {
        return (node, context) -> BlockTexts.isProse(node)
                ? Optional.of(new ProseEditor((Block) node, context)) : Optional.empty();
    }

    private Node header(Block shown) {
        Label title = new Label(I18n.text(shown instanceof Heading ? "ui.prose.kind.heading"
                : shown instanceof BulletList ? "ui.prose.kind.list" : "ui.prose.kind.paragraph"));
        title.getStyleClass().add("prose-kind");
        Label location = new Label(ElementText.of(workspace.current().report(), shown.id())
                .map(ElementText::location).orElse(""));
        location.getStyleClass().add("text-muted");
        Label zh = new Label(I18n.text("ui.element.zh"));
        Label en = new Label(I18n.text("ui.element.en"));
        zh.getStyleClass().add("prose-column-title");
        en.getStyleClass().add("prose-column-title");
        HBox columns = new HBox(12, zh, en);
        HBox.setHgrow(zh, Priority.ALWAYS);
        HBox.setHgrow(en, Priority.ALWAYS);
        zh.setMaxWidth(Double.MAX_VALUE);
        en.setMaxWidth(Double.MAX_VALUE);
        zh.setPrefWidth(10);
        en.setPrefWidth(10);
        en.visibleProperty().bind(context.englishVisible());
        en.managedProperty().bind(context.englishVisible());
        if (shown instanceof BulletList) {
            // The item rows start with a marker and end with a remove button: keep the titles over the texts.
            columns.setPadding(new Insets(0, 36, 0, 28));
        }
        HBox line = new HBox(10, title, location);
        line.setAlignment(Pos.BASELINE_LEFT);
        VBox header = new VBox(6, line, columns);
        header.setPadding(new Insets(10, 16, 4, 16));
        return header;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void show(Identified node) {
        if (node == null || node.getClass() != kind) {
            return;
        }
        Block next = (Block) node;
        Project project = workspace.current();
        List<LocalizedText> texts = BlockTexts.of(next);
        boolean rebuilt = texts.size() != fields.size();
        block = next;
        if (rebuilt) {
            rebuild(texts.size());
        }
        List<Footnote> notes = BlockTexts.notes(next);
        boolean refresh = !rebuilt && (project.data() != shownData || !notes.equals(shownNotes));
        ChipLabels zhLabels = new ChipLabels(project, false);
        ChipLabels enLabels = new ChipLabels(project, true);
        for (int i = 0; i < texts.size(); i++) {
            fields.get(i).show(texts.get(i), zhLabels, enLabels, refresh);
        }
        shownData = project.data();
        shownNotes = notes;
        malformed.setVisible(fields.stream().anyMatch(f -> f.area(Language.ZH).isMalformed()
                || f.area(Language.EN).isMalformed()));
        if (rebuilt && focusAfterRebuild >= 0 && focusAfterRebuild < fields.size()) {
            ProseArea area = fields.get(focusAfterRebuild).area(focusLanguage);
            area.moveTo(0);
            area.requestFocus();
        }
        focusAfterRebuild = -1;
    }

    private void rebuild(int count) {
        fields.clear();
        rows.getChildren().clear();
        boolean markup = BlockTexts.hasMarkup(block);
        for (int i = 0; i < count; i++) {
            ProseField field = new ProseField(markup, chip -> chipHover(chip, false), chip -> chipHover(chip, true),
                    context.englishVisible(), this);
            for (Language language : Language.values()) {
                ProseArea area = field.area(language);
                area.focusedProperty().addListener((obs, was, focused) -> {
                    if (focused) {
                        active = area;
                    }
                });
            }
            fields.add(field);
            rows.getChildren().add(block instanceof BulletList list ? itemRow(list, i, field) : field.view());
        }
        active = fields.isEmpty() ? null : fields.get(0).area(Language.ZH);
        if (block instanceof BulletList) {
            Button add = new Button(I18n.text("ui.prose.tool.addItem"), new FontIcon(Feather.PLUS));
            add.setId("proseAddItemBelow");
            add.getStyleClass().add("flat");
            add.setOnAction(event -> addItem());
            rows.getChildren().add(add);
        }
    }

    private Node itemRow(BulletList list, int index, ProseField field) {
        Label marker = new Label(list.style() == ListStyle.BULLET ? "•" : (index + 1) + ".");
        marker.getStyleClass().add("prose-item-marker");
        marker.setMinWidth(18);
        Button remove = new Button(null, new FontIcon(Feather.X));
        remove.getStyleClass().addAll("flat", "prose-remove-item");
        remove.setTooltip(new Tooltip(I18n.text("ui.prose.tool.removeItem")));
        remove.setFocusTraversable(false);
        remove.setDisable(list.items().size() < 2);
        remove.setOnAction(event -> removeItem(fields.indexOf(field)));
        HBox row = new HBox(8, marker, field.view(), remove);
        HBox.setHgrow(field.view(), Priority.ALWAYS);
        row.getStyleClass().add("prose-item");
        return row;
    }

    private String chipHover(Chip chip, boolean english) {
        Project project = workspace.current();
        if (chip.reference() instanceof Inline.FigureRef reference) {
            return MarkText.ofReference(reference, project.data(), project.report().settings().year(), english);
        }
        return MarkText.ofNote(((Inline.FootnoteRef) chip.reference()).footnoteId(), BlockTexts.notes(block), english);
    }

    // ---- edits ----

    @Override
    public void edited(ProseField field, Language language) {
        int index = fields.indexOf(field);
        if (index < 0) {
            return;
        }
        String text = field.area(language).takeText();
        Block next = BlockTexts.withText(block, index, language, text);
        if (next.equals(block)) {
            return;
        }
        block = next;
        workspace.apply(Edit.typing(I18n.text("ui.prose.edit"), next, BlockTexts.field(next, index, language)));
    }

    /** Saves a command's change of the area's text (and whatever else {@code also} changes) as one undo step. */
    private void commit(ProseArea area, String labelKey, UnaryOperator<Block> also) {
        for (int index = 0; index < fields.size(); index++) {
            Language language = fields.get(index).languageOf(area);
            if (language != null) {
                Block next = also.apply(BlockTexts.withText(block, index, language, area.takeText()));
                block = next;
                workspace.apply(Edit.block(I18n.text(labelKey), next));
                show(next);
                return;
            }
        }
    }

    private Optional<ProseArea> markupArea() {
        if (active == null || !active.isMarkup()) {
            return Optional.empty();
        }
        return Optional.of(active);
    }

    /** Ctrl+B: emphasises the selection, or removes its emphasis. */
    @Override
    public void emphasis() {
        markupArea().ifPresent(area -> {
            if (area.toggleEmphasis()) {
                commit(area, "ui.prose.emphasis", b -> b);
            }
        });
    }

    @Override
    public void footnote() {
        markupArea().ifPresent(area -> FootnoteDialog.open(root, note -> {
            active = area;
            insertFootnote(note);
            area.requestFocus();
        }));
    }

    @Override
    public void figure() {
        Project project = workspace.current();
        markupArea().ifPresent(area -> FigurePicker.open(root, project.data(), project.report().settings().year(),
                pick -> {
                    active = area;
                    insertFigure(pick.code(), pick.year());
                    area.requestFocus();
                }));
    }

    /** Adds a footnote with this text to the block and its reference at the caret of the text being edited. */
    void insertFootnote(LocalizedText note) {
        markupArea().ifPresent(area -> {
            String id = ReportIds.fresh(workspace.current().report(), "n");
            // The marker is drawn properly once the note exists and the report numbers it (the show after commit).
            area.insertChip(new Chip(new Inline.FootnoteRef(id), "*"));
            commit(area, "ui.prose.insertFootnote", b -> BlockTexts.withNote(b, new Footnote(id, note)));
        });
    }

    /** Inserts a reference to an indicator's value at the caret; the report's own year is left implicit. */
    void insertFigure(String code, int year) {
        markupArea().ifPresent(area -> {
            Project project = workspace.current();
            Integer written = year == project.report().settings().year() ? null : year;
            Inline.FigureRef reference = new Inline.FigureRef(code, written);
            boolean english = fields.stream().anyMatch(f -> f.area(Language.EN) == area);
            area.insertChip(new Chip(reference, new ChipLabels(project, english).figure(reference)));
            commit(area, "ui.prose.insertFigure", b -> b);
        });
    }

    @Override
    public void undo() {
        workspace.undo();
    }

    @Override
    public void redo() {
        workspace.redo();
    }

    @Override
    public void addItem() {
        if (!(block instanceof BulletList list)) {
            return;
        }
        int at = list.items().size();
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).languageOf(active) != null) {
                at = i + 1;
            }
        }
        focusAfterRebuild = at;
        focusLanguage = Language.ZH;
        workspace.apply(Edit.block(I18n.text("ui.prose.addItem"), BlockTexts.withItem(list, at, LocalizedText.EMPTY)));
    }

    private void removeItem(int index) {
        if (block instanceof BulletList list && index >= 0 && list.items().size() > 1) {
            focusAfterRebuild = Math.max(0, index - 1);
            focusLanguage = Language.ZH;
            workspace.apply(Edit.block(I18n.text("ui.prose.removeItem"), BlockTexts.withoutItem(list, index)));
        }
    }

    /** Enter in a list item splits it at the caret: what follows goes to a new item below. */
    @Override
    public void enter(ProseField field, Language language) {
        int index = fields.indexOf(field);
        if (!(block instanceof BulletList list) || index < 0) {
            return;
        }
        ProseArea area = field.area(language);
        int caret = area.getCaretPosition();
        String before = ProseDocument.markup(area.subDocument(0, caret));
        String after = ProseDocument.markup(area.subDocument(caret, area.getLength()));
        BulletList split = BlockTexts.withItem(list, index + 1,
                language == Language.EN ? LocalizedText.of("", after) : LocalizedText.of(after, ""));
        split = (BulletList) BlockTexts.withText(split, index, language, before);
        focusAfterRebuild = index + 1;
        focusLanguage = language;
        workspace.apply(Edit.block(I18n.text("ui.prose.splitItem"), split));
    }

    private void shortcut(KeyEvent event) {
        if (ProseKeys.UNDO.match(event)) {
            workspace.undo();
        } else if (ProseKeys.REDO.match(event) || ProseKeys.REDO_SHIFT.match(event)) {
            workspace.redo();
        } else if (ProseKeys.EMPHASIS.match(event)) {
            emphasis();
        } else if (ProseKeys.FOOTNOTE.match(event)) {
            footnote();
        } else if (ProseKeys.FIGURE.match(event)) {
            figure();
        } else {
            return;
        }
        event.consume();
    }

    // ---- marks ----

    private void marked(List<List<FigureMark>> marks) {
        if (marks.size() != fields.size()) {
            return; // an item was added or removed since: the marks of the new list follow
        }
        MarkTally tally = MarkTally.NONE;
        for (int i = 0; i < fields.size(); i++) {
            FigureMarking marking = fields.get(i).marking();
            marking.apply(marks.get(i));
            tally = tally.plus(marking.marks());
        }
        markSummary.setText(tally.text());
    }

    // ---- finding things ----

    @Override
    public void focus() {
        if (!fields.isEmpty()) {
            fields.get(0).area(Language.ZH).requestFocus();
        }
    }

    @Override
    public void reveal(String text) {
        if (root.getScene() == null || root.getWidth() <= 0 || root.isNeedsLayout()) {
            // Just shown: the areas have no width yet, and an area given a selection now measures its height at the
            // wrong width and hides its first lines. Reveal once the editor has been laid out.
            javafx.application.Platform.runLater(() -> revealNow(text));
            return;
        }
        revealNow(text);
    }

    private void revealNow(String text) {
        for (Language language : List.of(Language.ZH, Language.EN)) {
            for (ProseField field : fields) {
                ProseArea area = field.area(language);
                if (area.isVisible() && area.selectFirst(text)) {
                    area.requestFocus();
                    CaretScroll.centre(root, scroll, rows, area);
                    return;
                }
            }
        }
    }

    @Override
    public void dispose() {
        workspace.projectProperty().removeListener(projectListener);
        workspace.watchMarks(null, null);
    }

    // ---- for tests ----

    List<ProseField> fields() {
        return fields;
    }

    Region root() {
        return root;
    }
}
