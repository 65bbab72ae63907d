package org.esgstudio.model;

import java.util.ArrayList;
import java.util.List;

/** Where something sits in the report: the trail of titles down to it, and the ids of its container and block. */
public record Location(String partOrChapterId, String sectionId, String blockId, List<String> trail) {
    public Location {
        trail = List.copyOf(trail);
    }

    static Location of(String partOrChapterId, String sectionId, List<String> trail) {
        return new Location(partOrChapterId, sectionId, null, trail);
    }

    Location inBlock(String id, String label) {
        List<String> longer = new ArrayList<>(trail);
        longer.add(label);
        return new Location(partOrChapterId, sectionId, id, longer);
    }

    /** "chapter › section › block", as reviewers read it. */
    public String path() {
        return String.join(" › ", trail);
    }
}
