package org.esgstudio.review;

import java.util.Objects;

/**
 * Where a comment thread points: a block (or any node of the report: a part, chapter or section) by its id, or one
 * figure in a block: the figure as written in the block's Chinese text (e.g. {@code 98,652立方米}) and which of the
 * block's figures written so it is, counted from 1 in reading order, so that two equal figures are told apart.
 */
public record CommentAnchor(String blockId, String figureText, int occurrence) {
    public CommentAnchor {
        Objects.requireNonNull(blockId, "blockId");
        if (blockId.isBlank()) {
            throw new IllegalArgumentException("a comment is anchored to a block id, not a blank");
        }
        if (figureText == null ? occurrence != 0 : figureText.isBlank() || occurrence < 1) {
            throw new IllegalArgumentException("a figure anchor needs the figure as written and an occurrence from 1; "
                    + "a block anchor neither (" + figureText + ", " + occurrence + ")");
        }
    }

    public static CommentAnchor block(String blockId) {
        return new CommentAnchor(blockId, null, 0);
    }

    public static CommentAnchor figure(String blockId, String figureText, int occurrence) {
        return new CommentAnchor(blockId, figureText, occurrence);
    }

    public boolean onFigure() {
        return figureText != null;
    }

    /** The figure as people read it: {@code «98,652立方米»}, {@code «126名» (2)} for the second one; "" for a block. */
    public String figureLabel() {
        if (!onFigure()) {
            return "";
        }
        return "«" + figureText + "»" + (occurrence > 1 ? " (" + occurrence + ")" : "");
    }

    /** {@code ch2-s4-p6}, {@code ch2-s4-p6 «98,652立方米»}. */
    @Override
    public String toString() {
        return onFigure() ? blockId + " " + figureLabel() : blockId;
    }
}
