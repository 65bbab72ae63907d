package org.esgstudio.layout.flow;

import java.util.List;
import org.esgstudio.layout.Anchor;
import org.esgstudio.layout.Box;

/**
 * What a flowable did with the space it was offered: placed all of itself (FULL), a first part with the rest to
 * follow on the next page (PARTIAL), or nothing (NOTHING: try the next page). Boxes and anchors are in the
 * flowable's own coordinates (0, 0 = top-left of the space offered); footnoteIds are the footnotes its placed part
 * refers to, which must print at the foot of this page.
 */
public record Placement(Status status, List<Box> boxes, double height, Flowable rest, List<Anchor> anchors,
                        List<String> footnoteIds) {
    /** Whether the flowable fitted. */
    public enum Status {
        FULL, PARTIAL, NOTHING
    }

    public Placement {
        boxes = List.copyOf(boxes);
        anchors = List.copyOf(anchors);
        footnoteIds = List.copyOf(footnoteIds);
    }

    public static Placement full(List<Box> boxes, double height) {
        return new Placement(Status.FULL, boxes, height, null, List.of(), List.of());
    }

    public static Placement full(List<Box> boxes, double height, List<String> footnoteIds) {
        return new Placement(Status.FULL, boxes, height, null, List.of(), footnoteIds);
    }

    public static Placement partial(List<Box> boxes, double height, Flowable rest, List<String> footnoteIds) {
        return new Placement(Status.PARTIAL, boxes, height, rest, List.of(), footnoteIds);
    }

    public static Placement nothing() {
        return new Placement(Status.NOTHING, List.of(), 0, null, List.of(), List.of());
    }
}
