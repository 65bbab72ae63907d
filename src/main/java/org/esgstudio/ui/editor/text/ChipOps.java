package org.esgstudio.ui.editor.text;

import org.fxmisc.richtext.model.NodeSegmentOpsBase;

/** How RichTextFX measures and cuts chips: one object character each, never joined with a neighbour. */
final class ChipOps extends NodeSegmentOpsBase<Chip, ProseStyle> {
    ChipOps() {
        super(Chip.EMPTY);
    }

    @Override
    public int length(Chip chip) {
        return chip.isEmpty() ? 0 : 1;
    }
}
