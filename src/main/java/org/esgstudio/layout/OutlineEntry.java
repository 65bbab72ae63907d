package org.esgstudio.layout;

/** A bookmark of the PDF outline: its title, depth (0 for parts and chapters, 1 for sections) and anchor. */
public record OutlineEntry(String title, int level, String anchor) {
}
