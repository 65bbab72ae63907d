package org.esgstudio.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Find in the whole report: every text a reader sees (titles, paragraphs, list items, case studies, table cells,
 * tiles, timeline entries, footnotes …), Chinese and English, marks removed, matched without regard to case. Each hit
 * names the node the editor opens for it (the block, or the part, section or chapter) and an excerpt around it.
 */
public final class ReportSearch {
    static final int CONTEXT = 12;

    private ReportSearch() {
    }

    /** One place where the query occurs. */
    public record Hit(String nodeId, String location, boolean english, String excerpt, String match) {
    }

    public static List<Hit> find(Report report, String query) {
        List<Hit> hits = new ArrayList<>();
        String needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return hits;
        }
        for (Chapter chapter : report.chapters()) {
            String chapterTitle = chapter.title().zh();
            scan(hits, needle, chapter.id(), chapterTitle, chapter.title(), chapter.themeWord(), chapter.intro());
            for (Section section : chapter.sections()) {
                scan(hits, needle, section.id(), chapterTitle + " › " + section.title().zh(), section.title());
            }
        }
        ReportWalk.walk(report, new ReportVisitor() {
            @Override
            public void part(Part part, Location location) {
                scan(hits, needle, part.id(), location.path(), partTexts(part).toArray(LocalizedText[]::new));
            }

            @Override
            public void block(Block block, Location location) {
                scan(hits, needle, block.id(), location.path(), blockTexts(block).toArray(LocalizedText[]::new));
            }

            @Override
            public void footnote(Footnote footnote, Location location) {
                String owner = location.blockId() != null ? location.blockId() : location.partOrChapterId();
                scan(hits, needle, owner, location.path(), footnote.text());
            }
        });
        return hits;
    }

    private static void scan(List<Hit> hits, String needle, String nodeId, String location, LocalizedText... texts) {
        for (LocalizedText text : texts) {
            add(hits, needle, nodeId, location, false, plain(text.zh()));
            add(hits, needle, nodeId, location, true, plain(text.en()));
        }
    }

    private static void add(List<Hit> hits, String needle, String nodeId, String location, boolean english,
                            String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (int at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length())) {
            int from = Math.max(0, at - CONTEXT);
            int to = Math.min(text.length(), at + needle.length() + CONTEXT);
            String excerpt = (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
            hits.add(new Hit(nodeId, location, english, excerpt, text.substring(at, at + needle.length())));
        }
    }

    private static String plain(String markup) {
        if (markup.isEmpty()) {
            return markup;
        }
        try {
            return InlineMarkup.plainText(markup, ref -> "");
        } catch (IllegalArgumentException malformed) {
            return markup;
        }
    }

    private static List<LocalizedText> blockTexts(Block block) {
        List<LocalizedText> texts = new ArrayList<>();
        if (block instanceof Paragraph p) {
            texts.add(p.text());
        } else if (block instanceof Heading h) {
            texts.add(h.text());
        } else if (block instanceof BulletList l) {
            texts.addAll(l.items());
        } else if (block instanceof CaseStudy c) {
            texts.add(c.title());
            texts.add(LocalizedText.orEmpty(c.caption()));
        } else if (block instanceof DataTable t) {
            texts.add(t.title());
            t.rows().forEach(row -> texts.add(LocalizedText.orEmpty(row.label())));
        } else if (block instanceof TextTable t) {
            texts.add(t.title());
            texts.addAll(t.columns());
            t.rows().forEach(row -> texts.addAll(row.cells()));
        } else if (block instanceof Tiles t) {
            texts.add(t.title());
            t.tiles().forEach(tile -> texts.add(tile.label()));
        } else if (block instanceof Callout c) {
            texts.add(c.figure().label());
        } else if (block instanceof Image i) {
            texts.add(i.caption());
        } else if (block instanceof Chart c) {
            texts.add(c.title());
        } else if (block instanceof Diagram d) {
            texts.add(d.title());
            d.nodes().forEach(node -> {
                texts.add(node.label());
                texts.addAll(node.details());
            });
        }
        return texts;
    }

    private static List<LocalizedText> partTexts(Part part) {
        List<LocalizedText> texts = new ArrayList<>();
        texts.add(part.title());
        if (part instanceof ReportInfo info) {
            info.sections().forEach(s -> {
                texts.add(s.heading());
                texts.add(s.text());
            });
        } else if (part instanceof Letter letter) {
            texts.add(letter.signatory());
            texts.add(letter.signatoryName());
        } else if (part instanceof Highlights h) {
            h.groups().forEach(g -> {
                texts.add(g.name());
                g.tiles().forEach(tile -> texts.add(tile.label()));
            });
        } else if (part instanceof Timeline t) {
            t.entries().forEach(entry -> texts.add(entry.text()));
        } else if (part instanceof Materiality m) {
            m.steps().forEach(step -> {
                texts.add(step.name());
                texts.add(step.description());
            });
            m.topics().forEach(topic -> texts.add(topic.name()));
        } else if (part instanceof Stakeholders s) {
            s.rows().forEach(row -> {
                texts.add(row.group());
                texts.addAll(row.expectations());
            });
        } else if (part instanceof KpiTable k) {
            k.sections().forEach(section -> {
                texts.add(section.name());
                section.groups().forEach(group -> texts.add(group.label()));
            });
        } else if (part instanceof ContentIndex c) {
            texts.add(c.statement());
            c.rows().forEach(row -> texts.add(row.title()));
        } else if (part instanceof FeedbackForm f) {
            texts.add(f.intro());
            f.questions().forEach(q -> texts.add(q.text()));
        }
        texts.replaceAll(LocalizedText::orEmpty);
        return texts;
    }
}
