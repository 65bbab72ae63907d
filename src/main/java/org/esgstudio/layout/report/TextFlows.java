package org.esgstudio.layout.report;

import java.util.ArrayList;
import java.util.List;
import org.esgstudio.layout.Box;
import org.esgstudio.layout.LineBox;
import org.esgstudio.layout.PathBox;
import org.esgstudio.layout.RectBox;
import org.esgstudio.layout.flow.Flowable;
import org.esgstudio.layout.flow.ParagraphFlow;
import org.esgstudio.layout.text.Alignment;
import org.esgstudio.layout.text.LaidLine;
import org.esgstudio.layout.text.Span;
import org.esgstudio.layout.text.TextStyle;
import org.esgstudio.model.BulletList;
import org.esgstudio.model.Heading;
import org.esgstudio.model.Language;
import org.esgstudio.model.ListStyle;
import org.esgstudio.model.LocalizedText;

/** Paragraphs, sub-heads and lists as flowables, in each language of the edition. */
public final class TextFlows {
    private TextFlows() {
    }

    /** A body paragraph: Chinese indented two ems and justified; English (or the bilingual English) unindented. */
    public static List<Flowable> paragraph(Column column, LocalizedText text, Role role, String where) {
        List<Flowable> flows = new ArrayList<>();
        for (Language language : column.languages()) {
            if (!column.sets(text, language, where)) {
                continue;
            }
            Role actual = column.secondaryRole(role, language);
            List<Span> spans = column.text().marked(text, actual, language, where);
            double size = column.styles().style(actual, language).size();
            double indent = language == Language.ZH ? 2 * size : 0;
            double lineHeight = column.styles().lineHeight(actual);
            List<LaidLine> lines = column.typesetter().lines(spans, column.width(), indent, Alignment.JUSTIFY, lineHeight);
            if (!lines.isEmpty()) {
                flows.add(new ParagraphFlow(lines, lineHeight, 0, lineHeight * 0.45));
            }
        }
        return flows;
    }

    /** Lines of plain (unmarked) text in one style, aligned as asked, for labels, captions and titles. */
    public static List<LaidLine> lines(Column column, List<Span> spans, double width, Alignment alignment, Role role) {
        return column.typesetter().lines(spans, width, 0, alignment, column.styles().lineHeight(role));
    }

    /** A sub-head: level 1 with a short bar on its left, level 2 prefixed with ◎; kept with what follows. */
    public static List<Flowable> heading(Column column, Heading heading, String where) {
        List<Flowable> flows = new ArrayList<>();
        Role role = heading.level() == 1 ? Role.H3 : Role.H4;
        boolean first = true;
        for (Language language : column.languages()) {
            if (!column.sets(heading.text(), language, where)) {
                continue;
            }
            String text = column.text().pick(heading.text(), language, where);
            if (heading.level() == 2) {
                text = "◎ " + text;
            }
            Role actual = first ? role : Role.CAPTION;
            List<Span> spans = column.text().plain(text, actual, language);
            double lineHeight = column.styles().lineHeight(actual);
            double indent = heading.level() == 1 ? 9 : 0;
            List<LaidLine> lines = column.typesetter().lines(spans, column.width() - indent, 0, Alignment.LEFT, lineHeight);
            List<Box> decoration = new ArrayList<>();
            if (heading.level() == 1 && first) {
                decoration.add(RectBox.filled(0, lineHeight * 0.22, 3.2, lineHeight * 0.56, column.styles().colors().primary()));
            }
            double before = first ? lineHeight * 0.7 : 0;
            double after = first && column.languages().size() > 1 ? 0 : lineHeight * 0.25;
            flows.add(new ParagraphFlow(lines, lineHeight, before, after, indent, true, decoration));
            first = false;
        }
        return flows;
    }

    /** A list: bullets, numbers or step circles hang in the margin of each item's first line. */
    public static List<Flowable> list(Column column, BulletList list, String where) {
        List<Flowable> flows = new ArrayList<>();
        for (Language language : column.languages()) {
            Role role = column.secondaryRole(Role.BODY, language);
            TextStyle style = column.styles().style(role, language);
            double lineHeight = column.styles().lineHeight(role);
            double hang = list.style() == ListStyle.BULLET ? 1.3 * style.size() : 1.9 * style.size();
            int number = 0;
            for (LocalizedText item : list.items()) {
                if (!column.sets(item, language, where)) {
                    continue;
                }
                number++;
                List<Span> spans = column.text().marked(item, role, language, where);
                List<LaidLine> lines = column.typesetter().lines(spans, column.width() - hang, 0, Alignment.JUSTIFY,
                        lineHeight);
                flows.add(new ParagraphFlow(lines, lineHeight, 0, lineHeight * 0.2, hang, false,
                        marker(list.style(), number, style, lineHeight, column)));
            }
            if (!flows.isEmpty() && flows.get(flows.size() - 1) instanceof ParagraphFlow) {
                flows.add(new org.esgstudio.layout.flow.SpaceFlow(lineHeight * 0.3));
            }
        }
        return flows;
    }

    private static List<Box> marker(ListStyle kind, int number, TextStyle style, double lineHeight, Column column) {
        double middle = lineHeight / 2;
        TextStyle markerStyle = column.styles().style(Role.BODY_BOLD, org.esgstudio.model.Language.ZH)
                .withSize(style.size() * 0.85).withColor(column.styles().colors().primary());
        return switch (kind) {
            case BULLET -> List.of(PathBox.circle(style.size() * 0.35, middle, style.size() * 0.16,
                    column.styles().colors().primary(), null, 0));
            case NUMBERED -> new ArrayList<>(Labels.at(number + ".", markerStyle, 0,
                    Labels.middleBaseline(markerStyle, middle)));
            case STEPS -> {
                List<Box> step = new ArrayList<>();
                step.add(PathBox.circle(style.size() * 0.65, middle, style.size() * 0.62,
                        column.styles().colors().primary(), null, 0));
                step.addAll(Labels.centred(String.valueOf(number), markerStyle.withColor(org.esgstudio.layout.Rgb.WHITE),
                        style.size() * 0.65, Labels.middleBaseline(markerStyle, middle)));
                yield step;
            }
        };
    }

    /** A thin rule across the column. */
    public static Box rule(Column column, double y) {
        return LineBox.solid(0, y, column.width(), y, column.styles().colors().rule(), 0.6);
    }
}
