package org.esgstudio.layout.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.esgstudio.layout.Box;
import org.esgstudio.layout.LineBox;
import org.esgstudio.layout.flow.FootnoteSetter;
import org.esgstudio.layout.flow.LineBoxes;
import org.esgstudio.layout.text.Alignment;
import org.esgstudio.layout.text.LaidLine;
import org.esgstudio.layout.text.TextStyle;
import org.esgstudio.model.Footnote;
import org.esgstudio.model.Language;

/** The footnotes at the foot of a page: a short rule, then each note with its ① marker hanging in the margin. */
public final class FootnoteArea implements FootnoteSetter {
    private static final double HANG = 11;
    private final Column column;
    private final Map<String, Footnote> notes;
    private final Map<String, List<LaidLine>> lines = new HashMap<>();

    public FootnoteArea(Column column, Map<String, Footnote> notes) {
        this.column = column;
        this.notes = notes;
    }

    private List<LaidLine> lines(String id) {
        return lines.computeIfAbsent(id, key -> {
            Footnote note = notes.get(key);
            if (note == null) {
                return List.of();
            }
            List<LaidLine> all = new ArrayList<>();
            for (Language language : column.languages()) {
                if (!column.sets(note.text(), language, "footnote " + key)) {
                    continue;
                }
                all.addAll(column.typesetter().lines(column.text().marked(note.text(), Role.FOOTNOTE, language,
                        "footnote " + key), column.width() - HANG, 0, Alignment.JUSTIFY, lineHeight()));
            }
            return all;
        });
    }

    private double lineHeight() {
        return column.styles().lineHeight(Role.FOOTNOTE);
    }

    @Override
    public double height(String footnoteId) {
        return lines(footnoteId).size() * lineHeight() + 1.5;
    }

    @Override
    public double separatorHeight() {
        return 9;
    }

    @Override
    public List<Box> boxes(List<String> footnoteIds) {
        List<Box> boxes = new ArrayList<>();
        boxes.add(LineBox.solid(0, 3, 56, 3, column.styles().colors().muted(), 0.5));
        double y = separatorHeight();
        TextStyle markStyle = column.style(Role.FOOTNOTE).withColor(column.styles().colors().primary());
        for (String id : footnoteIds) {
            String marker;
            try {
                marker = column.text().footnotes().marker(id);
            } catch (IllegalArgumentException unknown) {
                marker = "*";
            }
            List<LaidLine> noteLines = lines(id);
            if (!noteLines.isEmpty()) {
                boxes.addAll(Labels.at(marker, markStyle, 0, LineBoxes.baseline(noteLines.get(0), y, lineHeight())));
            }
            for (LaidLine line : noteLines) {
                LineBoxes.add(line, HANG, y, lineHeight(), boxes);
                y += lineHeight();
            }
            y += 1.5;
        }
        return boxes;
    }
}
