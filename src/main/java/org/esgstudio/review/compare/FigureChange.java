package org.esgstudio.review.compare;

import java.util.Objects;

/**
 * A figure written in the text (a paragraph, list, tile, callout, text table, or a part's own text) whose number
 * changed, or that came or went with its text: the block, its chapter and place, the figure as written before and
 * after ("" when none), and the indicator it stands for ({@code CODE@2024}) when it was matched to one.
 */
public record FigureChange(String blockId, String chapterId, String chapterTitle, String location, ChangeKind change,
                           String before, String after, String indicator) {
    public FigureChange {
        Objects.requireNonNull(blockId, "blockId");
        Objects.requireNonNull(change, "change");
        before = Objects.requireNonNullElse(before, "");
        after = Objects.requireNonNullElse(after, "");
    }
}
