package org.esgstudio.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.esgstudio.data.DataSet;
import org.esgstudio.data.Indicator;
import org.esgstudio.data.IndicatorValue;

/** A figure tied to an indicator (bound or inferred) must agree with the store's value for its year. */
public final class MismatchCheck implements Check {
    @Override
    public List<Finding> check(ValidationInput input) {
        List<Finding> findings = new ArrayList<>();
        for (Quote quote : input.quotes()) {
            finding(quote, input.data()).ifPresent(findings::add);
        }
        return findings;
    }

    /** The mismatch of one level figure, if it disagrees with the store. */
    static Optional<Finding> finding(Quote quote, DataSet data) {
        if (!Quotes.isLevel(quote)) {
            return Optional.empty();
        }
        Indicator indicator = data.indicator(quote.indicator()).orElse(null);
        IndicatorValue value = data.value(quote.indicator(), quote.year()).orElse(null);
        if (indicator == null || value == null) {
            return Optional.empty();
        }
        Optional<BigDecimal> stored = FigureComparison.storedInWrittenUnit(quote.mention(), indicator, value);
        if (stored.isEmpty() || FigureComparison.agrees(quote.mention(), stored.get())) {
            return Optional.empty();
        }
        String expected = FigureComparison.expected(quote.mention(), indicator, stored.get());
        return Optional.of(new Finding(Severity.ERROR, FindingKind.MISMATCH, quote.indicator(), quote.year(),
                quote.text(), expected, "check.mismatch", new Object[] {quote.text(), indicator.name().zh(),
                    quote.year(), expected}, quote.location(), quote.blockId()));
    }
}
