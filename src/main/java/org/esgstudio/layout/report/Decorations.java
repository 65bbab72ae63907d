package org.esgstudio.layout.report;

import java.util.ArrayList;
import java.util.List;
import org.esgstudio.layout.Box;
import org.esgstudio.layout.LineBox;
import org.esgstudio.layout.RectBox;
import org.esgstudio.layout.flow.PageDecorator;
import org.esgstudio.layout.text.TextStyle;
import org.esgstudio.layout.theme.PageGeometry;

/** Running header (report · chapter) on the outer side above a rule, page number at the outer foot; mirrored. */
public final class Decorations implements PageDecorator {
    private final Styles styles;
    private final String reportTitle;
    private final org.esgstudio.model.Language language;

    public Decorations(Styles styles, String reportTitle, org.esgstudio.model.Language language) {
        this.styles = styles;
        this.reportTitle = reportTitle;
        this.language = language;
    }

    @Override
    public List<Box> decorate(int pageNumber, String runningHead) {
        PageGeometry page = styles.theme().page();
        TextStyle style = styles.style(Role.HEADER, language);
        List<Box> boxes = new ArrayList<>();
        boolean rightHand = pageNumber % 2 == 1;
        double left = page.left(pageNumber);
        double right = left + page.contentWidth();
        double headerBaseline = page.top() - 12;
        String head = runningHead.isEmpty() ? reportTitle : reportTitle + "  ·  " + runningHead;
        head = Labels.fit(head, style, page.contentWidth() * 0.8);
        boxes.addAll(rightHand ? Labels.right(head, style, right, headerBaseline) : Labels.at(head, style, left, headerBaseline));
        boxes.add(LineBox.solid(left, page.top() - 7, right, page.top() - 7, styles.colors().rule(), 0.5));
        double footerY = page.height() - page.bottom() + 22;
        TextStyle number = styles.style(Role.BODY_BOLD, language).withSize(9).withColor(styles.colors().primary());
        String label = String.valueOf(pageNumber);
        if (rightHand) {
            boxes.add(RectBox.filled(right - 3, footerY - 9, 3, 11, styles.colors().accent()));
            boxes.addAll(Labels.right(label, number, right - 7, footerY));
        } else {
            boxes.add(RectBox.filled(left, footerY - 9, 3, 11, styles.colors().accent()));
            boxes.addAll(Labels.at(label, number, left + 7, footerY));
        }
        return boxes;
    }
}
