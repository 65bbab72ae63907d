package org.esgstudio.ui.editor.forms;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.esgstudio.model.Diagram;
import org.esgstudio.model.DiagramEdge;
import org.esgstudio.model.DiagramKind;
import org.esgstudio.model.DiagramNode;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.ReportIds;
import org.esgstudio.ui.editor.EditorContext;
import org.esgstudio.ui.editor.NodeEditorFactory;

/** The form of a diagram (org chart or process): kind, title, its boxes and the arrows between them. */
public final class DiagramEditor extends FormEditor<Diagram> {
    private final ChoiceField<DiagramKind> kind = ChoiceField.of(DiagramKind.class, "ui.forms.diagramKind").id("kind");
    private final LocalizedTextField title;
    private final RowList<DiagramNode> nodes;
    private final RowList<DiagramEdge> edges;

    DiagramEditor(EditorContext context) {
        super(context, Diagram.class, "ui.forms.kind.diagram");
        kind.onEdit(k -> commit(new Diagram(current().id(), k, current().title(), current().nodes(),
                current().edges()), null));
        title = LocalizedTextField.line(context.englishVisible()).id("title").onEdit((text, half) -> commit(
                new Diagram(current().id(), current().kind(), text, current().nodes(), current().edges()),
                "title:" + half));
        nodes = new RowList<DiagramNode>(NodeFields::new, (list, field) -> commit(withNodes(list),
                field == null ? null : "nodes:" + field))
                .id("nodes")
                .adding("ui.forms.diagram.addNode", () -> new DiagramNode(
                        ReportIds.fresh(project().report(), current().id() + "-n"), LocalizedText.EMPTY, List.of()));
        edges = new RowList<DiagramEdge>(EdgeFields::new, (list, field) -> commit(new Diagram(current().id(),
                current().kind(), current().title(), current().nodes(), list), null))
                .id("edges")
                .adding("ui.forms.diagram.addEdge", this::blankEdge);
        sheet.field("ui.forms.diagram.kind", kind.box())
                .field("ui.forms.title", title)
                .section("ui.forms.diagram.nodes").add(nodes.view())
                .section("ui.forms.diagram.edges").add(edges.view());
    }

    public static NodeEditorFactory factory() {
        return factoryFor(Diagram.class, DiagramEditor::new);
    }

    /** The diagram with these boxes; arrows to or from a removed box go with it. */
    private Diagram withNodes(List<DiagramNode> list) {
        Set<String> ids = list.stream().map(DiagramNode::id).collect(Collectors.toSet());
        List<DiagramEdge> kept = current().edges().stream()
                .filter(edge -> ids.contains(edge.from()) && ids.contains(edge.to())).toList();
        return new Diagram(current().id(), current().kind(), current().title(), list, kept);
    }

    /** An arrow from the first box to the last; none while the diagram has no box. */
    private DiagramEdge blankEdge() {
        List<DiagramNode> boxes = current().nodes();
        return boxes.isEmpty() ? null : new DiagramEdge(boxes.get(0).id(), boxes.get(boxes.size() - 1).id());
    }

    @Override
    protected void render(Diagram node) {
        kind.show(node.kind());
        title.show(node.title());
        nodes.show(node.nodes());
        edges.show(node.edges());
    }

    private List<String> nodeIds() {
        return current().nodes().stream().map(DiagramNode::id).toList();
    }

    private String nodeName(String id) {
        return current().nodes().stream().filter(n -> n.id().equals(id)).findFirst()
                .map(n -> n.label().zh().isBlank() ? id : n.label().zh()).orElse(id);
    }

    /** A box: its id (fixed: arrows name it), label and details. */
    private final class NodeFields implements RowList.Row<DiagramNode> {
        private final Label id = new Label();
        private final LocalizedTextField label = LocalizedTextField.line(context.englishVisible()).id("nodeLabel");
        private final LocalizedLinesField details = new LocalizedLinesField(context.englishVisible()).id("details");
        private final VBox box;
        private DiagramNode shown;

        NodeFields(RowList.RowEdit<DiagramNode> edits) {
            id.getStyleClass().add("text-muted");
            label.onEdit((text, half) -> edits.changed(new DiagramNode(shown.id(), text, shown.details()),
                    "label:" + half));
            details.onEdit((items, half) -> edits.changed(new DiagramNode(shown.id(), shown.label(), items),
                    "details:" + half));
            box = new VBox(4, id, label.view(), details.view());
        }

        @Override
        public void show(DiagramNode node) {
            shown = node;
            id.setText(node.id());
            label.show(node.label());
            details.show(node.details());
        }

        @Override
        public Node view() {
            return box;
        }
    }

    /** An arrow: from one box to another, each chosen among the diagram's boxes. */
    private final class EdgeFields implements RowList.Row<DiagramEdge> {
        private final ChoiceField<String> from = new ChoiceField<>(List.of(), DiagramEditor.this::nodeName);
        private final ChoiceField<String> to = new ChoiceField<>(List.of(), DiagramEditor.this::nodeName);
        private final HBox box;
        private DiagramEdge shown;

        EdgeFields(RowList.RowEdit<DiagramEdge> edits) {
            from.onEdit(id -> edits.changed(new DiagramEdge(id, shown.to()), null));
            to.onEdit(id -> edits.changed(new DiagramEdge(shown.from(), id), null));
            box = new HBox(8, from.box(), new Label("→"), to.box());
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        public void show(DiagramEdge edge) {
            shown = edge;
            from.offer(nodeIds());
            to.offer(nodeIds());
            from.show(edge.from());
            to.show(edge.to());
        }

        @Override
        public Node view() {
            return box;
        }
    }
}
