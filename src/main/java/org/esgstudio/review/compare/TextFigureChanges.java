package org.esgstudio.review.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.esgstudio.data.Project;
import org.esgstudio.figures.MatchKind;
import org.esgstudio.figures.Quote;
import org.esgstudio.figures.QuoteCollector;

/**
 * The figures written in the text of the nodes that changed, came or went, paired old ↔ new: the figures of a block
 * (as {@link QuoteCollector} finds them, each with what it was matched to) are aligned as written; where a run of old
 * figures gave way to a run of new ones, they are paired in order ("98,652立方米" → "97,120立方米"), and the rest were
 * removed or added. Figures rendered from the store (references, data tables) are the data store's changes instead.
 */
final class TextFigureChanges {
    private TextFigureChanges() {
    }

    static List<FigureChange> of(Project from, Project to, List<BlockChange> blocks) {
        Map<String, List<Quote>> before = units(from);
        Map<String, List<Quote>> after = units(to);
        List<FigureChange> changes = new ArrayList<>();
        for (BlockChange block : blocks) {
            if (block.change() == ChangeKind.MOVED) {
                continue;
            }
            List<Quote> was = written(before, block.id());
            List<Quote> is = written(after, block.id());
            List<String> rawBefore = was.stream().map(Quote::text).toList();
            List<String> rawAfter = is.stream().map(Quote::text).toList();
            for (AbstractDelta<String> delta : DiffUtils.diff(rawBefore, rawAfter).getDeltas()) {
                int from0 = delta.getSource().getPosition();
                int to0 = delta.getTarget().getPosition();
                int removed = delta.getSource().size();
                int added = delta.getTarget().size();
                for (int i = 0; i < Math.max(removed, added); i++) {
                    Quote old = i < removed ? was.get(from0 + i) : null;
                    Quote now = i < added ? is.get(to0 + i) : null;
                    ChangeKind kind = old == null ? ChangeKind.ADDED : now == null ? ChangeKind.REMOVED
                            : ChangeKind.CHANGED;
                    changes.add(new FigureChange(block.id(), block.chapterId(), block.chapterTitle(), block.location(),
                            kind, old == null ? "" : old.text(), now == null ? "" : now.text(),
                            indicator(now != null ? now : old)));
                }
            }
        }
        return changes;
    }

    private static Map<String, List<Quote>> units(Project project) {
        return new QuoteCollector(project.data(), project.report().settings().year()).byUnit(project.report());
    }

    /** The figures written in a block (or a part's own text); rendered references left out. */
    private static List<Quote> written(Map<String, List<Quote>> units, String id) {
        List<Quote> quotes = units.getOrDefault(id, units.getOrDefault(QuoteCollector.PART + id, List.of()));
        return quotes.stream().filter(quote -> quote.mention() != null).toList();
    }

    private static String indicator(Quote quote) {
        boolean matched = quote.match() != MatchKind.NONE && quote.match() != MatchKind.AMBIGUOUS
                && quote.indicator() != null;
        return matched ? quote.indicator() + "@" + quote.year() : null;
    }
}
