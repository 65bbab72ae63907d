package org.esgstudio.figures;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.esgstudio.data.DataSet;
import org.esgstudio.model.Block;
import org.esgstudio.model.BulletList;
import org.esgstudio.model.Callout;
import org.esgstudio.model.CaseStudy;
import org.esgstudio.model.DataTable;
import org.esgstudio.model.Figure;
import org.esgstudio.model.Highlights;
import org.esgstudio.model.InfoSection;
import org.esgstudio.model.Inline;
import org.esgstudio.model.InlineMarkup;
import org.esgstudio.model.KpiTable;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Location;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.Part;
import org.esgstudio.model.Report;
import org.esgstudio.model.ReportInfo;
import org.esgstudio.model.ReportVisitor;
import org.esgstudio.model.ReportWalk;
import org.esgstudio.model.TableRow;
import org.esgstudio.model.TextRow;
import org.esgstudio.model.TextTable;
import org.esgstudio.model.Tiles;
import org.esgstudio.model.Timeline;
import org.esgstudio.model.TimelineEntry;

/**
 * Finds every figure the report quotes and what it stands for: figure references and data-table cells (rendered
 * from the store), tiles and callouts (bound, or matched by their label), and figures in running text and text
 * tables (matched by inference in their sentence or row). Works per block, so that one edited block is cheap.
 */
public final class QuoteCollector {
    /** Stands in for a figure reference's rendered value, so that it is not read as a figure of its own. */
    private static final String REFERENCE = "\u3013";
    /** Prefix of a part's key in {@link #byUnit}, so that a part and a block never share one. */
    public static final String PART = "part:";
    private final FigureFinder finder = new FigureFinder();
    private final IndicatorIndex index;
    private final FigureMatcher matcher;
    private final int year;

    public QuoteCollector(DataSet data, int year) {
        this.index = new IndicatorIndex(data);
        this.matcher = new FigureMatcher(index, year);
        this.year = year;
    }

    /** All quotes of the report, in reading order. */
    public List<Quote> collect(Report report) {
        List<Quote> quotes = new ArrayList<>();
        byUnit(report).values().forEach(quotes::addAll);
        return quotes;
    }

    /**
     * The quotes of the report per part ({@code part:} and its id) and per block (its id), in reading order: what a
     * {@link ValidationSession} keeps so that an edited block is the only one read again.
     */
    public Map<String, List<Quote>> byUnit(Report report) {
        Map<String, List<Quote>> units = new LinkedHashMap<>();
        Set<String> inCases = new HashSet<>();
        ReportWalk.walk(report, new ReportVisitor() {
            @Override
            public void part(Part part, Location location) {
                units.put(PART + part.id(), ofPart(part, location));
            }

            @Override
            public void block(Block block, Location location) {
                if (block instanceof CaseStudy) {
                    block.children().forEach(child -> inCases.add(child.id()));
                }
                units.put(block.id(), ofBlock(block, location, inCases.contains(block.id())));
            }
        });
        return units;
    }

    /**
     * The quotes of each text of a paragraph (one) or list (one per item) {@code blockId}, with offsets in that
     * text's plain characters: text and emphasis characters count, a figure reference counts one, a footnote
     * reference none. Empty when there is no such paragraph or list; the editor marks figures with these.
     */
    public Optional<List<List<Quote>>> pieces(Report report, String blockId) {
        List<List<List<Quote>>> found = new ArrayList<>(1);
        Set<String> inCases = new HashSet<>();
        ReportWalk.walk(report, new ReportVisitor() {
            @Override
            public void block(Block block, Location location) {
                if (block instanceof CaseStudy) {
                    block.children().forEach(child -> inCases.add(child.id()));
                }
                if (!found.isEmpty() || !block.id().equals(blockId)) {
                    return;
                }
                boolean infer = !inCases.contains(block.id());
                List<LocalizedText> texts = block instanceof Paragraph p ? List.of(p.text())
                        : block instanceof BulletList l ? l.items() : null;
                if (texts != null) {
                    List<List<Quote>> pieces = new ArrayList<>();
                    for (LocalizedText text : texts) {
                        List<Quote> quotes = new ArrayList<>();
                        prose(text, location.path(), block.id(), quotes, infer);
                        pieces.add(quotes);
                    }
                    found.add(pieces);
                }
            }
        });
        return found.stream().findFirst();
    }

    /** The quotes of the block {@code blockId} of the report, or empty when it has no such block. */
    public Optional<List<Quote>> ofBlock(Report report, String blockId) {
        List<List<Quote>> found = new ArrayList<>(1);
        Set<String> inCases = new HashSet<>();
        ReportWalk.walk(report, new ReportVisitor() {
            @Override
            public void block(Block block, Location location) {
                if (block instanceof CaseStudy) {
                    block.children().forEach(child -> inCases.add(child.id()));
                }
                if (found.isEmpty() && block.id().equals(blockId)) {
                    found.add(ofBlock(block, location, inCases.contains(block.id())));
                }
            }
        });
        return found.stream().findFirst();
    }

