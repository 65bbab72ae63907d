package org.esgstudio.layout.theme;

import java.util.List;
import org.esgstudio.layout.Rgb;

/**
 * The palette: primary (headings, covers), secondary, accent, text, muted (captions, headers), tint (case panels),
 * rule (lines), zebra (table rows), the E/S/G colours of the materiality matrix, and chart series colours.
 */
public record ThemeColors(Rgb primary, Rgb secondary, Rgb accent, Rgb text, Rgb muted, Rgb tint, Rgb rule, Rgb zebra,
                          Rgb environment, Rgb social, Rgb governance, List<Rgb> chart) {
    public ThemeColors {
        chart = List.copyOf(chart);
        if (chart.isEmpty()) {
            throw new IllegalArgumentException("a theme needs at least one chart colour");
        }
    }
}
