package org.esgstudio.ui.editor.forms;

import org.esgstudio.data.Project;
import org.esgstudio.model.Callout;
import org.esgstudio.ui.editor.EditorContext;
import org.esgstudio.ui.editor.NodeEditorFactory;

/** The form of a callout: one big figure, with the same fields and store check as a highlight tile. */
public final class CalloutEditor extends FormEditor<Callout> {
    private final FigureFields figure;

    CalloutEditor(EditorContext context) {
        super(context, Callout.class, "ui.forms.kind.callout");
        figure = new FigureFields(context.englishVisible(), this::project,
                (changed, field) -> commit(new Callout(current().id(), changed), field));
        sheet.add(figure.view());
        followProject();
    }

    public static NodeEditorFactory factory() {
        return factoryFor(Callout.class, CalloutEditor::new);
    }

    @Override
    protected void render(Callout node) {
        figure.show(node.figure());
    }

    @Override
    protected void projectChanged(Project project) {
        figure.recheck(project);
    }
}
