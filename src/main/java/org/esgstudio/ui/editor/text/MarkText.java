package org.esgstudio.ui.editor.text;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.esgstudio.data.DataSet;
import org.esgstudio.data.FigureFormat;
import org.esgstudio.data.Indicator;
import org.esgstudio.data.Provenance;
import org.esgstudio.figures.FigureMark;
import org.esgstudio.figures.MarkStatus;
import org.esgstudio.model.Footnote;
import org.esgstudio.model.Inline;
import org.esgstudio.ui.common.I18n;

/** What a hover over a marked figure or a chip says, as lines of text. */
final class MarkText {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private MarkText() {
    }

    /** A marked figure: its verdict, the indicator and year, the store's value and where it came from, and why. */
    static String of(FigureMark mark) {
        List<String> lines = new ArrayList<>();
        lines.add(I18n.text(verdictKey(mark.status())));
        if (mark.indicator() != null) {
            String name = mark.indicatorName() == null ? mark.indicator() : mark.indicatorName();
            lines.add(I18n.text("ui.prose.mark.indicator", name, mark.indicator()));
        }
        if (mark.year() != null) {
            lines.add(I18n.text("ui.prose.mark.year", mark.year()));
        }
        if (mark.stored() != null) {
            lines.add(I18n.text("ui.prose.mark.stored", mark.stored()));
        }
        if (mark.source() != null) {
            lines.add(source(mark.source()));
        }
        if (mark.status() != MarkStatus.AGREES && mark.message() != null && !mark.message().isBlank()) {
            lines.add(mark.message());
        }
        return String.join("\n", lines);
    }

    static String source(Provenance source) {
        if (source.isTyped()) {
            return I18n.text("ui.prose.mark.typed", source.author(), WHEN.format(source.at().atZone(ZoneId.systemDefault())));
        }
        return I18n.text("ui.prose.mark.source", source.place());
    }

    private static String verdictKey(MarkStatus status) {
        return switch (status) {
            case AGREES -> "ui.prose.mark.agrees";
            case DISAGREES -> "ui.prose.mark.disagrees";
            case AMBIGUOUS -> "ui.prose.mark.ambiguous";
            case UNVERIFIED -> "ui.prose.mark.unverified";
        };
    }

    /** A figure reference chip: the indicator's name and code, the year and the value it prints. */
    static String ofReference(Inline.FigureRef reference, DataSet data, int reportYear, boolean english) {
        int year = reference.year() == null ? reportYear : reference.year();
        Indicator indicator = data.indicator(reference.indicator()).orElse(null);
        if (indicator == null) {
            return I18n.text("ui.prose.chip.unknown", reference.indicator());
        }
        String value = FigureFormat.of(data, reference.indicator(), year, english);
        List<String> lines = new ArrayList<>();
        lines.add(I18n.text("ui.prose.mark.indicator", english && indicator.name().hasEnglish()
                ? indicator.name().en() : indicator.name().zh(), indicator.code()));
        lines.add(I18n.text("ui.prose.mark.year", year));
        lines.add(value == null ? I18n.text("ui.prose.chip.noValue")
                : I18n.text("ui.prose.mark.stored", value + " " + indicator.unit()));
        data.value(reference.indicator(), year).ifPresent(v -> lines.add(source(v.provenance())));
        return String.join("\n", lines);
    }

    /** A footnote reference chip: the note's text (Chinese, then English). */
    static String ofNote(String footnoteId, List<Footnote> notes, boolean english) {
        for (Footnote note : notes) {
            if (note.id().equals(footnoteId)) {
                String text = english && note.text().hasEnglish() ? note.text().en() : note.text().zh();
                return I18n.text("ui.prose.note.hover", text);
            }
        }
        return I18n.text("ui.prose.note.missing", footnoteId);
    }
}
