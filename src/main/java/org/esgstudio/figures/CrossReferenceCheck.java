package org.esgstudio.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.esgstudio.data.Unit;
import org.esgstudio.data.Units;

/**
 * One indicator quoted with different values in different places (a highlight tile says 971, the body 917): every
 * plain figure tied to the same indicator and year must state the same quantity at its own precision.
 */
public final class CrossReferenceCheck implements Check {
    @Override
    public List<Finding> check(ValidationInput input) {
        Map<String, List<Quote>> groups = new LinkedHashMap<>();
        for (Quote quote : input.quotes()) {
            if (Quotes.isLevel(quote) && quote.mention().qualifier() == Qualifier.NONE) {
                groups.computeIfAbsent(quote.indicator() + "@" + quote.year(), k -> new ArrayList<>()).add(quote);
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (List<Quote> group : groups.values()) {
            if (group.size() < 2 || agree(group, input)) {
                continue;
            }
            Quote first = group.get(0);
            StringBuilder variants = new StringBuilder();
            for (Quote quote : group) {
                if (variants.length() > 0) {
                    variants.append("；");
                }
                variants.append(quote.mention().raw()).append("（").append(quote.location()).append("）");
            }
            String name = input.data().indicator(first.indicator()).map(i -> i.name().zh()).orElse(first.indicator());
            findings.add(new Finding(Severity.ERROR, FindingKind.CROSSREF, first.indicator(), first.year(),
                    first.mention().raw(), "", "check.crossref", new Object[] {name, first.year(), variants.toString()},
                    first.location(), first.blockId()));
        }
        return findings;
    }

    /** Whether all quotes state the same quantity: each equals the first when rounded to its own precision. */
    private static boolean agree(List<Quote> group, ValidationInput input) {
        Optional<BigDecimal> reference = base(group.get(0), input);
        if (reference.isEmpty()) {
            return true;
        }
        for (Quote quote : group.subList(1, group.size())) {
            Optional<BigDecimal> value = base(quote, input);
            if (value.isEmpty()) {
                continue;
            }
            Optional<Unit> unit = unit(quote, input);
            Optional<Unit> firstUnit = unit(group.get(0), input);
            BigDecimal inThis = unit.get().fromBase(reference.get());
            BigDecimal inFirst = firstUnit.get().fromBase(value.get());
            boolean same = FigureComparison.agrees(quote.mention(), inThis)
                    || FigureComparison.agrees(group.get(0).mention(), inFirst);
            if (!same) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Unit> unit(Quote quote, ValidationInput input) {
        if (!quote.mention().unit().isEmpty()) {
            return Units.parse(quote.mention().unit());
        }
        return input.data().indicator(quote.indicator()).flatMap(i -> Units.parse(i.unit())).map(Unit::baseUnit);
    }

    private static Optional<BigDecimal> base(Quote quote, ValidationInput input) {
        return unit(quote, input).map(unit -> unit.toBase(quote.mention().value()));
    }
}