    /** The quotes of one block itself (not of the blocks a case study holds). */
    public List<Quote> ofBlock(Block block, Location location) {
        return ofBlock(block, location, false);
    }

    /**
     * The quotes of one block; inside a case study ({@code inCase}) running-text figures are counted but not matched
     * by inference: a case tells of one event, and its figures are rarely the year's indicators.
     */
    public List<Quote> ofBlock(Block block, Location location, boolean inCase) {
        List<Quote> quotes = new ArrayList<>();
        String where = location.path();
        if (block instanceof Paragraph p) {
            prose(p.text(), where, block.id(), quotes, !inCase);
        } else if (block instanceof BulletList l) {
            l.items().forEach(item -> prose(item, where, block.id(), quotes, !inCase));
        } else if (block instanceof Tiles t) {
            t.tiles().forEach(tile -> figure(tile, where, block.id(), quotes));
        } else if (block instanceof Callout c) {
            figure(c.figure(), where, block.id(), quotes);
        } else if (block instanceof DataTable t) {
            t.rows().forEach(row -> tableRow(row, t.years(), where, block.id(), quotes));
        } else if (block instanceof TextTable t) {
            for (TextRow row : t.rows()) {
                textRow(t, row, where, block.id(), quotes);
            }
        }
        return quotes;
    }

    /** The quotes of a front- or back-matter part's own elements (tiles, KPI rows, report information, timeline). */
    public List<Quote> ofPart(Part part, Location location) {
        List<Quote> quotes = new ArrayList<>();
        String where = location.path();
        if (part instanceof Highlights h) {
            h.groups().forEach(group -> group.tiles().forEach(tile -> figure(tile, where, part.id(), quotes)));
        } else if (part instanceof KpiTable k) {
            k.rows().forEach(row -> tableRow(row, k.years(), where, part.id(), quotes));
        } else if (part instanceof ReportInfo info) {
            for (InfoSection section : info.sections()) {
                prose(section.text(), where, part.id(), quotes);
            }
        } else if (part instanceof Timeline timeline) {
            for (TimelineEntry entry : timeline.entries()) {
                prose(entry.text(), where, part.id(), quotes);
            }
        }
        return quotes;
    }

    private void prose(LocalizedText text, String where, String blockId, List<Quote> quotes, boolean infer) {
        StringBuilder plain = new StringBuilder();
        List<FigureMatcher.Placed> references = new ArrayList<>();
        try {
            for (Inline run : InlineMarkup.parse(text.zh())) {
                if (run instanceof Inline.Text t) {
                    plain.append(t.text());
                } else if (run instanceof Inline.Emphasis e) {
                    plain.append(e.text());
                } else if (run instanceof Inline.FigureRef ref) {
                    int refYear = ref.year() == null ? year : ref.year();
                    references.add(new FigureMatcher.Placed(plain.length(), plain.length() + 1,
                            new FigureMatcher.Match(MatchKind.REFERENCE, ref.indicator(), refYear, List.of())));
                    plain.append(REFERENCE);
                    quotes.add(new Quote(where, blockId, "", null, MatchKind.REFERENCE, ref.indicator(), refYear,
                            List.of()));
                }
            }
        } catch (IllegalArgumentException malformed) {
            plain.setLength(0);
            plain.append(text.zh());
            references.clear();
        }
        inferred(plain.toString(), references, where, blockId, quotes, infer);
    }

    private void prose(LocalizedText text, String where, String blockId, List<Quote> quotes) {
        prose(text, where, blockId, quotes, true);
    }

    /**
     * The figures of a text, matched in order: levels by the indicator named just before them, changes by the figure
     * they follow. With {@code infer} false (case studies tell of one event), figures are only counted.
     */
    private void inferred(String plain, List<FigureMatcher.Placed> references, String where, String blockId,
                          List<Quote> quotes, boolean infer) {
        List<FigureMention> mentions = finder.find(plain);
        if (mentions.isEmpty()) {
            return;
        }
        List<IndicatorIndex.NameHit> names = index.find(plain);
        List<FigureMatcher.Placed> placed = new ArrayList<>(references);
        for (FigureMention mention : mentions) {
            if (!mention.isFigure()) {
                continue;
            }
            placed.sort(java.util.Comparator.comparingInt(FigureMatcher.Placed::start));
            boolean change = mention.direction() != Direction.NONE || mention.kind() == MentionKind.PERCENT_POINTS;
            SentenceSplitter.Span sentence = SentenceSplitter.around(SentenceSplitter.sentences(plain), mention.start());
            FigureMatcher.Match match = !infer
                    ? FigureMatcher.Match.none(matcher.year(plain, sentence, mention.start()))
                    : change ? matcher.change(plain, mention, names, placed) : matcher.level(plain, mention, names, placed);
            placed.add(new FigureMatcher.Placed(mention.start(), mention.end(), match));
            quotes.add(new Quote(where, blockId, plain.substring(sentence.start(), sentence.end()).strip(), mention,
                    match.kind(), match.indicator(), match.year(), match.candidates()));
        }
    }

