package org.esgstudio.figures;

import java.util.List;
import org.esgstudio.data.DataSet;
import org.esgstudio.model.Report;

/**
 * What the checks look at: the report, the data store, the year under review, and every figure quoted in the
 * report with what it was matched to.
 */
public record ValidationInput(Report report, DataSet data, int year, List<Quote> quotes, ValidationOptions options) {
    public ValidationInput {
        quotes = List.copyOf(quotes);
    }
}
