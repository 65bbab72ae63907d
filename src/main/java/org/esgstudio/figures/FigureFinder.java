package org.esgstudio.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the numbers in a Chinese report text and tells figures from non-figures (numbers.md): normalise (§0), claim
 * dates, codes, contact data and names that span several tokens ({@link SpecialSpans}), read each remaining number with
 * its qualifier and unit ({@link NumberReader}), then read change statements ({@link ChangeReader}). Offsets, raw text
 * and spans refer to the text as given. Stateless and thread-safe.
 */
public final class FigureFinder {

    /** Every number mention in reading order, figures and non-figures alike (see {@link MentionKind#isFigure()}). */
    public List<FigureMention> find(String text) {
        NormalisedText normalised = TextNormaliser.normalise(text);
        String s = normalised.text();
        boolean[] claimed = new boolean[s.length()];
        List<MentionDraft> drafts = new ArrayList<>(SpecialSpans.scan(s, claimed));
        drafts.addAll(NumberReader.read(s, NumberScanner.scan(s, claimed), claimed));
        drafts.sort(Comparator.comparingInt(d -> d.start));
        ChangeReader.apply(s, drafts);
        List<FigureMention> mentions = new ArrayList<>(drafts.size());
        for (MentionDraft d : drafts) {
            int start = normalised.originalStart(d.start);
            int end = normalised.originalEnd(d.end);
            mentions.add(new FigureMention(start, end, text.substring(start, end), d.value, d.decimals, d.unit,
                    d.qualifier, d.kind, d.direction, d.baseYear, d.upper));
        }
        return mentions;
    }

    /** Only the figures to check: FIGURE, PERCENT and PERCENT_POINTS. */
    public List<FigureMention> figures(String text) {
        return find(text).stream().filter(FigureMention::isFigure).toList();
    }
}
