package org.esgstudio.layout.flow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.esgstudio.layout.LayoutWarning;

/**
 * What a flowable may know of the page it is placed on: its width, whether anything is on it yet, the footnotes
 * already reserved at its foot (and what more would cost), and where to report warnings.
 */
public final class PageContext {
    private final double width;
    private final boolean empty;
    private final Set<String> reservedFootnotes;
    private final FootnoteSetter footnotes;
    private final Consumer<LayoutWarning> warnings;

    public PageContext(double width, boolean empty, Set<String> reservedFootnotes, FootnoteSetter footnotes,
                       Consumer<LayoutWarning> warnings) {
        this.width = width;
        this.empty = empty;
        this.reservedFootnotes = reservedFootnotes;
        this.footnotes = footnotes;
        this.warnings = warnings;
    }

    public double width() {
        return width;
    }

    public boolean pageIsEmpty() {
        return empty;
    }

    public void warn(LayoutWarning warning) {
        warnings.accept(warning);
    }

    /** The same page offered to a nested flowable (inside a panel) at a narrower width. */
    public PageContext narrower(double innerWidth) {
        return new PageContext(innerWidth, empty, reservedFootnotes, footnotes, warnings);
    }

    /** The same page, no longer empty (for content placed after something else in a container). */
    public PageContext asOccupied() {
        return empty ? new PageContext(width, false, reservedFootnotes, footnotes, warnings) : this;
    }

    /** The same page, with the footnotes of content placed just before (in the same container) counted as taken. */
    public PageContext withTaken(java.util.Collection<String> ids) {
        if (ids.isEmpty()) {
            return this;
        }
        Set<String> union = new LinkedHashSet<>(reservedFootnotes);
        union.addAll(ids);
        return new PageContext(width, empty, union, footnotes, warnings);
    }

    /** A fresh budget for one placement: tracks footnotes that lines being placed would add to this page. */
    public FootnoteBudget budget() {
        return new FootnoteBudget();
    }

    /** Footnote space a placement is about to use; nothing is reserved until the composer accepts the placement. */
    public final class FootnoteBudget {
        private final Set<String> added = new LinkedHashSet<>();
        private double height;

        /** Extra height at the page foot if content referring to {@code ids} is added. */
        public double cost(Collection<String> ids) {
            double extra = 0;
            boolean anyBefore = !reservedFootnotes.isEmpty() || !added.isEmpty();
            for (String id : ids) {
                if (!reservedFootnotes.contains(id) && !added.contains(id)) {
                    if (!anyBefore) {
                        extra += footnotes.separatorHeight();
                        anyBefore = true;
                    }
                    extra += footnotes.height(id);
                }
            }
            return extra;
        }

        /** Takes the footnotes of content that is placed. */
        public void take(Collection<String> ids) {
            height += cost(ids);
            for (String id : ids) {
                if (!reservedFootnotes.contains(id)) {
                    added.add(id);
                }
            }
        }

        /** Footnote height taken so far by this placement. */
        public double height() {
            return height;
        }

        public List<String> ids() {
            return new ArrayList<>(added);
        }
    }
}
