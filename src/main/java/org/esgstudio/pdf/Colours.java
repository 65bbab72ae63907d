package org.esgstudio.pdf;

import com.lowagie.text.pdf.CMYKColor;
import java.awt.Color;
import org.esgstudio.layout.Rgb;

/** Theme colours as PDF colours: RGB for the screen, a CMYK conversion for print. */
final class Colours {
    private Colours() {
    }

    static Color of(Rgb rgb, boolean cmyk) {
        if (!cmyk) {
            return new Color(rgb.r(), rgb.g(), rgb.b());
        }
        double r = rgb.r() / 255.0;
        double g = rgb.g() / 255.0;
        double b = rgb.b() / 255.0;
        double k = 1 - Math.max(r, Math.max(g, b));
        if (k >= 0.999) {
            return new CMYKColor(0f, 0f, 0f, 1f);
        }
        return new CMYKColor((float) ((1 - r - k) / (1 - k)), (float) ((1 - g - k) / (1 - k)),
                (float) ((1 - b - k) / (1 - k)), (float) k);
    }

    /** Registration colour for crop marks: all four inks. */
    static Color registration() {
        return new CMYKColor(1f, 1f, 1f, 1f);
    }
}
