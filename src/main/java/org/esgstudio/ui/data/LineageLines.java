package org.esgstudio.ui.data;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.esgstudio.data.Indicator;
import org.esgstudio.data.IndicatorValue;
import org.esgstudio.data.Provenance;
import org.esgstudio.review.Approval;
import org.esgstudio.review.FigureStatus;
import org.esgstudio.review.ReviewedFigure;
import org.esgstudio.review.ValueChange;
import org.esgstudio.review.ValueLineage;
import org.esgstudio.ui.common.I18n;

/** A lineage as the pane's lines read: the value now, its source, who and when, note, approval, earlier values, citations. */
final class LineageLines {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private LineageLines() {
    }

    static String heading(ValueLineage lineage) {
        return I18n.text("lineage.ui.heading", lineage.indicator().name().zh() + " · " + lineage.code(),
                lineage.year());
    }

    static String current(ValueLineage lineage) {
        return I18n.text("lineage.ui.current", value(lineage.indicator(), lineage.current()));
    }

    static String source(ValueLineage lineage) {
        IndicatorValue now = lineage.current();
        return I18n.text("lineage.ui.source", now == null ? "—" : source(now.provenance()));
    }

    static String entered(ValueLineage lineage) {
        IndicatorValue now = lineage.current();
        return now == null ? "" : I18n.text("lineage.ui.entered", now.provenance().author(), when(now.provenance().at()));
    }

    static String note(ValueLineage lineage) {
        IndicatorValue now = lineage.current();
        return I18n.text("lineage.ui.note", now == null || now.note().isBlank() ? "—" : now.note());
    }

    static String approval(ValueLineage lineage) {
        String state = I18n.text("lineage.approval." + lineage.signOff().state().name());
        Approval approval = lineage.signOff().approval();
        return approval == null ? I18n.text("lineage.ui.approval", state)
                : I18n.text("lineage.ui.approvalBy", state, approval.reviewer(), when(approval.at()));
    }

    /** The earlier values, oldest first: value, source, who, when, the revision's summary (and the note, if any). */
    static List<String> earlier(ValueLineage lineage) {
        List<String> lines = new ArrayList<>();
        for (ValueChange change : lineage.earlier()) {
            IndicatorValue was = change.after();
            String line = I18n.text("lineage.ui.earlierLine", value(lineage.indicator(), was),
                    was == null ? "—" : source(was.provenance()),
                    was == null ? change.savedBy() : was.provenance().author(),
                    when(was == null ? change.savedAt() : was.provenance().at()), change.summary());
            lines.add(was == null || was.note().isBlank() ? line
                    : line + I18n.text("lineage.text.earlierNote", was.note()));
        }
        return lines;
    }

    /** Where the report quotes the value: the place, the figure as written and its review status. */
    static List<String> cited(ValueLineage lineage) {
        List<String> lines = new ArrayList<>();
        for (ReviewedFigure figure : lineage.citations()) {
            String written = figure.text().startsWith("{{") ? I18n.text("lineage.cited.reference") : figure.text();
            lines.add(I18n.text("lineage.ui.citedLine", figure.location(), written, status(figure.status())));
        }
        return lines;
    }

    private static String value(Indicator indicator, IndicatorValue value) {
        if (value == null) {
            return I18n.text("lineage.value.notReported");
        }
        String shown = ValueText.shown(indicator, value);
        return value.isReported() ? shown + " " + indicator.unit() : shown;
    }

    private static String source(Provenance provenance) {
        return provenance.isTyped() ? I18n.text("lineage.source.typed") : ValueText.place(provenance);
    }

    private static String when(Instant at) {
        return WHEN.format(at.atZone(ZoneId.systemDefault()));
    }

    private static String status(FigureStatus status) {
        return switch (status) {
            case IN_ERROR -> I18n.text("signoff.status.inError");
            case APPROVED -> I18n.text("signoff.status.approved");
            case VERIFIED -> I18n.text("signoff.status.verified");
            case UNVERIFIED -> I18n.text("signoff.status.unverified");
        };
    }
}
