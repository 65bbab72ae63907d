package org.esgstudio.layout;

/** A named place on a page (a chapter's or section's start) that links, the outline and page references use. */
public record Anchor(String name, double y) {
}
