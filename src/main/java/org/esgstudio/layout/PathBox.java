package org.esgstudio.layout;

import java.util.ArrayList;
import java.util.List;

/** A vector shape (chart sectors, arrows, markers): a path of moves, lines and Bézier curves, filled and/or stroked. */
public record PathBox(List<PathOp> ops, Rgb fill, Rgb stroke, double strokeWidth) implements Box {
    public PathBox {
        ops = List.copyOf(ops);
    }

    @Override
    public PathBox moved(double dx, double dy) {
        List<PathOp> moved = new ArrayList<>(ops.size());
        ops.forEach(op -> moved.add(op.moved(dx, dy)));
        return new PathBox(moved, fill, stroke, strokeWidth);
    }

    /** A circle as four Bézier arcs. */
    public static PathBox circle(double cx, double cy, double r, Rgb fill, Rgb stroke, double strokeWidth) {
        double k = 0.5522847498 * r;
        return new PathBox(List.of(
                new PathOp.MoveTo(cx + r, cy),
                new PathOp.CurveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r),
                new PathOp.CurveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy),
                new PathOp.CurveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r),
                new PathOp.CurveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy),
                new PathOp.Close()), fill, stroke, strokeWidth);
    }

    /** A pie sector from angle a0 to a1 (radians, clockwise from 12 o'clock on the page). */
    public static PathBox sector(double cx, double cy, double r, double a0, double a1, Rgb fill, Rgb stroke) {
        List<PathOp> ops = new ArrayList<>();
        ops.add(new PathOp.MoveTo(cx, cy));
        ops.add(new PathOp.LineTo(cx + r * Math.sin(a0), cy - r * Math.cos(a0)));
        int parts = Math.max(1, (int) Math.ceil((a1 - a0) / (Math.PI / 2)));
        double step = (a1 - a0) / parts;
        for (int i = 0; i < parts; i++) {
            double s = a0 + i * step;
            double e = s + step;
            double k = 4.0 / 3.0 * Math.tan((e - s) / 4) * r;
            double x0 = cx + r * Math.sin(s);
            double y0 = cy - r * Math.cos(s);
            double x3 = cx + r * Math.sin(e);
            double y3 = cy - r * Math.cos(e);
            ops.add(new PathOp.CurveTo(x0 + k * Math.cos(s), y0 + k * Math.sin(s),
                    x3 - k * Math.cos(e), y3 - k * Math.sin(e), x3, y3));
        }
        ops.add(new PathOp.Close());
        return new PathBox(ops, fill, stroke, stroke == null ? 0 : 0.8);
    }

    /** An arrow head pointing from (fromX, fromY) to the tip (x, y). */
    public static PathBox arrowHead(double fromX, double fromY, double x, double y, double size, Rgb fill) {
        double angle = Math.atan2(y - fromY, x - fromX);
        double spread = Math.toRadians(28);
        return new PathBox(List.of(
                new PathOp.MoveTo(x, y),
                new PathOp.LineTo(x - size * Math.cos(angle - spread), y - size * Math.sin(angle - spread)),
                new PathOp.LineTo(x - size * Math.cos(angle + spread), y - size * Math.sin(angle + spread)),
                new PathOp.Close()), fill, null, 0);
    }
}
