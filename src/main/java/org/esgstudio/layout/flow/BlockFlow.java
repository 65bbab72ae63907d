package org.esgstudio.layout.flow;

/**
 * A flowable labelled with the id of the report block it sets, so that the composer can record where each block
 * lands ({@link org.esgstudio.layout.BlockSpan}). Placement is delegated unchanged; the rest of a split stays
 * labelled.
 */
public final class BlockFlow implements Flowable {
    private final String blockId;
    private final Flowable inner;

    public BlockFlow(String blockId, Flowable inner) {
        this.blockId = blockId;
        this.inner = inner;
    }

    public String blockId() {
        return blockId;
    }

    @Override
    public Placement place(PageContext page, double available) {
        Placement placement = inner.place(page, available);
        if (placement.rest() == null) {
            return placement;
        }
        return new Placement(placement.status(), placement.boxes(), placement.height(),
                new BlockFlow(blockId, placement.rest()), placement.anchors(), placement.footnoteIds());
    }

    @Override
    public boolean keepWithNext() {
        return inner.keepWithNext();
    }

    @Override
    public double minHeight() {
        return inner.minHeight();
    }

    @Override
    public double height() {
        return inner.height();
    }
}
