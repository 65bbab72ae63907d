package org.esgstudio.ui.editor.forms;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import org.esgstudio.data.Project;
import org.esgstudio.model.Identified;
import org.esgstudio.model.Report;
import org.esgstudio.ui.common.I18n;
import org.esgstudio.ui.editor.EditorContext;
import org.esgstudio.ui.editor.NodeEditor;
import org.esgstudio.ui.editor.NodeEditorFactory;
import org.esgstudio.ui.workspace.Edit;

/**
 * The common part of the form editors: the node shown, the sheet, and the way a changed field becomes an edit. A
 * subclass builds its fields once, fills them in {@link #render} (each field leaves itself alone when it already
 * shows the value) and hands every change to {@link #commit}.
 */
abstract class FormEditor<T extends Identified> implements NodeEditor {
    protected final EditorContext context;
    protected final FormSheet sheet;
    private final Class<T> type;
    private final String editLabel;
    private final ChangeListener<Project> projectListener = (obs, old, project) -> projectChanged(project);
    private boolean following;
    private T current;

    protected FormEditor(EditorContext context, Class<T> type, String kindKey) {
        this.context = context;
        this.type = type;
        this.sheet = new FormSheet(I18n.text(kindKey));
        this.editLabel = I18n.text("ui.forms.edit", I18n.text(kindKey));
        sheet.onLeavingField(() -> context.workspace().sealUndo());
    }

    /** A factory that makes this kind of editor for nodes of {@code kind} only. */
    static NodeEditorFactory factoryFor(Class<? extends Identified> kind, Function<EditorContext, NodeEditor> make) {
        return (node, context) -> kind.isInstance(node) ? Optional.of(make.apply(context)) : Optional.empty();
    }

    @Override
    public Node view() {
        return sheet.view();
    }

    @Override
    public final void show(Identified node) {
        current = type.cast(node);
        render(current);
    }

    /** Fills the fields with this version of the node. */
    protected abstract void render(T node);

    protected final T current() {
        return current;
    }

    protected final Project project() {
        return context.workspace().current();
    }

    /** Puts the node's new version into the report; {@code field} names the field typed in (null for a choice). */
    protected final void commit(T updated, String field) {
        if (current == null || updated.equals(current)) {
            return;
        }
        current = updated;
        context.workspace().apply(NodeEdits.replacing(updated, editLabel, field));
    }

    /** A change of the report around the node (a paragraph added to its body). */
    protected final void change(String labelKey, UnaryOperator<Report> change) {
        context.workspace().apply(Edit.report(I18n.text(labelKey), change));
    }

    /** Calls {@link #projectChanged} after every change of the project (the store's values feed the form). */
    protected final void followProject() {
        if (!following) {
            following = true;
            context.workspace().projectProperty().addListener(projectListener);
        }
    }

    protected void projectChanged(Project project) {
    }

    @Override
    public void focus() {
        sheet.firstInput().ifPresent(Node::requestFocus);
    }

    @Override
    public void reveal(String text) {
        sheet.reveal(text);
    }

    @Override
    public void dispose() {
        context.workspace().projectProperty().removeListener(projectListener);
        following = false;
    }
}
