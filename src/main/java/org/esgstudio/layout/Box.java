package org.esgstudio.layout;

/** Something painted on a page, positioned in points from the page's top-left corner (y grows downwards). */
public sealed interface Box permits TextBox, RectBox, LineBox, PathBox, ImageBox, LinkBox {

    /** The same box moved by (dx, dy). */
    Box moved(double dx, double dy);
}
