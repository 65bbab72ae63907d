package org.esgstudio.ui.preview;

import javafx.geometry.Rectangle2D;
import org.esgstudio.layout.BlockSpan;
import org.esgstudio.layout.Box;
import org.esgstudio.layout.ImageBox;
import org.esgstudio.layout.LineBox;
import org.esgstudio.layout.PageBox;
import org.esgstudio.layout.RectBox;
import org.esgstudio.layout.TextBox;
import org.esgstudio.layout.font.FontLibrary;

/** The rectangle (in points) a block's span covers on its page: its height, as wide as what is painted in it. */
final class SpanArea {
    private static final double PAD = 3;

    private SpanArea() {
    }

    static Rectangle2D of(PageBox page, BlockSpan span) {
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        for (Box box : page.boxes()) {
            double x0;
            double x1;
            double y;
            if (box instanceof TextBox text) {
                x0 = text.x();
                x1 = text.x() + FontLibrary.shared().metrics(text.face()).width(text.text(), text.size())
                        + text.charSpacing() * text.text().length();
                y = text.baseline();
            } else if (box instanceof RectBox rect) {
                x0 = rect.x();
                x1 = rect.x() + rect.width();
                y = rect.y() + rect.height() / 2;
            } else if (box instanceof ImageBox image) {
                x0 = image.x();
                x1 = image.x() + image.width();
                y = image.y() + image.height() / 2;
            } else if (box instanceof LineBox line) {
                x0 = Math.min(line.x1(), line.x2());
                x1 = Math.max(line.x1(), line.x2());
                y = (line.y1() + line.y2()) / 2;
            } else {
                continue;
            }
            if (span.contains(y)) {
                left = Math.min(left, x0);
                right = Math.max(right, x1);
            }
        }
        if (left > right) {
            left = 0;
            right = page.width();
        }
        left = Math.max(0, left - PAD);
        right = Math.min(page.width(), right + PAD);
        return new Rectangle2D(left, span.top() - PAD, right - left, span.bottom() - span.top() + 2 * PAD);
    }
}
