package org.esgstudio.ui.versions;

import java.util.ArrayList;
import java.util.List;
import org.esgstudio.review.compare.Comparison;
import org.esgstudio.review.compare.FigureChange;
import org.esgstudio.review.compare.ValueChange;
import org.esgstudio.ui.common.I18n;

/** One row of the changed-figures table: where (a value of the data store, or a place in the text), before, after. */
record FigureRow(String where, String before, String after, String change, String blockId) {

    /** The data store's changed values first, then the figures written in the text, as the change report lists them. */
    static List<FigureRow> of(Comparison comparison) {
        List<FigureRow> rows = new ArrayList<>();
        for (ValueChange value : comparison.values()) {
            rows.add(new FigureRow(I18n.text("version.ui.valueWhere", value.indicator(), value.code(), value.year()),
                    withUnit(value.before(), value.unitBefore()), withUnit(value.after(), value.unitAfter()),
                    I18n.text("version.change." + value.change()), null));
        }
        for (FigureChange figure : comparison.figures()) {
            rows.add(new FigureRow(figure.location(), figure.before(), figure.after(),
                    I18n.text("version.change." + figure.change()), figure.blockId()));
        }
        return rows;
    }

    private static String withUnit(String value, String unit) {
        return value.isEmpty() || unit.isEmpty() ? value : value + " " + unit;
    }
}
