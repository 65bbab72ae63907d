package org.esgstudio.model;

/** Receives the elements of a report in reading order from {@link ReportWalk}. */
public interface ReportVisitor {
    default void part(Part part, Location location) {
    }

    default void chapter(Chapter chapter, String number, Location location) {
    }

    default void section(Chapter chapter, Section section, String number, Location location) {
    }

    default void block(Block block, Location location) {
    }

    default void footnote(Footnote footnote, Location location) {
    }
}
