package org.esgstudio.ui.review;

import java.util.Objects;
import org.esgstudio.figures.Finding;
import org.esgstudio.figures.FindingKind;

/** One line of the review list: a chapter's heading (with how many findings it shows) or one finding. */
public sealed interface ReviewRow {
    /** What stays the same for this row across validations, to keep the selection and scroll position. */
    Object key();

    /** A chapter (or the data and rules group) heading; a collapsed one hides its findings. */
    record Group(String title, int count, boolean collapsed) implements ReviewRow {
        @Override
        public Object key() {
            return new GroupKey(title);
        }
    }

    /** One finding with its message and where it is inside its chapter (the rest of "chapter › section › block"). */
    record Item(Finding finding, String message, String place) implements ReviewRow {
        public Item {
            Objects.requireNonNull(finding, "finding");
        }

        /**
         * Kind, block, indicator, year and figure: the location and message are left out because a block's label
         * (its first words) changes as the block is edited.
         */
        @Override
        public Object key() {
            return new ItemKey(finding.kind(), finding.blockId(), finding.indicator(), finding.year(), finding.text());
        }
    }

    /** The key of a heading. */
    record GroupKey(String title) {
    }

    /** The key of a finding. */
    record ItemKey(FindingKind kind, String blockId, String indicator, Integer year, String text) {
    }
}
