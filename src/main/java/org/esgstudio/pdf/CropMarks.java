package org.esgstudio.pdf;

import com.lowagie.text.pdf.PdfContentByte;

/** Crop marks at the four corners of the trimmed page, drawn in the slug outside the bleed, in registration colour. */
final class CropMarks {
    private CropMarks() {
    }

    static void draw(PdfContentByte canvas, double width, double height, double offset) {
        canvas.saveState();
        canvas.setColorStroke(Colours.registration());
        canvas.setLineWidth(0.25f);
        double gap = PrintOptions.BLEED;
        double length = PrintOptions.SLUG - 1;
        double[] xs = {offset, offset + width};
        double[] ys = {offset, offset + height};
        for (double x : xs) {
            for (double y : ys) {
                double dx = x == offset ? -1 : 1;
                double dy = y == offset ? -1 : 1;
                canvas.moveTo((float) (x + dx * gap), (float) y);
                canvas.lineTo((float) (x + dx * (gap + length)), (float) y);
                canvas.moveTo((float) x, (float) (y + dy * gap));
                canvas.lineTo((float) x, (float) (y + dy * (gap + length)));
            }
        }
        canvas.stroke();
        canvas.restoreState();
    }
}
