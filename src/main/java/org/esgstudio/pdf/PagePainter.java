package org.esgstudio.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import java.util.Map;
import java.util.function.Function;
import org.esgstudio.layout.Anchor;
import org.esgstudio.layout.Box;
import org.esgstudio.layout.ImageBox;
import org.esgstudio.layout.LineBox;
import org.esgstudio.layout.LinkBox;
import org.esgstudio.layout.PageBox;
import org.esgstudio.layout.PathBox;
import org.esgstudio.layout.PathOp;
import org.esgstudio.layout.RectBox;
import org.esgstudio.layout.TextBox;
import org.esgstudio.layout.font.FontFace;

/** Paints one laid-out page: y flipped to PDF's bottom-up coordinates, everything offset by bleed and slug. */
final class PagePainter {
    private final PdfContentByte canvas;
    private final double pageHeight;
    private final double offset;
    private final boolean cmyk;
    private final Function<FontFace, byte[]> fontBytes;
    private final ImageCache images;

    PagePainter(PdfContentByte canvas, double mediaHeight, double offset, boolean cmyk,
                Function<FontFace, byte[]> fontBytes, ImageCache images) {
        this.canvas = canvas;
        this.pageHeight = mediaHeight;
        this.offset = offset;
        this.cmyk = cmyk;
        this.fontBytes = fontBytes;
        this.images = images;
    }

    private float x(double x) {
        return (float) (x + offset);
    }

    private float y(double y) {
        return (float) (pageHeight - offset - y);
    }

    void paint(PageBox page, Map<String, Boolean> destinations) {
        for (Box box : page.boxes()) {
            if (box instanceof TextBox text) {
                text(text);
            } else if (box instanceof RectBox rect) {
                rect(rect);
            } else if (box instanceof LineBox line) {
                line(line);
            } else if (box instanceof PathBox path) {
                path(path);
            } else if (box instanceof ImageBox image) {
                images.draw(canvas, image, x(image.x()), y(image.y() + image.height()));
            } else if (box instanceof LinkBox link) {
                canvas.localGoto(link.anchor(), x(link.x()), y(link.y() + link.height()), x(link.x() + link.width()),
                        y(link.y()));
            }
        }
        for (Anchor anchor : page.anchors()) {
            if (destinations.putIfAbsent(anchor.name(), true) == null) {
                canvas.localDestination(anchor.name(), new PdfDestination(PdfDestination.XYZ, x(0),
                        y(Math.max(0, anchor.y() - 20)), 0));
            }
        }
    }

    private void text(TextBox box) {
        BaseFont font = FontCache.of(box.face(), fontBytes);
        double spacing = box.charSpacing();
        if (spacing < 0 && compressible(box.text(), font)) {
            // Compressed punctuation: the same glyphs from the half-width variant, with the difference added back.
            BaseFont narrow = FontCache.narrow(box.face(), fontBytes);
            spacing += (font.getWidth(box.text().charAt(0)) - narrow.getWidth(box.text().charAt(0))) / 1000.0 * box.size();
            font = narrow;
        }
        canvas.beginText();
        canvas.setFontAndSize(font, (float) box.size());
        canvas.setColorFill(Colours.of(box.color(), cmyk));
        canvas.setCharacterSpacing((float) spacing);
        canvas.setTextMatrix(x(box.x()), y(box.baseline()));
        canvas.showText(box.text());
        canvas.endText();
    }

    /** Whether every character is compressible punctuation of the same full width in this font. */
    private static boolean compressible(String text, BaseFont font) {
        int width = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (FontCache.COMPRESSIBLE.indexOf(c) < 0) {
                return false;
            }
            int w = font.getWidth(c);
            if (w < 900 || (width >= 0 && w != width)) {
                return false;
            }
            width = w;
        }
        return width > 0;
    }

    private void rect(RectBox box) {
        float left = x(box.x());
        float bottom = y(box.y() + box.height());
        if (box.fill() != null) {
            canvas.setColorFill(Colours.of(box.fill(), cmyk));
        }
        if (box.stroke() != null) {
            canvas.setColorStroke(Colours.of(box.stroke(), cmyk));
            canvas.setLineWidth((float) box.strokeWidth());
        }
        if (box.radius() > 0) {
            canvas.roundRectangle(left, bottom, (float) box.width(), (float) box.height(), (float) box.radius());
        } else {
            canvas.rectangle(left, bottom, (float) box.width(), (float) box.height());
        }
        finish(box.fill() != null, box.stroke() != null);
    }

    private void line(LineBox box) {
        canvas.setColorStroke(Colours.of(box.color(), cmyk));
        canvas.setLineWidth((float) box.width());
        if (box.dash() > 0) {
            canvas.setLineDash((float) box.dash(), (float) box.dash(), 0);
        }
        canvas.moveTo(x(box.x1()), y(box.y1()));
        canvas.lineTo(x(box.x2()), y(box.y2()));
        canvas.stroke();
        if (box.dash() > 0) {
            canvas.setLineDash(0);
        }
    }

    private void path(PathBox box) {
        if (box.fill() != null) {
            canvas.setColorFill(Colours.of(box.fill(), cmyk));
        }
        if (box.stroke() != null) {
            canvas.setColorStroke(Colours.of(box.stroke(), cmyk));
            canvas.setLineWidth((float) box.strokeWidth());
        }
        for (PathOp op : box.ops()) {
            if (op instanceof PathOp.MoveTo m) {
                canvas.moveTo(x(m.x()), y(m.y()));
            } else if (op instanceof PathOp.LineTo l) {
                canvas.lineTo(x(l.x()), y(l.y()));
            } else if (op instanceof PathOp.CurveTo c) {
                canvas.curveTo(x(c.x1()), y(c.y1()), x(c.x2()), y(c.y2()), x(c.x()), y(c.y()));
            } else {
                canvas.closePath();
            }
        }
        finish(box.fill() != null, box.stroke() != null);
    }

    private void finish(boolean fill, boolean stroke) {
        if (fill && stroke) {
            canvas.fillStroke();
        } else if (fill) {
            canvas.fill();
        } else if (stroke) {
            canvas.stroke();
        } else {
            canvas.newPath();
        }
    }
}
