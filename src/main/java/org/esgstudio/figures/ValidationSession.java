package org.esgstudio.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.esgstudio.data.DataSet;
import org.esgstudio.model.Report;

/**
 * Validation that stays warm while the report is edited: the figures of every block are found and matched once,
 * and an edited block is the only one read again before the checks run over all quotes. The editor calls
 * {@link #blockEdited} on every pause in typing. Not thread-safe: confine a session to one worker thread.
 */
public final class ValidationSession {
    private final DataSet data;
    private final int year;
    private final ValidationOptions options;
    private final QuoteCollector collector;
    private Report report;
    private Map<String, List<Quote>> quotesByUnit;

    public ValidationSession(Report report, DataSet data, int year, ValidationOptions options) {
        this.data = Objects.requireNonNull(data, "data");
        this.year = year;
        this.options = Objects.requireNonNull(options, "options");
        this.collector = new QuoteCollector(data, year);
        this.report = Objects.requireNonNull(report, "report");
        this.quotesByUnit = collector.byUnit(report);
    }

    /** Runs every check over the report as it stands. */
    public ValidationReport validate() {
        List<Quote> quotes = new ArrayList<>();
        quotesByUnit.values().forEach(quotes::addAll);
        return Validator.run(new ValidationInput(report, data, year, quotes, options));
    }

    /**
     * The report after one block was edited: that block is read again (a block that is new, or gone, makes the
     * whole report be read again, to keep reading order), then every check runs.
     */
    public ValidationReport blockEdited(Report edited, String blockId) {
        this.report = Objects.requireNonNull(edited, "edited");
        Optional<List<Quote>> quotes = quotesByUnit.containsKey(blockId) ? collector.ofBlock(edited, blockId)
                : Optional.empty();
        if (quotes.isPresent()) {
            quotesByUnit.put(blockId, quotes.get());
        } else {
            quotesByUnit = collector.byUnit(edited);
        }
        return validate();
    }
}
