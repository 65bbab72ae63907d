package org.esgstudio.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.esgstudio.data.DataSet;
import org.esgstudio.data.Indicator;
import org.esgstudio.data.IndicatorValue;
import org.esgstudio.i18n.Messages;

/** The marks of a text's figures: the same verdicts as the mismatch, growth and unverified checks, per figure. */
public final class FigureMarks {
    private FigureMarks() {
    }

    public static List<FigureMark> of(List<Quote> quotes, DataSet data) {
        List<FigureMark> marks = new ArrayList<>();
        for (Quote quote : quotes) {
            if (quote.mention() != null) {
                marks.add(mark(quote, data));
            }
        }
        return marks;
    }

    private static FigureMark mark(Quote quote, DataSet data) {
        FigureMention m = quote.mention();
        if (quote.match() == MatchKind.NONE) {
            return new FigureMark(m.start(), m.end(), MarkStatus.UNVERIFIED, m.raw(), null, null, quote.year(), null,
                    null, Messages.get("check.unverified", quote.text()));
        }
        if (quote.match() == MatchKind.AMBIGUOUS) {
            return new FigureMark(m.start(), m.end(), MarkStatus.AMBIGUOUS, m.raw(), null, null, quote.year(), null,
                    null, Messages.get("check.ambiguous", quote.text(), String.join("、", quote.candidates())));
        }
        Indicator indicator = data.indicator(quote.indicator()).orElse(null);
        IndicatorValue value = data.value(quote.indicator(), quote.year()).orElse(null);
        String name = indicator == null ? quote.indicator() : indicator.name().zh();
        if (indicator == null || value == null || !value.isReported()) {
            return new FigureMark(m.start(), m.end(), MarkStatus.UNVERIFIED, m.raw(), quote.indicator(), name,
                    quote.year(), null, null, Messages.get("mark.noValue", name, quote.year()));
        }
        Optional<Finding> wrong;
        if (Quotes.isChange(quote)) {
            Optional<GrowthCheck.Evaluation> evaluation = GrowthCheck.evaluate(quote, data);
            if (evaluation.isEmpty()) {
                return new FigureMark(m.start(), m.end(), MarkStatus.UNVERIFIED, m.raw(), quote.indicator(), name,
                        quote.year(), null, null, Messages.get("mark.noValue", name, quote.year() - 1));
            }
            wrong = evaluation.get().finding();
        } else {
            wrong = MismatchCheck.finding(quote, data);
        }
        String stored = stored(quote, indicator, value);
        return wrong.map(finding -> new FigureMark(m.start(), m.end(), MarkStatus.DISAGREES, m.raw(),
                        quote.indicator(), name, quote.year(), finding.expected(), value.provenance(), finding.message()))
                .orElseGet(() -> new FigureMark(m.start(), m.end(), MarkStatus.AGREES, m.raw(), quote.indicator(),
                        name, quote.year(), stored, value.provenance(), null));
    }

    private static String stored(Quote quote, Indicator indicator, IndicatorValue value) {
        Optional<BigDecimal> inWrittenUnit = FigureComparison.storedInWrittenUnit(quote.mention(), indicator, value);
        return inWrittenUnit.map(v -> FigureComparison.expected(quote.mention(), indicator, v))
                .orElse(value.amount().toPlainString() + indicator.unit());
    }
}
