package org.esgstudio.ui.editor.forms;

import java.util.List;
import java.util.Optional;
import org.esgstudio.ui.editor.NodeEditor;
import org.esgstudio.ui.editor.NodeEditorFactory;

/** Every form editor of this package, asked in turn: chapters, sections, the structured blocks and the parts. */
public final class FormEditors {
    private static final List<NodeEditorFactory> ALL = List.of(ChapterEditor.factory(), SectionEditor.factory(),
            CaseStudyEditor.factory(), TilesEditor.factory(), CalloutEditor.factory(), ImageEditor.factory(),
            ChartEditor.factory(), DiagramEditor.factory(), TextTableEditor.factory(), ReportInfoEditor.factory(),
            LetterEditor.factory(), HighlightsEditor.factory(), TimelineEditor.factory(), BodyPartEditor.factory(),
            MaterialityEditor.factory(), StakeholdersEditor.factory(), ContentIndexEditor.factory(),
            FeedbackFormEditor.factory());

    private FormEditors() {
    }

    /** One factory answering for every kind a form editor of this package knows. */
    public static NodeEditorFactory factory() {
        return (node, context) -> {
            for (NodeEditorFactory factory : ALL) {
                Optional<NodeEditor> editor = factory.create(node, context);
                if (editor.isPresent()) {
                    return editor;
                }
            }
            return Optional.empty();
        };
    }
}
