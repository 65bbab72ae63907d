package org.esgstudio.layout.flow;

import java.util.List;
import org.esgstudio.layout.Box;

/** Content that cannot be split (a picture, a chart, a diagram, a row of tiles): placed whole or moved on. */
public final class FixedFlow implements Flowable {
    private final List<Box> boxes;
    private final double height;
    private final double spaceBefore;
    private final double spaceAfter;
    private final List<String> footnoteIds;
    private final boolean keepWithNext;

    public FixedFlow(List<Box> boxes, double height, double spaceBefore, double spaceAfter, List<String> footnoteIds,
                     boolean keepWithNext) {
        this.boxes = List.copyOf(boxes);
        this.height = height;
        this.spaceBefore = spaceBefore;
        this.spaceAfter = spaceAfter;
        this.footnoteIds = List.copyOf(footnoteIds);
        this.keepWithNext = keepWithNext;
    }

    public FixedFlow(List<Box> boxes, double height, double spaceBefore, double spaceAfter) {
        this(boxes, height, spaceBefore, spaceAfter, List.of(), false);
    }

    @Override
    public Placement place(PageContext page, double available) {
        double before = page.pageIsEmpty() ? 0 : spaceBefore;
        PageContext.FootnoteBudget budget = page.budget();
        double notes = budget.cost(footnoteIds);
        if (before + height + notes > available + 0.01) {
            return Placement.nothing();
        }
        budget.take(footnoteIds);
        List<Box> moved = boxes.stream().map(box -> box.moved(0, before)).toList();
        double total = before + height + (before + height + spaceAfter + notes <= available ? spaceAfter : 0);
        return Placement.full(moved, total, budget.ids());
    }

    @Override
    public boolean keepWithNext() {
        return keepWithNext;
    }

    @Override
    public double minHeight() {
        return spaceBefore + height;
    }

    @Override
    public double height() {
        return spaceBefore + height + spaceAfter;
    }
}
