package org.esgstudio.layout;

/** A straight line; {@code dash} is the dash length (0 for solid). */
public record LineBox(double x1, double y1, double x2, double y2, Rgb color, double width, double dash) implements Box {
    public static LineBox solid(double x1, double y1, double x2, double y2, Rgb color, double width) {
        return new LineBox(x1, y1, x2, y2, color, width, 0);
    }

    @Override
    public LineBox moved(double dx, double dy) {
        return new LineBox(x1 + dx, y1 + dy, x2 + dx, y2 + dy, color, width, dash);
    }
}
