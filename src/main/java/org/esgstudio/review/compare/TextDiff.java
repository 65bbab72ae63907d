package org.esgstudio.review.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;

/**
 * The difference between two texts in {@link DiffTokens}: the runs they share, and what was deleted and inserted in
 * between, deletions first. One shared character (or a space) between two edits is taken into them, so that a
 * rewritten phrase reads as one replacement rather than a comb of single characters.
 */
public final class TextDiff {
    private TextDiff() {
    }

    public static List<DiffSegment> between(String before, String after) {
        List<String> from = DiffTokens.of(before == null ? "" : before);
        List<String> to = DiffTokens.of(after == null ? "" : after);
        List<Piece> pieces = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to, true).getDeltas()) {
            String deleted = String.join("", delta.getSource().getLines());
            String inserted = String.join("", delta.getTarget().getLines());
            if (delta.getType() == DeltaType.EQUAL) {
                pieces.add(new Piece(deleted, null));
            } else {
                pieces.add(new Piece(delta.getType() == DeltaType.INSERT ? "" : deleted,
                        delta.getType() == DeltaType.DELETE ? "" : inserted));
            }
        }
        return segments(absorbShortRuns(pieces));
    }

    /** A shared run ({@code inserted} null) or an edit. */
    private record Piece(String deleted, String inserted) {
        boolean same() {
            return inserted == null;
        }
    }

    private static List<Piece> absorbShortRuns(List<Piece> pieces) {
        List<Piece> result = new ArrayList<>();
        for (Piece piece : pieces) {
            int n = result.size();
            if (!piece.same() && n >= 2 && result.get(n - 1).same() && !result.get(n - 2).same()
                    && isShort(result.get(n - 1).deleted())) {
                String run = result.remove(n - 1).deleted();
                Piece edit = result.remove(n - 2);
                result.add(new Piece(edit.deleted() + run + piece.deleted(), edit.inserted() + run + piece.inserted()));
            } else if (!piece.same() && n >= 1 && !result.get(n - 1).same()) {
                Piece edit = result.remove(n - 1);
                result.add(new Piece(edit.deleted() + piece.deleted(), edit.inserted() + piece.inserted()));
            } else {
                result.add(piece);
            }
        }
        return result;
    }

    private static boolean isShort(String run) {
        return run.isBlank() || run.codePointCount(0, run.length()) <= 1;
    }

    private static List<DiffSegment> segments(List<Piece> pieces) {
        List<DiffSegment> segments = new ArrayList<>();
        for (Piece piece : pieces) {
            if (piece.same()) {
                add(segments, DiffSegment.Kind.SAME, piece.deleted());
            } else {
                add(segments, DiffSegment.Kind.DELETED, piece.deleted());
                add(segments, DiffSegment.Kind.INSERTED, piece.inserted());
            }
        }
        return segments;
    }

    private static void add(List<DiffSegment> segments, DiffSegment.Kind kind, String text) {
        if (!text.isEmpty()) {
            segments.add(new DiffSegment(kind, text));
        }
    }
}
