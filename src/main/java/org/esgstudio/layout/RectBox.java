package org.esgstudio.layout;

/** A rectangle, filled and/or stroked (either may be null), optionally with rounded corners. */
public record RectBox(double x, double y, double width, double height, Rgb fill, Rgb stroke, double strokeWidth,
                      double radius) implements Box {
    public static RectBox filled(double x, double y, double width, double height, Rgb fill) {
        return new RectBox(x, y, width, height, fill, null, 0, 0);
    }

    @Override
    public RectBox moved(double dx, double dy) {
        return new RectBox(x + dx, y + dy, width, height, fill, stroke, strokeWidth, radius);
    }
}
