package org.esgstudio.layout;

/** A clickable area that jumps to a named anchor (a table-of-contents entry, a content-index page number). */
public record LinkBox(double x, double y, double width, double height, String anchor) implements Box {
    @Override
    public LinkBox moved(double dx, double dy) {
        return new LinkBox(x + dx, y + dy, width, height, anchor);
    }
}
