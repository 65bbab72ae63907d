package org.esgstudio.layout;

import org.esgstudio.layout.font.FontFace;

/** Characters set from x along a baseline in one font and size, with PDF character spacing (Tc) after each. */
public record TextBox(double x, double baseline, FontFace face, double size, Rgb color, String text, double charSpacing)
        implements Box {
    @Override
    public TextBox moved(double dx, double dy) {
        return new TextBox(x + dx, baseline + dy, face, size, color, text, charSpacing);
    }
}