    /** A tile or callout: bound to its indicator, or matched by the indicator's name in its label. */
    private void figure(Figure figure, String where, String blockId, List<Quote> quotes) {
        String written = qualifier(figure) + figure.value().zh() + plusSuffix(figure) + figure.unit().zh();
        List<FigureMention> mentions = finder.find(written);
        FigureMention mention = mentions.stream().filter(FigureMention::isFigure).findFirst().orElse(null);
        if (mention == null) {
            return;
        }
        if (figure.isBound()) {
            int figureYear = figure.year() == null ? year : figure.year();
            quotes.add(new Quote(where, blockId, written + " " + figure.label().zh(), mention, MatchKind.BOUND,
                    figure.indicator(), figureYear, List.of()));
            return;
        }
        String label = figure.label().zh();
        String sentence = label + "：" + written;
        FigureMention shifted = new FigureMention(mention.start() + label.length() + 1, mention.end() + label.length() + 1,
                mention.raw(), mention.value(), mention.decimals(), mention.unit(), mention.qualifier(), mention.kind(),
                mention.direction(), mention.baseYear(), mention.upper());
        FigureMatcher.Match match = matcher.level(sentence, shifted, index.find(sentence), List.of());
        quotes.add(new Quote(where, blockId, sentence, shifted, match.kind(), match.indicator(), match.year(),
                match.candidates()));
    }

    /** The printed qualifier word of a tile whose value does not already carry it. */
    private static String qualifier(Figure figure) {
        String value = figure.value().zh();
        return switch (figure.qualifier()) {
            case OVER -> value.startsWith("超") ? "" : "超";
            case NEAR -> value.startsWith("近") ? "" : "近";
            case APPROX -> value.startsWith("约") ? "" : "约";
            default -> "";
        };
    }

    /** The printed suffix of a tile marked 余 (X余 means at least X, below the next unit of its last place). */
    private static String plusSuffix(Figure figure) {
        String value = figure.value().zh();
        boolean marked = value.endsWith("余") || value.endsWith("多") || value.endsWith("+");
        return figure.qualifier() == org.esgstudio.model.Qualifier.PLUS && !marked ? "余" : "";
    }

    /** A data-table row prints the store's values: verified by construction, counted as quoted figures. */
    private void tableRow(TableRow row, List<Integer> years, String where, String blockId, List<Quote> quotes) {
        for (int tableYear : years) {
            quotes.add(new Quote(where, blockId, "", null, MatchKind.REFERENCE, row.indicator(), tableYear, List.of()));
        }
    }

    /**
     * A text-table row is read as one clause: its first cell names what the figure in the next cell quantifies. In a
     * table with year columns (headed 2024 or 2024年, as in a department's draft), each year's cell is read as a clause
     * of its own naming that year, with the row's unit (a column headed 单位) after the figure.
     */
    private void textRow(TextTable table, TextRow row, String where, String blockId, List<Quote> quotes) {
        Map<Integer, Integer> years = new LinkedHashMap<>();
        int unitColumn = -1;
        for (int c = 0; c < table.columns().size(); c++) {
            java.util.regex.Matcher m = YEAR_COLUMN.matcher(table.columns().get(c).zh());
            if (m.matches()) {
                years.put(c, Integer.parseInt(m.group(1)));
            } else if (UNIT_COLUMN.matcher(table.columns().get(c).zh()).matches()) {
                unitColumn = c;
            }
        }
        if (years.isEmpty()) {
            StringBuilder sentence = new StringBuilder();
            for (LocalizedText cell : row.cells()) {
                sentence.append(cell.zh()).append(' ');
            }
            sentence.append('。');
            inferred(sentence.toString(), List.of(), where, blockId, quotes, true);
            return;
        }
        StringBuilder label = new StringBuilder();
        for (int c = 0; c < row.cells().size(); c++) {
            if (!years.containsKey(c) && c != unitColumn) {
                label.append(row.cells().get(c).zh().strip()).append(' ');
            }
        }
        String unit = unitColumn >= 0 && unitColumn < row.cells().size() ? row.cells().get(unitColumn).zh().strip() : "";
        for (Map.Entry<Integer, Integer> column : years.entrySet()) {
            String value = column.getKey() < row.cells().size() ? row.cells().get(column.getKey()).zh().strip() : "";
            if (!value.isEmpty()) {
                // "新能源公务用车 2024年为66。": a bare figure after a space would read as a footnote mark.
                inferred(label.toString().strip() + " " + column.getValue() + "年为" + value + unit + "。", List.of(), where,
                        blockId, quotes, true);
            }
        }
    }

    private static final java.util.regex.Pattern YEAR_COLUMN =
            java.util.regex.Pattern.compile("\\s*((?:19|20)\\d\\d)\\s*(?:年|年度)?\\s*");
    private static final java.util.regex.Pattern UNIT_COLUMN =
            java.util.regex.Pattern.compile("\\s*(?:单位|计量单位|[Uu]nits?)\\s*");

}
