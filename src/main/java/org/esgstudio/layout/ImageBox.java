package org.esgstudio.layout;

/** A picture from the project's assets, scaled into the rectangle. */
public record ImageBox(double x, double y, double width, double height, String asset) implements Box {
    @Override
    public ImageBox moved(double dx, double dy) {
        return new ImageBox(x + dx, y + dy, width, height, asset);
    }
}
