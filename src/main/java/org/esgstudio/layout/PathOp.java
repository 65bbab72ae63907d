package org.esgstudio.layout;

/** One step of a vector path, in page coordinates (points, y downwards). */
public sealed interface PathOp permits PathOp.MoveTo, PathOp.LineTo, PathOp.CurveTo, PathOp.Close {

    PathOp moved(double dx, double dy);

    /** Starts a new subpath. */
    record MoveTo(double x, double y) implements PathOp {
        @Override
        public MoveTo moved(double dx, double dy) {
            return new MoveTo(x + dx, y + dy);
        }
    }

    /** A straight segment. */
    record LineTo(double x, double y) implements PathOp {
        @Override
        public LineTo moved(double dx, double dy) {
            return new LineTo(x + dx, y + dy);
        }
    }

    /** A cubic Bézier segment. */
    record CurveTo(double x1, double y1, double x2, double y2, double x, double y) implements PathOp {
        @Override
        public CurveTo moved(double dx, double dy) {
            return new CurveTo(x1 + dx, y1 + dy, x2 + dx, y2 + dy, x + dx, y + dy);
        }
    }

    /** Closes the subpath. */
    record Close() implements PathOp {
        @Override
        public Close moved(double dx, double dy) {
            return this;
        }
    }
}
