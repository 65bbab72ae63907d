package org.esgstudio.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Median and best of timed runs, in milliseconds. */
final class Timings {
    private Timings() {
    }

    static double median(List<Long> nanos) {
        if (nanos.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2) / 1e6;
    }

    static double best(List<Long> nanos) {
        return nanos.isEmpty() ? 0 : Collections.min(nanos) / 1e6;
    }

    /** The smallest time at or above the given share of the runs (nearest rank). */
    static double percentile(List<Long> nanos, int percent) {
        if (nanos.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e6;
    }

    static double worst(List<Long> nanos) {
        return nanos.isEmpty() ? 0 : Collections.max(nanos) / 1e6;
    }
}
