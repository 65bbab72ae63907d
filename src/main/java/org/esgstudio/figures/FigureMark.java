package org.esgstudio.figures;

import org.esgstudio.data.Provenance;

/**
 * A figure of an edited text as the editor marks it: where it is ({@code start}–{@code end} in the text's plain
 * characters, see {@link QuoteCollector#pieces}), its status, and what a hover shows: the indicator, the year, the
 * store's value as the text should print it, where that value came from (null when there is none) and, for a
 * disagreement, ambiguity or unverified figure, the reviewer's message.
 */
public record FigureMark(int start, int end, MarkStatus status, String raw, String indicator, String indicatorName,
                         Integer year, String stored, Provenance source, String message) {
}
