package org.esgstudio.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.esgstudio.data.Unit;
import org.esgstudio.data.Units;

/**
 * Ties a figure in running text to an indicator by inference, cautiously: a false alarm costs reviewers more than an
 * unverified figure. A level (保费收入56.92亿元) takes the nearest indicator name before it in the same clause, at most
 * {@value #REACH} characters away, with no other figure between them and a compatible unit. A change (同比增长13.8%,
 * 较上年增加6项) belongs to the figure just before it in the same sentence. A figure after 由, 从 or 上年的 is the
 * previous year's. Targets (目标, 力争, 预计 …) are not checked. A name borne by several compatible indicators makes the
 * figure ambiguous; it is never guessed.
 */
final class FigureMatcher {
    static final int REACH = 15;
    private static final Pattern YEAR = Pattern.compile("(?<![较比与和])((?:19|20)\\d\\d)\\s*年(?!度)");
    private static final Pattern PREVIOUS_YEAR = Pattern.compile("(由|从|上年的|上年末的|去年的|较上年的|较上年末的)\\s*$");
    private static final Pattern TARGET = Pattern.compile("目标|力争|预计|计划到|计划于|争取|将达到|到20\\d\\d年");
    private final IndicatorIndex index;
    private final int reportYear;

    FigureMatcher(IndicatorIndex index, int reportYear) {
        this.index = index;
        this.reportYear = reportYear;
    }

    /** The outcome of matching one figure. */
    record Match(MatchKind kind, String indicator, int year, List<String> candidates) {
        static Match none(int year) {
            return new Match(MatchKind.NONE, null, year, List.of());
        }
    }

    /** A figure of the text, found or rendered from a reference, with what it was matched to. */
    record Placed(int start, int end, Match match) {
    }

    /** Matches a level figure. {@code placed} are the text's earlier figures (mentions and references), in order. */
    Match level(String text, FigureMention mention, List<IndicatorIndex.NameHit> names, List<Placed> placed) {
        SentenceSplitter.Span sentence = SentenceSplitter.around(SentenceSplitter.sentences(text), mention.start());
        SentenceSplitter.Span clause = SentenceSplitter.around(SentenceSplitter.clauses(text), mention.start());
        int year = year(text, sentence, mention.start());
        if (TARGET.matcher(text.substring(sentence.start(), sentence.end())).find()) {
            return Match.none(year);
        }
        int lastFigureEnd = clause.start();
        for (Placed other : placed) {
            if (other.end() <= mention.start() && other.end() > lastFigureEnd) {
                lastFigureEnd = other.end();
            }
        }
        Optional<Unit> unit = Units.parse(mention.unit());
        for (int k = names.size() - 1; k >= 0; k--) {
            IndicatorIndex.NameHit hit = names.get(k);
            if (hit.end() > mention.start()) {
                continue;
            }
            if (hit.start() < lastFigureEnd || mention.start() - hit.end() > REACH) {
                break;
            }
            if (!hit.fits(mention.unit())) {
                continue;
            }
            if (scoped(text, hit, clause.start())) {
                return Match.none(year);
            }
            List<String> compatible = new ArrayList<>();
            for (String code : hit.codes()) {
                if (compatible(unit, mention, index.unit(code))) {
                    compatible.add(code);
                }
            }
            if (compatible.size() == 1) {
                if (partOfQuotedTotal(text, sentence, mention, compatible.get(0), placed)) {
                    return Match.none(year);
                }
                return new Match(MatchKind.INFERRED, compatible.get(0), year, List.of());
            }
            if (compatible.size() > 1) {
                return new Match(MatchKind.AMBIGUOUS, null, year, compatible);
            }
        }
        return Match.none(year);
    }

