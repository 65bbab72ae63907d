package org.esgstudio.ui.review;

import java.util.List;
import java.util.Objects;

/**
 * Brings a list up to date by replacing only the run of elements that differ (after a common head and tail), so a
 * list view showing it keeps its cells, selection and scroll position where nothing changed. A validation after
 * typing in one paragraph changes a few rows out of thousands.
 */
final class ListPatch {
    private ListPatch() {
    }

    static <T> void apply(List<T> target, List<T> next) {
        int size = target.size();
        int nextSize = next.size();
        int head = 0;
        int shorter = Math.min(size, nextSize);
        while (head < shorter && Objects.equals(target.get(head), next.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < shorter - head && Objects.equals(target.get(size - 1 - tail), next.get(nextSize - 1 - tail))) {
            tail++;
        }
        if (head == size && head == nextSize) {
            return;
        }
        List<T> replacement = next.subList(head, nextSize - tail);
        if (size - tail - head == replacement.size()) {
            for (int i = 0; i < replacement.size(); i++) {
                target.set(head + i, replacement.get(i));
            }
            return;
        }
        target.subList(head, size - tail).clear();
        target.addAll(head, replacement);
    }
}
