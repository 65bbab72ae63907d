package org.esgstudio.ui.editor.forms;

import java.math.BigDecimal;
import java.util.Optional;
import org.esgstudio.data.FigureFormat;
import org.esgstudio.data.Indicator;
import org.esgstudio.data.IndicatorValue;
import org.esgstudio.data.Project;
import org.esgstudio.figures.FigureComparison;
import org.esgstudio.figures.FigureFinder;
import org.esgstudio.figures.FigureMention;
import org.esgstudio.model.Figure;
import org.esgstudio.model.Qualifier;

/**
 * What the store says about a tile or callout bound to an indicator, and whether the typed figure agrees with it
 * (read and compared as the validator does: in the tile's unit, at its printed precision, honouring its qualifier).
 *
 * @param stored the store's value as the tile should print it ("168.35亿元"), or null when there is none
 */
record TileCheck(Verdict verdict, String stored) {
    /** The outcome, from "nothing to check" to "agrees". */
    enum Verdict {
        UNBOUND, UNKNOWN_INDICATOR, NO_VALUE, NOT_READ, AGREES, DISAGREES
    }

    private static final FigureFinder FINDER = new FigureFinder();

    static TileCheck of(Figure tile, Project project) {
        if (!tile.isBound()) {
            return new TileCheck(Verdict.UNBOUND, null);
        }
        Optional<Indicator> indicator = project.data().indicator(tile.indicator());
        if (indicator.isEmpty()) {
            return new TileCheck(Verdict.UNKNOWN_INDICATOR, null);
        }
        Optional<IndicatorValue> value = project.data().value(tile.indicator(), year(tile, project));
        if (value.isEmpty() || !value.get().isReported()) {
            return new TileCheck(Verdict.NO_VALUE, null);
        }
        String plain = FigureFormat.format(value.get().amount(), indicator.get().decimals()) + indicator.get().unit();
        Optional<FigureMention> mention = FINDER.figures(written(tile)).stream().findFirst();
        if (mention.isEmpty()) {
            return new TileCheck(Verdict.NOT_READ, plain);
        }
        Optional<BigDecimal> stored = FigureComparison.storedInWrittenUnit(mention.get(), indicator.get(),
                value.get());
        if (stored.isEmpty()) {
            return new TileCheck(Verdict.NOT_READ, plain);
        }
        boolean agrees = FigureComparison.agrees(mention.get(), stored.get());
        return new TileCheck(agrees ? Verdict.AGREES : Verdict.DISAGREES,
                FigureComparison.expected(mention.get(), indicator.get(), stored.get()));
    }

    /** The year a tile is read for: its own, else the report's. */
    static int year(Figure tile, Project project) {
        return tile.year() == null ? project.report().settings().year() : tile.year();
    }

    /** The figure as printed: the qualifier's word (unless the value carries it), the value and the unit. */
    static String written(Figure tile) {
        String value = tile.value().zh().strip();
        String prefix = switch (tile.qualifier()) {
            case OVER -> value.startsWith("超") ? "" : "超";
            case NEAR -> value.startsWith("近") ? "" : "近";
            case APPROX -> value.startsWith("约") ? "" : "约";
            default -> "";
        };
        boolean marked = value.endsWith("余") || value.endsWith("多") || value.endsWith("+");
        String suffix = tile.qualifier() == Qualifier.PLUS && !marked ? "余" : "";
        return prefix + value + suffix + tile.unit().zh();
    }
}
