package org.esgstudio.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.esgstudio.data.Indicator;
import org.esgstudio.data.IndicatorValue;

/** A figure tied to an indicator (bound or inferred) must agree with the store's value for its year. */
public final class MismatchCheck implements Check {
    @Override
    public List<Finding> check(ValidationInput input) {
        List<Finding> findings = new ArrayList<>();
        for (Quote quote : input.quotes()) {
            if (!Quotes.isLevel(quote)) {
                continue;
            }
            Indicator indicator = input.data().indicator(quote.indicator()).orElse(null);
            IndicatorValue value = input.data().value(quote.indicator(), quote.year()).orElse(null);
            if (indicator == null || value == null) {
                continue;
            }
            Optional<BigDecimal> stored = FigureComparison.storedInWrittenUnit(quote.mention(), indicator, value);
            if (stored.isPresent() && !FigureComparison.agrees(quote.mention(), stored.get())) {
                String expected = FigureComparison.expected(quote.mention(), indicator, stored.get());
                findings.add(new Finding(Severity.ERROR, FindingKind.MISMATCH, quote.indicator(), quote.year(),
                        quote.text(), expected, "check.mismatch", new Object[] {quote.text(), indicator.name().zh(),
                            quote.year(), expected}, quote.location(), quote.blockId()));
            }
        }
        return findings;
    }
}
