package org.esgstudio.layout;

import java.util.Locale;

/** A colour as the theme gives it; the writer turns it into RGB or (for print) CMYK. */
public record Rgb(int r, int g, int b) {
    public static final Rgb BLACK = new Rgb(0, 0, 0);
    public static final Rgb WHITE = new Rgb(255, 255, 255);

    public Rgb {
        if (r < 0 || r > 255 || g < 0 || g > 255 || b < 0 || b > 255) {
            throw new IllegalArgumentException("colour channels must be 0–255: " + r + ", " + g + ", " + b);
        }
    }

    /** Parses "#RRGGBB". */
    public static Rgb hex(String hex) {
        String h = hex.startsWith("#") ? hex.substring(1) : hex;
        if (!h.matches("[0-9A-Fa-f]{6}")) {
            throw new IllegalArgumentException("“" + hex + "” is not a colour of the form #RRGGBB");
        }
        int value = Integer.parseInt(h, 16);
        return new Rgb(value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF);
    }

    public String toHex() {
        return String.format(Locale.ROOT, "#%02X%02X%02X", r, g, b);
    }

    /** This colour mixed with white: {@code amount} 0 gives this colour, 1 gives white. */
    public Rgb tint(double amount) {
        return new Rgb(mix(r, amount), mix(g, amount), mix(b, amount));
    }

    private static int mix(int channel, double amount) {
        return (int) Math.round(channel + (255 - channel) * amount);
    }
}
