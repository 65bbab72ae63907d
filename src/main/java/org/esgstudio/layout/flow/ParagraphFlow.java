package org.esgstudio.layout.flow;

import java.util.ArrayList;
import java.util.List;
import org.esgstudio.layout.Box;
import org.esgstudio.layout.text.LaidLine;

/**
 * Lines of a paragraph (or heading) with space before and after. Splits between lines, leaving at least two lines on
 * each page (no lone first or last line) unless the page is empty; the space before is dropped at the top of a page.
 */
public final class ParagraphFlow implements Flowable {
    private static final int MIN_LINES = 2;
    private final List<LaidLine> lines;
    private final double lineHeight;
    private final double spaceBefore;
    private final double spaceAfter;
    private final double indent;
    private final boolean keepWithNext;
    private final List<Box> decorations;

    /**
     * @param indent      left offset of the lines inside the column (lists, quotes)
     * @param decorations boxes drawn behind the first fragment (heading rules, list bullets), in local coordinates
     *                    relative to the first line's top
     */
    public ParagraphFlow(List<LaidLine> lines, double lineHeight, double spaceBefore, double spaceAfter, double indent,
                         boolean keepWithNext, List<Box> decorations) {
        this.lines = List.copyOf(lines);
        this.lineHeight = lineHeight;
        this.spaceBefore = spaceBefore;
        this.spaceAfter = spaceAfter;
        this.indent = indent;
        this.keepWithNext = keepWithNext;
        this.decorations = List.copyOf(decorations);
    }

    public ParagraphFlow(List<LaidLine> lines, double lineHeight, double spaceBefore, double spaceAfter) {
        this(lines, lineHeight, spaceBefore, spaceAfter, 0, false, List.of());
    }

    @Override
    public Placement place(PageContext page, double available) {
        double before = page.pageIsEmpty() ? 0 : spaceBefore;
        PageContext.FootnoteBudget budget = page.budget();
        int fit = 0;
        double used = before;
        for (LaidLine line : lines) {
            double cost = budget.cost(line.footnoteIds());
            if (used + lineHeight + budget.height() + cost > available + 0.01) {
                break;
            }
            budget.take(line.footnoteIds());
            used += lineHeight;
            fit++;
        }
        if (fit == lines.size()) {
            double height = used + (used + spaceAfter + budget.height() <= available ? spaceAfter : 0);
            return Placement.full(boxes(0, fit, before), height, budget.ids());
        }
        int placed = widowSafe(fit, page.pageIsEmpty());
        if (placed == 0) {
            return Placement.nothing();
        }
        List<String> notes = footnotesOf(0, placed);
        ParagraphFlow rest = new ParagraphFlow(lines.subList(placed, lines.size()), lineHeight, 0, spaceAfter, indent,
                keepWithNext, List.of());
        return Placement.partial(boxes(0, placed, before), before + placed * lineHeight, rest, notes);
    }

    /** How many of the lines that fit to place: none if fewer than two would stay, fewer if one would be left alone. */
    private int widowSafe(int fit, boolean pageEmpty) {
        int total = lines.size();
        if (pageEmpty) {
            // Something must go on an empty page, but not at the price of a lone last line on the next.
            if (total - fit < MIN_LINES && fit - 1 >= MIN_LINES) {
                return total - MIN_LINES;
            }
            return Math.max(1, fit);
        }
        if (total <= MIN_LINES + 1 || fit < MIN_LINES) {
            return 0;
        }
        if (total - fit < MIN_LINES) {
            int keep = total - MIN_LINES;
            return keep >= MIN_LINES ? keep : 0;
        }
        return fit;
    }

    private List<String> footnotesOf(int from, int to) {
        List<String> ids = new ArrayList<>();
        for (LaidLine line : lines.subList(from, to)) {
            for (String id : line.footnoteIds()) {
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    private List<Box> boxes(int from, int to, double top) {
        List<Box> out = new ArrayList<>();
        for (Box decoration : decorations) {
            out.add(decoration.moved(0, top));
        }
        double y = top;
        for (LaidLine line : lines.subList(from, to)) {
            LineBoxes.add(line, indent, y, lineHeight, out);
            y += lineHeight;
        }
        return out;
    }

    @Override
    public boolean keepWithNext() {
        return keepWithNext;
    }

    @Override
    public double minHeight() {
        int lines = this.lines.size() <= MIN_LINES + 1 ? this.lines.size() : MIN_LINES;
        return spaceBefore + lines * lineHeight;
    }

    @Override
    public double height() {
        return spaceBefore + lines.size() * lineHeight + spaceAfter;
    }

    public List<LaidLine> lines() {
        return lines;
    }
}
