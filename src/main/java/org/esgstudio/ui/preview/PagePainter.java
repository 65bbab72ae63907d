package org.esgstudio.ui.preview;

import java.util.function.Function;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.TextAlignment;
import javafx.geometry.VPos;
import org.esgstudio.layout.Box;
import org.esgstudio.layout.ImageBox;
import org.esgstudio.layout.LineBox;
import org.esgstudio.layout.PageBox;
import org.esgstudio.layout.PathBox;
import org.esgstudio.layout.PathOp;
import org.esgstudio.layout.RectBox;
import org.esgstudio.layout.Rgb;
import org.esgstudio.layout.TextBox;
import org.esgstudio.layout.font.FontFace;
import org.esgstudio.layout.font.FontLibrary;
import org.esgstudio.layout.font.FontMetrics;

/**
 * Paints one laid-out page on a JavaFX canvas as the PDF writer paints it ({@code pdf.PagePainter} is the reference):
 * same boxes, same order, same coordinates (points from the top-left, scaled), same fonts. Text is set glyph by glyph
 * at the advances of the layout's own metrics plus the character spacing, so lines end exactly where the PDF's do.
 */
public final class PagePainter {
    private static final Color MISSING_IMAGE = Color.rgb(230, 230, 230);
    private final PreviewFonts fonts;
    private final Function<String, Image> images;

    PagePainter(PreviewFonts fonts, Function<String, Image> images) {
        this.fonts = fonts;
        this.images = images;
    }

    /** Paints the page at {@code scale} pixels per point, from the canvas's top-left corner, on white paper. */
    public void paint(PageBox page, GraphicsContext gc, double scale) {
        gc.save();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.scale(scale, scale);
        gc.setFill(Color.WHITE);
        gc.fillRect(0, 0, page.width(), page.height());
        // The trim: designed pages bleed past it, and the PDF's screen edition crops them there too.
        gc.beginPath();
        gc.rect(0, 0, page.width(), page.height());
        gc.clip();
        gc.setLineCap(StrokeLineCap.BUTT);
        gc.setLineJoin(StrokeLineJoin.MITER);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BASELINE);
        for (Box box : page.boxes()) {
            if (box instanceof TextBox text) {
                text(gc, text, scale);
            } else if (box instanceof RectBox rect) {
                rect(gc, rect);
            } else if (box instanceof LineBox line) {
                line(gc, line);
            } else if (box instanceof PathBox path) {
                path(gc, path);
            } else if (box instanceof ImageBox image) {
                image(gc, image);
            }
            // LinkBoxes are clickable areas of the PDF, with nothing to paint.
        }
        gc.restore();
    }

    /**
     * Text is drawn in pixels, untransformed, with the font at its size in pixels: under a scaling transform JavaFX
     * fills glyph outlines itself, and the overlapping contours of Noto Sans SC then leave holes in the strokes.
     */
    private void text(GraphicsContext gc, TextBox box, double scale) {
        FontFace face = box.face();
        FontMetrics metrics = FontLibrary.shared().metrics(face);
        gc.save();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setFont(fonts.font(face, box.size() * scale));
        gc.setFill(color(box.color()));
        String text = box.text();
        double x = box.x();
        double baseline = box.baseline() * scale;
        double spacing = box.charSpacing();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (!Character.isWhitespace(cp)) {
                gc.fillText(text.substring(i, next), x * scale, baseline);
            }
            // As in the PDF: the glyph's advance in the embedded font, then Tc (compressed punctuation included).
            x += metrics.advance(cp, box.size()) + spacing;
            i = next;
        }
        gc.restore();
    }

    private static void rect(GraphicsContext gc, RectBox box) {
        double arc = 2 * box.radius();
        if (box.fill() != null) {
            gc.setFill(color(box.fill()));
            if (arc > 0) {
                gc.fillRoundRect(box.x(), box.y(), box.width(), box.height(), arc, arc);
            } else {
                gc.fillRect(box.x(), box.y(), box.width(), box.height());
            }
        }
        if (box.stroke() != null) {
            gc.setStroke(color(box.stroke()));
            gc.setLineWidth(box.strokeWidth());
            if (arc > 0) {
                gc.strokeRoundRect(box.x(), box.y(), box.width(), box.height(), arc, arc);
            } else {
                gc.strokeRect(box.x(), box.y(), box.width(), box.height());
            }
        }
    }

    private static void line(GraphicsContext gc, LineBox box) {
        gc.setStroke(color(box.color()));
        gc.setLineWidth(box.width());
        if (box.dash() > 0) {
            gc.setLineDashes(box.dash(), box.dash());
        }
        gc.strokeLine(box.x1(), box.y1(), box.x2(), box.y2());
        if (box.dash() > 0) {
            gc.setLineDashes((double[]) null);
        }
    }

    private static void path(GraphicsContext gc, PathBox box) {
        gc.beginPath();
        for (PathOp op : box.ops()) {
            if (op instanceof PathOp.MoveTo m) {
                gc.moveTo(m.x(), m.y());
            } else if (op instanceof PathOp.LineTo l) {
                gc.lineTo(l.x(), l.y());
            } else if (op instanceof PathOp.CurveTo c) {
                gc.bezierCurveTo(c.x1(), c.y1(), c.x2(), c.y2(), c.x(), c.y());
            } else {
                gc.closePath();
            }
        }
        if (box.fill() != null) {
            gc.setFill(color(box.fill()));
            gc.fill();
        }
        if (box.stroke() != null) {
            gc.setStroke(color(box.stroke()));
            gc.setLineWidth(box.strokeWidth());
            gc.stroke();
        }
    }

    private void image(GraphicsContext gc, ImageBox box) {
        Image image = images.apply(box.asset());
        if (image == null) {
            gc.setFill(MISSING_IMAGE);
            gc.fillRect(box.x(), box.y(), box.width(), box.height());
            return;
        }
        gc.drawImage(image, box.x(), box.y(), box.width(), box.height());
    }

    private static Color color(Rgb rgb) {
        return Color.rgb(rgb.r(), rgb.g(), rgb.b());
    }
}
