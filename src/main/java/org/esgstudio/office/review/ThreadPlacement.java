package org.esgstudio.office.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.esgstudio.review.Orphan;
import org.esgstudio.review.PlacedThread;

/**
 * The review comment threads still to be placed in the copy: by the node they are about, and those whose node is
 * gone (listed with the remarks at the end).
 */
final class ThreadPlacement {
    private final Map<String, List<PlacedThread>> byNode = new LinkedHashMap<>();
    private final List<PlacedThread> homeless = new ArrayList<>();

    ThreadPlacement(List<PlacedThread> threads) {
        for (PlacedThread thread : threads) {
            if (thread.orphan() == Orphan.NODE_GONE) {
                homeless.add(thread);
            } else {
                byNode.computeIfAbsent(thread.thread().anchor().blockId(), id -> new ArrayList<>()).add(thread);
            }
        }
    }

    List<PlacedThread> takeNode(String id) {
        List<PlacedThread> taken = byNode.remove(id);
        return taken == null ? new ArrayList<>() : taken;
    }

    /** Everything not placed yet: threads whose node is gone, then any whose node the copy did not write. */
    List<PlacedThread> takeRest() {
        List<PlacedThread> rest = new ArrayList<>(homeless);
        byNode.values().forEach(rest::addAll);
        homeless.clear();
        byNode.clear();
        return rest;
    }
}
