package org.esgstudio.cli;

import java.io.PrintWriter;
import java.util.List;
import org.esgstudio.data.FigureFormat;
import org.esgstudio.data.Indicator;
import org.esgstudio.data.IndicatorValue;
import org.esgstudio.data.Provenance;
import org.esgstudio.i18n.Messages;
import org.esgstudio.review.Approval;
import org.esgstudio.review.FigureStatus;
import org.esgstudio.review.ReviewedFigure;
import org.esgstudio.review.ValueChange;
import org.esgstudio.review.ValueLineage;

/** {@code lineage}'s report for people: the value now, its earlier values oldest first, its sign-off and citations. */
final class LineageText {
    /** Lines under a heading (a bundle cannot start a text with spaces). */
    private static final String INDENT = "  ";

    private LineageText() {
    }

    static void print(ValueLineage lineage, PrintWriter out) {
        Indicator indicator = lineage.indicator();
        IndicatorValue now = lineage.current();
        out.println(Messages.get("lineage.text.heading", lineage.key(), indicator.name().zh(), indicator.unit()));
        if (now == null) {
            out.println(Messages.get("lineage.text.notReportedNow"));
        } else {
            out.println(Messages.get("lineage.text.current", shown(indicator, now)));
            out.println(Messages.get("lineage.text.source", source(now.provenance())));
            out.println(Messages.get("lineage.text.entered", now.provenance().author(),
                    now.provenance().at().toString()));
            out.println(Messages.get("lineage.text.note", now.note().isBlank() ? "—" : now.note()));
        }
        Approval approval = lineage.signOff().approval();
        String state = Messages.get("lineage.approval." + lineage.signOff().state().name());
        out.println(approval == null ? Messages.get("lineage.text.approval", state)
                : Messages.get("lineage.text.approvalBy", state, approval.reviewer(), approval.at().toString()));
        List<ValueChange> earlier = lineage.earlier();
        out.println(earlier.isEmpty() ? Messages.get("lineage.text.noEarlier")
                : Messages.get("lineage.text.earlier", earlier.size()));
        int number = 1;
        for (ValueChange change : earlier) {
            IndicatorValue was = change.after();
            String source = was == null ? "—" : source(was.provenance());
            String who = was == null ? change.savedBy() : was.provenance().author();
            String when = (was == null ? change.savedAt() : was.provenance().at()).toString();
            String note = was == null || was.note().isBlank() ? ""
                    : Messages.get("lineage.text.earlierNote", was.note());
            out.println(INDENT + Messages.get("lineage.text.earlierLine", number++, shown(indicator, was), source, who,
                    when, change.revision(), change.summary(), note));
        }
        List<ReviewedFigure> citations = lineage.citations();
        out.println(citations.isEmpty() ? Messages.get("lineage.text.notCited")
                : Messages.get("lineage.text.cited", citations.size()));
        for (ReviewedFigure figure : citations) {
            String written = figure.text().startsWith("{{") ? Messages.get("lineage.cited.reference") : figure.text();
            out.println(INDENT + Messages.get("lineage.text.citedLine", figure.location(), figure.blockId(), written,
                    status(figure.status())));
        }
    }

    /** "98,652 立方米", "不适用", "未填报". */
    static String shown(Indicator indicator, IndicatorValue value) {
        if (value == null) {
            return Messages.get("lineage.value.notReported");
        }
        if (!value.isReported()) {
            return Messages.get("lineage.value.notApplicable");
        }
        return FigureFormat.format(value.amount(), indicator.decimals()) + " " + indicator.unit();
    }

    static String source(Provenance provenance) {
        return provenance.isTyped() ? Messages.get("lineage.source.typed") : provenance.place();
    }

    static String status(FigureStatus status) {
        return switch (status) {
            case IN_ERROR -> Messages.get("signoff.status.inError");
            case APPROVED -> Messages.get("signoff.status.approved");
            case VERIFIED -> Messages.get("signoff.status.verified");
            case UNVERIFIED -> Messages.get("signoff.status.unverified");
        };
    }
}
