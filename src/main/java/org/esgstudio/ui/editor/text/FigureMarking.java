package org.esgstudio.ui.editor.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.IndexRange;
import org.esgstudio.figures.FigureMark;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The figure marks of one prose area: styles each figure's characters green, red or amber, and finds the mark under
 * the mouse. Marks arrive after validation, when the text may have moved on: a set of marks that no longer fits the
 * text is ignored (the validation of the newer text follows), so a stale offset never styles the wrong characters.
 */
final class FigureMarking {
    private final ProseArea area;
    private List<FigureMark> marks = List.of();

    FigureMarking(ProseArea area) {
        this.area = area;
    }

    /** Applies these marks if they fit the area's text; false when they are stale and were ignored. */
    boolean apply(List<FigureMark> next) {
        MarkOffsets offsets = MarkOffsets.of(area.getDocument());
        List<Placed> placed = new ArrayList<>(next.size());
        for (FigureMark mark : next) {
            Optional<IndexRange> range = offsets.range(mark);
            if (range.isEmpty()) {
                return false;
            }
            placed.add(new Placed(range.get(), mark));
        }
        marks = List.copyOf(next);
        restyle(placed);
        return true;
    }

    /** Re-applies the last marks after the content was replaced (an undo); drops them if they no longer fit. */
    void reapply() {
        if (!apply(marks)) {
            marks = List.of();
            restyle(List.of());
        }
    }

    /** The mark whose figure covers this area position (the characters must still be the figure). */
    Optional<FigureMark> at(int position) {
        MarkOffsets offsets = MarkOffsets.of(area.getDocument());
        for (FigureMark mark : marks) {
            Optional<IndexRange> range = offsets.range(mark);
            if (range.isPresent() && range.get().getStart() <= position && position < range.get().getEnd()) {
                return Optional.of(mark);
            }
        }
        return Optional.empty();
    }

    List<FigureMark> marks() {
        return marks;
    }

    private void restyle(List<Placed> placed) {
        int length = area.getLength();
        if (length == 0) {
            return;
        }
        StyleSpans<ProseStyle> current = area.getStyleSpans(0, length);
        StyleSpansBuilder<ProseStyle> overlay = new StyleSpansBuilder<>();
        int at = 0;
        List<Placed> sorted = new ArrayList<>(placed);
        sorted.sort(Comparator.comparingInt(p -> p.range().getStart()));
        for (Placed p : sorted) {
            int start = Math.max(at, p.range().getStart());
            int end = Math.min(length, p.range().getEnd());
            if (end <= start) {
                continue;
            }
            if (start > at) {
                overlay.add(ProseStyle.PLAIN, start - at);
            }
            overlay.add(ProseStyle.PLAIN.withMark(p.mark().status()), end - start);
            at = end;
        }
        if (at < length) {
            overlay.add(ProseStyle.PLAIN, length - at);
        }
        StyleSpans<ProseStyle> next = current.mapStyles(style -> style.withMark(null))
                .overlay(overlay.create(), (base, over) -> base.withMark(over.mark()));
        if (!same(current, next)) {
            area.restyle(next);
        }
    }

    private static boolean same(StyleSpans<ProseStyle> a, StyleSpans<ProseStyle> b) {
        if (a.getSpanCount() != b.getSpanCount()) {
            return false;
        }
        Iterator<StyleSpan<ProseStyle>> left = a.iterator();
        Iterator<StyleSpan<ProseStyle>> right = b.iterator();
        while (left.hasNext()) {
            StyleSpan<ProseStyle> x = left.next();
            StyleSpan<ProseStyle> y = right.next();
            if (x.getLength() != y.getLength() || !x.getStyle().equals(y.getStyle())) {
                return false;
            }
        }
        return true;
    }

    private record Placed(IndexRange range, FigureMark mark) {
    }
}