    /** After 其中 a figure is a part of the total quoted before it, so it cannot be that total's indicator. */
    private static boolean partOfQuotedTotal(String text, SentenceSplitter.Span sentence, FigureMention mention,
                                             String code, List<Placed> placed) {
        int among = text.lastIndexOf("其中", mention.start());
        if (among < sentence.start()) {
            return false;
        }
        for (Placed other : placed) {
            if (other.start() >= sentence.start() && other.end() <= among && code.equals(other.match().indicator())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Matches a change: it is about the figure just before it in the same sentence, unless something else is named
     * between them (客户满意度为96.38%，投诉量同比下降12.48%: the change is about 投诉量), or it is measured against a
     * baseline rather than the year before (较基准下降9.5%).
     */
    Match change(String text, FigureMention mention, List<IndicatorIndex.NameHit> names, List<Placed> placed) {
        SentenceSplitter.Span sentence = SentenceSplitter.around(SentenceSplitter.sentences(text), mention.start());
        Placed previous = null;
        for (Placed other : placed) {
            if (other.end() <= mention.start() && other.start() >= sentence.start()) {
                previous = other;
            }
        }
        if (text.substring(sentence.start(), mention.end()).contains("基准")
                || TARGET.matcher(text.substring(sentence.start(), sentence.end())).find()) {
            return Match.none(reportYear);
        }
        if (previous == null) {
            // 综合能源消耗量同比增长20.5%: no figure before it, so the change is about the indicator named just before.
            return namedJustBefore(text, mention, names);
        }
        String gap = text.substring(previous.end(), mention.start());
        String subject = CHANGE_WORDS.matcher(gap).replaceAll("");
        if (!subject.isBlank()) {
            for (IndicatorIndex.NameHit hit : names) {
                if (hit.start() >= previous.end() && hit.end() <= mention.start() && hit.codes().size() == 1) {
                    if (scoped(text, hit, previous.end())) {
                        return Match.none(reportYear);
                    }
                    return new Match(MatchKind.INFERRED, hit.codes().get(0), previous.match().year(), List.of());
                }
            }
            return Match.none(reportYear);
        }
        if (previous.match().indicator() == null) {
            return Match.none(reportYear);
        }
        return new Match(previous.match().kind() == MatchKind.REFERENCE ? MatchKind.INFERRED : previous.match().kind(),
                previous.match().indicator(), previous.match().year(), List.of());
    }

    private Match namedJustBefore(String text, FigureMention mention, List<IndicatorIndex.NameHit> names) {
        SentenceSplitter.Span clause = SentenceSplitter.around(SentenceSplitter.clauses(text), mention.start());
        for (int k = names.size() - 1; k >= 0; k--) {
            IndicatorIndex.NameHit hit = names.get(k);
            if (hit.end() <= mention.start() && hit.start() >= clause.start() && mention.start() - hit.end() <= REACH
                    && hit.stemUnits().isEmpty()) {
                if (scoped(text, hit, clause.start())) {
                    return Match.none(reportYear);
                }
                return hit.codes().size() == 1
                        ? new Match(MatchKind.INFERRED, hit.codes().get(0), reportYear, List.of())
                        : new Match(MatchKind.AMBIGUOUS, null, reportYear, hit.codes());
            }
        }
        return Match.none(reportYear);
    }

    /** Owners that leave a name meaning the whole company's indicator (公司的员工总数, 2024年度的综合能耗). */
    private static final Pattern WHOLE_COMPANY = Pattern.compile(
            "(?:公司|本公司|全公司|集团|本集团|我们|我司|全年|本年度?|年度|报告期内|(?:19|20)\\d\\d年度?)$");

    /**
     * Whether a name is narrowed by what owns it (新能源车险案件的平均结案周期): then it is a part of the indicator,
     * not the indicator, and the figure is left unverified.
     */
    static boolean scoped(String text, IndicatorIndex.NameHit hit, int from) {
        if (hit.start() == 0 || text.charAt(hit.start() - 1) != '的') {
            return false;
        }
        String owner = text.substring(Math.min(from, hit.start() - 1), hit.start() - 1).strip();
        return !owner.isEmpty() && !WHOLE_COMPANY.matcher(owner).find();
    }

    /** Words that introduce a change without naming what changed. */
    private static final Pattern CHANGE_WORDS = Pattern.compile(
            "[\\s，,、；]|同比|环比|较上年末?|较去年|比上年|较(?:19|20)\\d\\d年末?|增长|增加|提升|提高|上升|下降|下滑|减少|降低|缩短|延长|分别|了|约|近|超|达");

    /** A figure and an indicator fit when their units are of one dimension; a bare number fits a bare count. */
    private static boolean compatible(Optional<Unit> written, FigureMention mention, Optional<Unit> stored) {
        if (stored.isEmpty()) {
            return false;
        }
        if (written.isEmpty()) {
            return mention.unit().isEmpty() && stored.get().dimension().startsWith("count");
        }
        return written.get().compatible(stored.get());
    }

    /** The year a figure speaks of: the previous one after 由/从/上年的; else the last year named before it; else the report's. */
    int year(String text, SentenceSplitter.Span sentence, int at) {
        String before = text.substring(Math.max(sentence.start(), at - 8), at);
        Matcher m = YEAR.matcher(text);
        m.region(sentence.start(), Math.max(sentence.start(), at));
        int year = reportYear;
        while (m.find()) {
            year = Integer.parseInt(m.group(1));
        }
        if (PREVIOUS_YEAR.matcher(before).find()) {
            return year - 1;
        }
        return year;
    }
}
