package org.esgstudio.ui.data;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.esgstudio.data.FigureFormat;
import org.esgstudio.data.Indicator;
import org.esgstudio.data.IndicatorValue;
import org.esgstudio.data.Provenance;
import org.esgstudio.ui.common.I18n;

/** How a stored value reads in a grid: printed with the indicator's decimals, edited exactly, explained in a tooltip. */
public final class ValueText {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ValueText() {
    }

    /** As the report prints it (10,745 / 55.80 / 不适用), or empty when not reported. */
    public static String shown(Indicator indicator, IndicatorValue value) {
        if (value == null) {
            return "";
        }
        if (!value.isReported()) {
            return I18n.text("ui.data.value.notApplicable");
        }
        return FigureFormat.format(value.amount(), indicator.decimals());
    }

    /** The exact stored value, so that editing and confirming a rounded display never changes it. */
    public static String editable(IndicatorValue value) {
        if (value == null) {
            return "";
        }
        return value.isReported() ? value.amount().toPlainString() : "-";
    }

    /** Where the value came from, its note and the validation problems about it, one per line. */
    public static String tooltip(IndicatorValue value, List<String> problems) {
        List<String> lines = new ArrayList<>();
        if (value != null) {
            lines.add(origin(value.provenance()));
            if (!value.note().isBlank()) {
                lines.add(I18n.text("ui.data.tooltip.note", value.note()));
            }
        } else {
            lines.add(I18n.text("ui.data.tooltip.notReported"));
        }
        problems.forEach(problem -> lines.add("⚠ " + problem));
        return String.join("\n", lines);
    }

    /**
     * "data.csv!J41", "kpi.xlsx › 指标数据!H3": the file's name only, since the folder it was imported from says
     * nothing useful, and the workbook's sheet set apart from the file as the import's problems show it.
     */
    static String place(Provenance provenance) {
        String file = provenance.file();
        String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        String cell = provenance.cell();
        if (cell == null) {
            return name;
        }
        return cell.contains("!") ? name + " › " + cell : name + "!" + cell;
    }

    static String origin(Provenance provenance) {
        String when = WHEN.format(provenance.at().atZone(ZoneId.systemDefault()));
        if (provenance.isTyped()) {
            return I18n.text("ui.data.tooltip.typed", provenance.author(), when);
        }
        return I18n.text("ui.data.tooltip.file", place(provenance), provenance.author(), when);
    }
}
