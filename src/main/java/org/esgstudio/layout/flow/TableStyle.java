package org.esgstudio.layout.flow;

import org.esgstudio.layout.Rgb;

/** Table chrome: cell padding, the header's fill and rule colour, rule widths, space around the table. */
public record TableStyle(double padX, double padY, Rgb headerFill, Rgb rule, double ruleWidth, double spaceBefore,
                         double spaceAfter) {
}
