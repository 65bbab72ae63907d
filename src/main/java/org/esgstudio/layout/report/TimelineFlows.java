package org.esgstudio.layout.report;

import java.util.ArrayList;
import java.util.List;
import org.esgstudio.layout.Box;
import org.esgstudio.layout.LineBox;
import org.esgstudio.layout.PathBox;
import org.esgstudio.layout.Rgb;
import org.esgstudio.layout.flow.Flowable;
import org.esgstudio.layout.flow.ParagraphFlow;
import org.esgstudio.layout.text.Alignment;
import org.esgstudio.layout.text.LaidLine;
import org.esgstudio.layout.text.TextStyle;
import org.esgstudio.model.Language;
import org.esgstudio.model.Timeline;
import org.esgstudio.model.TimelineEntry;

/** 大事记: a spine with a month marker for each month, entries beside it; splits between entries. */
public final class TimelineFlows {
    private static final double GUTTER = 72;

    private TimelineFlows() {
    }

    public static List<Flowable> timeline(Column column, Timeline timeline, String where) {
        List<Flowable> flows = new ArrayList<>();
        int lastMonth = 0;
        Rgb primary = column.styles().colors().primary();
        for (TimelineEntry entry : timeline.entries()) {
            boolean newMonth = entry.month() != lastMonth;
            lastMonth = entry.month();
            for (Language language : column.languages()) {
                if (!column.sets(entry.text(), language, where)) {
                    continue;
                }
                Role role = column.secondaryRole(Role.BODY, language);
                double lineHeight = column.styles().lineHeight(role);
                List<LaidLine> lines = column.typesetter().lines(column.text().marked(entry.text(), role, language, where),
                        column.width() - GUTTER, 0, Alignment.JUSTIFY, lineHeight);
                List<Box> marks = new ArrayList<>();
                double spine = 40;
                double height = lines.size() * lineHeight + lineHeight * 0.5;
                marks.add(LineBox.solid(spine, 0, spine, height, column.styles().colors().rule(), 1.2));
                if (newMonth && language == column.languages().get(0)) {
                    TextStyle monthStyle = column.styles().style(Role.H3, column.primary()).withColor(primary);
                    String month = column.primary() == Language.EN ? monthName(entry.month()) : entry.month() + "月";
                    marks.addAll(Labels.right(month, monthStyle, spine - 9, Labels.middleBaseline(monthStyle, lineHeight / 2)));
                    marks.add(PathBox.circle(spine, lineHeight / 2, 4.2, primary, Rgb.WHITE, 1.2));
                } else if (language == column.languages().get(0)) {
                    marks.add(PathBox.circle(spine, lineHeight / 2, 2.4, column.styles().colors().secondary(), null, 0));
                }
                if (entry.day() != null && language == column.languages().get(0)) {
                    TextStyle dayStyle = column.style(Role.CAPTION);
                    marks.addAll(Labels.at(entry.month() + "." + entry.day(), dayStyle, spine + 8,
                            Labels.middleBaseline(dayStyle, lineHeight / 2)));
                }
                flows.add(new ParagraphFlow(lines, lineHeight, newMonth ? lineHeight * 0.3 : 0, lineHeight * 0.5,
                        GUTTER, false, marks));
                newMonth = false;
            }
        }
        return flows;
    }

    private static String monthName(int month) {
        return java.time.Month.of(month).getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH);
    }
}
