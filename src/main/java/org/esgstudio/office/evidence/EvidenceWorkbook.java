package org.esgstudio.office.evidence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.esgstudio.data.Indicator;
import org.esgstudio.data.IndicatorValue;
import org.esgstudio.i18n.Messages;
import org.esgstudio.review.Approval;
import org.esgstudio.review.FigureStatus;
import org.esgstudio.review.ReviewedFigure;
import org.esgstudio.review.ValueChange;
import org.esgstudio.review.ValueLineage;
import org.esgstudio.review.ValueSignOff;

/**
 * The evidence list for the assurer as a workbook: the sheet 证据清单, one row per value with its source, author,
 * time, note, earlier values, sign-off and where the report cites it; and the sheet 变更记录, every recorded change of
 * those values (from → to, who, when, from which source, in which revision).
 */
final class EvidenceWorkbook {
    static final List<String> VALUE_COLUMNS = List.of("code", "name", "year", "value", "unit", "status", "file",
            "cell", "enteredBy", "enteredAt", "note", "earlierCount", "previous", "approval", "approvedBy",
            "approvedAt", "cited");
    static final List<String> CHANGE_COLUMNS = List.of("code", "name", "year", "revision", "savedAt", "savedBy",
            "summary", "change", "from", "to", "unit", "file", "cell", "enteredBy", "enteredAt", "note");
    private final ZoneId zone;

    private EvidenceWorkbook(ZoneId zone) {
        this.zone = zone;
    }

    /** What the workbook holds: its rows on each sheet. */
    record Contents(XSSFWorkbook workbook, int values, int changes) {
    }

    static Contents of(List<ValueLineage> lineages, ZoneId zone, String title) {
        return new EvidenceWorkbook(zone).build(lineages, title);
    }

    private Contents build(List<ValueLineage> lineages, String title) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        workbook.getProperties().getCoreProperties().setTitle(title);
        EvidenceStyles styles = new EvidenceStyles(workbook);
        EvidenceSheet values = new EvidenceSheet(workbook, Messages.get("lineage.evidence.sheet"),
                headers(VALUE_COLUMNS), styles);
        EvidenceSheet changes = new EvidenceSheet(workbook, Messages.get("lineage.evidence.changesSheet"),
                headers(CHANGE_COLUMNS), styles);
        for (ValueLineage lineage : lineages) {
            values.add(valueRow(lineage));
            for (ValueChange change : lineage.changes()) {
                changes.add(changeRow(lineage, change));
            }
        }
        values.finish(2);
        changes.finish(2);
        return new Contents(workbook, values.size(), changes.size());
    }

    private static List<String> headers(List<String> columns) {
        return columns.stream().map(column -> Messages.get("lineage.evidence.column." + column)).toList();
    }

    private List<Object> valueRow(ValueLineage lineage) {
        Indicator indicator = lineage.indicator();
        IndicatorValue value = lineage.current();
        ValueSignOff signOff = lineage.signOff();
        Approval approval = signOff.approval();
        Object previous = lineage.previous().map(change -> shown(indicator, change.after())).orElse(null);
        return cells(indicator.code(), indicator.name().zh(), lineage.year(), shown(indicator, value),
                indicator.unit(), status(value), file(value), cell(value), value.provenance().author(),
                date(value.provenance().at()), value.note(), lineage.earlier().size(), previous,
                Messages.get("lineage.approval." + signOff.state().name()),
                approval == null ? null : approval.reviewer(), approval == null ? null : date(approval.at()),
                cited(lineage.citations()));
    }

    private List<Object> changeRow(ValueLineage lineage, ValueChange change) {
        Indicator indicator = lineage.indicator();
        IndicatorValue after = change.after();
        String kind = change.isFirstEntry() ? "insert" : change.isRemoval() ? "delete" : "update";
        return cells(indicator.code(), indicator.name().zh(), lineage.year(), change.revision(),
                date(change.savedAt()), change.savedBy(), change.summary(), Messages.get("lineage.change." + kind),
                change.isFirstEntry() ? null : shown(indicator, change.before()), shown(indicator, after),
                indicator.unit(), after == null ? null : file(after), after == null ? null : cell(after),
                after == null ? null : after.provenance().author(),
                after == null ? null : date(after.provenance().at()), after == null ? null : after.note());
    }

    private static List<Object> cells(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    /** A figure with the indicator's decimals, 不适用, or 未填报 for no value. */
    static Object shown(Indicator indicator, IndicatorValue value) {
        if (value == null) {
            return Messages.get("lineage.value.notReported");
        }
        if (!value.isReported()) {
            return Messages.get("lineage.value.notApplicable");
        }
        return new Amount(value.amount(), indicator.decimals());
    }

    private static String status(IndicatorValue value) {
        return Messages.get(value.isReported() ? "lineage.status.reported" : "lineage.status.notApplicable");
    }

    private static String file(IndicatorValue value) {
        return value.provenance().isTyped() ? Messages.get("lineage.source.typed") : value.provenance().file();
    }

    private static String cell(IndicatorValue value) {
        return value.provenance().cell();
    }

    private LocalDateTime date(Instant at) {
        return LocalDateTime.ofInstant(at, zone).withNano(0);
    }

    /** "环境 › 水资源 › 第 6 段（ch2-s4-p6）：98,652立方米，已核实，待批准", one per figure, separated by "；". */
    static String cited(List<ReviewedFigure> citations) {
        List<String> places = new ArrayList<>();
        for (ReviewedFigure figure : citations) {
            places.add(Messages.get("lineage.cited", figure.location(), figure.blockId(), written(figure),
                    status(figure.status())));
        }
        return String.join(Messages.get("lineage.cited.separator"), places);
    }

    /** The figure as written; a figure reference ({{CODE@YEAR}}) prints the stored value itself. */
    static String written(ReviewedFigure figure) {
        return figure.text().startsWith("{{") ? Messages.get("lineage.cited.reference") : figure.text();
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
