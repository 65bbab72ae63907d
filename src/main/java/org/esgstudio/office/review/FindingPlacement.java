package org.esgstudio.office.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.esgstudio.figures.Finding;

/**
 * The findings still to be placed in the copy: by the block (or part) they are about, by indicator for those about no
 * block (a rule, a year-on-year change: placed on a table row of that indicator), and the rest.
 */
final class FindingPlacement {
    private final Map<String, List<Finding>> byBlock = new LinkedHashMap<>();
    private final Map<String, List<Finding>> byIndicator = new LinkedHashMap<>();
    private final List<Finding> unplaced = new ArrayList<>();

    FindingPlacement(List<Finding> findings) {
        for (Finding finding : findings) {
            if (finding.blockId() != null) {
                byBlock.computeIfAbsent(finding.blockId(), id -> new ArrayList<>()).add(finding);
            } else if (finding.indicator() != null) {
                byIndicator.computeIfAbsent(finding.indicator(), code -> new ArrayList<>()).add(finding);
            } else {
                unplaced.add(finding);
            }
        }
    }

    List<Finding> takeBlock(String id) {
        List<Finding> taken = byBlock.remove(id);
        return taken == null ? new ArrayList<>() : taken;
    }

    List<Finding> takeIndicator(String code) {
        List<Finding> taken = byIndicator.remove(code);
        return taken == null ? List.of() : taken;
    }

    /** Everything not placed yet, in the order it came. */
    List<Finding> takeRest() {
        List<Finding> rest = new ArrayList<>();
        byBlock.values().forEach(rest::addAll);
        byIndicator.values().forEach(rest::addAll);
        rest.addAll(unplaced);
        byBlock.clear();
        byIndicator.clear();
        unplaced.clear();
        return rest;
    }
}
