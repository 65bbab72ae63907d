package org.esgstudio.layout.flow;

import java.util.ArrayList;
import java.util.List;
import org.esgstudio.layout.Box;
import org.esgstudio.layout.LineBox;
import org.esgstudio.layout.RectBox;

/**
 * A tinted panel holding other flowables (a case study): kept on one page when short, split cleanly between its
 * contents when long, each part drawn as a closed panel (the later parts with a "continued" header).
 */
public final class PanelFlow implements Flowable {
    private final List<Flowable> children;
    private final PanelStyle style;
    private final boolean continued;
    private final double width;

    /** @param width the panel's outer width; children must be laid out at {@code width - 2 × padding} */
    public PanelFlow(List<Flowable> children, PanelStyle style, double width) {
        this(children, style, width, false);
    }

    private PanelFlow(List<Flowable> children, PanelStyle style, double width, boolean continued) {
        this.children = List.copyOf(children);
        this.style = style;
        this.width = width;
        this.continued = continued;
    }

    private double headerHeight() {
        return continued ? style.continuedHeaderHeight() : style.headerHeight();
    }

    @Override
    public Placement place(PageContext page, double available) {
        double before = page.pageIsEmpty() || continued ? 0 : style.spaceBefore();
        double chrome = before + headerHeight() + 2 * style.padding();
        if (!continued && height() - style.spaceAfter() <= Math.min(available, style.keepTogetherBelow())) {
            // Short enough to keep whole: it either fits here or moves on as a whole.
            return placeChildren(page, available, before, chrome, true);
        }
        if (!continued && height() <= style.keepTogetherBelow() && !page.pageIsEmpty()) {
            return Placement.nothing();
        }
        return placeChildren(page, available, before, chrome, false);
    }

    private Placement placeChildren(PageContext page, double available, double before, double chrome, boolean whole) {
        double inner = width - 2 * style.padding();
        List<Box> content = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        double y = 0;
        int index = 0;
        Flowable rest = null;
        PageContext.FootnoteBudget taken = page.budget();
        while (index < children.size()) {
            Flowable child = children.get(index);
            PageContext nested = page.narrower(inner).withTaken(notes);
            double space = available - chrome - y - taken.height();
            // Inside a panel only the first child may see the page as empty.
            Placement placement = child.place(y == 0 ? nested : nested.asOccupied(), space);
            if (placement.status() == Placement.Status.NOTHING) {
                break;
            }
            for (Box box : placement.boxes()) {
                content.add(box.moved(style.padding(), before + headerHeight() + style.padding() + y));
            }
            taken.take(placement.footnoteIds());
            notes.addAll(placement.footnoteIds());
            y += placement.height();
            if (placement.status() == Placement.Status.PARTIAL) {
                rest = placement.rest();
                index++;
                break;
            }
            index++;
        }
        boolean done = rest == null && index == children.size();
        if (whole && !done) {
            return page.pageIsEmpty() ? placeChildren(page, available, before, chrome, false) : Placement.nothing();
        }
        if (y == 0 && !done) {
            return Placement.nothing();
        }
        double panelHeight = headerHeight() + 2 * style.padding() + y;
        List<Box> boxes = new ArrayList<>();
        boxes.add(new RectBox(0, before, width, panelHeight, style.fill(), null, 0, 0));
        boxes.add(LineBox.solid(0, before, 0, before + panelHeight, style.frame(), 2.2));
        for (Box header : continued ? style.continuedHeader() : style.header()) {
            boxes.add(header.moved(0, before));
        }
        boxes.addAll(content);
        if (done) {
            double total = before + panelHeight;
            double after = total + style.spaceAfter() + taken.height() <= available ? style.spaceAfter() : 0;
            return Placement.full(boxes, total + after, notes);
        }
        List<Flowable> remaining = new ArrayList<>();
        if (rest != null) {
            remaining.add(rest);
        }
        remaining.addAll(children.subList(index, children.size()));
        return Placement.partial(boxes, before + panelHeight, new PanelFlow(remaining, style, width, true), notes);
    }

    @Override
    public double minHeight() {
        double first = children.isEmpty() ? 0 : children.get(0).minHeight();
        double whole = height();
        return whole <= style.keepTogetherBelow() ? whole : style.spaceBefore() + headerHeight() + 2 * style.padding() + first;
    }

    @Override
    public double height() {
        double sum = 0;
        for (Flowable child : children) {
            sum += child.height();
        }
        return (continued ? 0 : style.spaceBefore()) + headerHeight() + 2 * style.padding() + sum + style.spaceAfter();
    }
}
