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
    private DataSet data;
    private final int year;
    private final ValidationOptions options;
    private QuoteCollector collector;
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
     * The marks of each text of a paragraph or list (one list per text, in order), as the editor colours its
     * figures; empty when the report has no such paragraph or list.
     */
    public List<List<FigureMark>> marks(String blockId) {
        return collector.pieces(report, blockId)
                .map(pieces -> pieces.stream().map(quotes -> FigureMarks.of(quotes, data)).toList())
                .orElse(List.of());
    }

    /**
     * The store after an edit. Values alone do not change which indicator a figure quotes, so the quotes stay;
     * a changed catalogue (names, aliases, units) makes the whole report be read again.
     */
    public ValidationReport dataEdited(DataSet edited) {
        boolean catalogueChanged = !edited.indicators().equals(data.indicators());
        this.data = Objects.requireNonNull(edited, "edited");
        if (catalogueChanged) {
            collector = new QuoteCollector(edited, year);
            quotesByUnit = collector.byUnit(report);
        }
        return validate();
    }

    /** The report after an edit that may touch many blocks (a move, a deletion, an undo): read again whole. */
    public ValidationReport reportEdited(Report edited) {
        this.report = Objects.requireNonNull(edited, "edited");
        quotesByUnit = collector.byUnit(edited);
        return validate();
    }

    /** The report being validated. */
    public Report report() {
        return report;
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
