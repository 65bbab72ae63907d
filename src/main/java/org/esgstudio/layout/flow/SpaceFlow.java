package org.esgstudio.layout.flow;

import java.util.List;

/** Vertical space; dropped at the top of a page and at its foot. */
public final class SpaceFlow implements Flowable {
    private final double space;

    public SpaceFlow(double space) {
        this.space = space;
    }

    @Override
    public Placement place(PageContext page, double available) {
        if (page.pageIsEmpty()) {
            return Placement.full(List.of(), 0);
        }
        return Placement.full(List.of(), Math.min(space, Math.max(0, available)));
    }

    @Override
    public double minHeight() {
        return 0;
    }

    @Override
    public double height() {
        return space;
    }
}
