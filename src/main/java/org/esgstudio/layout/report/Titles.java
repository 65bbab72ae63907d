package org.esgstudio.layout.report;

import java.util.ArrayList;
import java.util.List;
import org.esgstudio.layout.Box;
import org.esgstudio.layout.RectBox;
import org.esgstudio.layout.flow.Flowable;
import org.esgstudio.layout.flow.ParagraphFlow;
import org.esgstudio.layout.text.Alignment;
import org.esgstudio.layout.text.LaidLine;
import org.esgstudio.model.Language;
import org.esgstudio.model.LocalizedText;

/** Part titles (关于本报告, 董事长致辞 …) and section titles (1.1 …), kept with what follows. */
public final class Titles {
    private Titles() {
    }

    /** A part's title: large, with an accent bar above and its English beneath in the bilingual edition. */
    public static List<Flowable> part(Column column, LocalizedText title, String where) {
        List<Flowable> flows = new ArrayList<>();
        boolean first = true;
        for (Language language : column.languages()) {
            if (!column.sets(title, language, where)) {
                continue;
            }
            Role role = first ? Role.H1 : Role.H3;
            double lineHeight = column.styles().lineHeight(role);
            List<LaidLine> lines = column.typesetter().lines(column.text().plain(title, role, language, where),
                    column.width(), 0, Alignment.LEFT, lineHeight);
            List<Box> decoration = first
                    ? List.of(RectBox.filled(0, -8, 36, 3.5, column.styles().colors().accent()))
                    : List.of();
            flows.add(new ParagraphFlow(lines, lineHeight, first ? 8 : 0, first && column.languages().size() > 1 ? 2
                    : lineHeight * 0.55, 0, true, decoration));
            first = false;
        }
        return flows;
    }

    /** A section's title with its number in the accent colour and a rule under it. */
    public static List<Flowable> section(Column column, String number, LocalizedText title, String where) {
        List<Flowable> flows = new ArrayList<>();
        boolean first = true;
        for (Language language : column.languages()) {
            if (!column.sets(title, language, where)) {
                continue;
            }
            Role role = first ? Role.H2 : Role.CAPTION;
            double lineHeight = column.styles().lineHeight(role);
            List<org.esgstudio.layout.text.Span> spans = new ArrayList<>();
            if (first && !number.isEmpty()) {
                spans.addAll(column.text().plain(number + " ", role, language));
                spans.set(0, new org.esgstudio.layout.text.Span(spans.get(0).text(),
                        spans.get(0).style().withColor(column.styles().colors().accent())));
            }
            spans.addAll(column.text().plain(title, role, language, where));
            List<LaidLine> lines = column.typesetter().lines(spans, column.width(), 0, Alignment.LEFT, lineHeight);
            boolean last = language == column.languages().get(column.languages().size() - 1)
                    || !column.sets(title, Language.EN, where);
            List<Box> rule = last ? List.of(TextFlows.rule(column, lines.size() * lineHeight + 3)) : List.of();
            flows.add(new ParagraphFlow(lines, lineHeight, first ? lineHeight * 1.1 : 0, last ? lineHeight * 0.6 : 0, 0,
                    true, rule));
            first = false;
        }
        return flows;
    }
}
