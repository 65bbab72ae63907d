package org.esgstudio.figures;

/** Questions the checks ask about a quote. */
final class Quotes {
    private Quotes() {
    }

    /** A figure written in the text and tied to an indicator, stating a level (not a change). */
    static boolean isLevel(Quote quote) {
        return quote.mention() != null && quote.indicator() != null
                && (quote.match() == MatchKind.INFERRED || quote.match() == MatchKind.BOUND)
                && quote.mention().direction() == Direction.NONE
                && quote.mention().kind() != MentionKind.PERCENT_POINTS;
    }

    /** A change statement (同比增长 12%, 下降 3 个百分点) tied to an indicator. */
    static boolean isChange(Quote quote) {
        return quote.mention() != null && quote.indicator() != null
                && (quote.match() == MatchKind.INFERRED || quote.match() == MatchKind.BOUND)
                && (quote.mention().direction() != Direction.NONE || quote.mention().kind() == MentionKind.PERCENT_POINTS);
    }
}
