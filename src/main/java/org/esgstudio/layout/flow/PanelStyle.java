package org.esgstudio.layout.flow;

import java.util.List;
import org.esgstudio.layout.Box;
import org.esgstudio.layout.Rgb;

/**
 * How a panel (a case-study box) looks: padding, fill and frame colour, a header drawn on its first part (the 案例
 * label and title, {@code headerHeight} tall, in local coordinates), a "continued" header for later parts, and the
 * height under which the whole panel is kept on one page.
 */
public record PanelStyle(double padding, Rgb fill, Rgb frame, List<Box> header, double headerHeight,
                         List<Box> continuedHeader, double continuedHeaderHeight, double keepTogetherBelow,
                         double spaceBefore, double spaceAfter) {
    public PanelStyle {
        header = List.copyOf(header);
        continuedHeader = List.copyOf(continuedHeader);
    }
}
