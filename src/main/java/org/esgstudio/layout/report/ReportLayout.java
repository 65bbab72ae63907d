package org.esgstudio.layout.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.esgstudio.data.Project;
import org.esgstudio.layout.Anchor;
import org.esgstudio.layout.DocumentInfo;
import org.esgstudio.layout.LaidOutDocument;
import org.esgstudio.layout.LayoutWarning;
import org.esgstudio.layout.OutlineEntry;
import org.esgstudio.layout.PageBox;
import org.esgstudio.layout.flow.DesignedPage;
import org.esgstudio.layout.flow.FlowItem;
import org.esgstudio.layout.flow.Flowable;
import org.esgstudio.layout.flow.PageComposer;
import org.esgstudio.layout.text.GlyphProblem;
import org.esgstudio.layout.text.LineSetter;
import org.esgstudio.layout.theme.Theme;
import org.esgstudio.model.Asset;
import org.esgstudio.model.BackPart;
import org.esgstudio.model.Chapter;
import org.esgstudio.model.Footnote;
import org.esgstudio.model.FootnoteNumbering;
import org.esgstudio.model.FrontPart;
import org.esgstudio.model.Language;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Location;
import org.esgstudio.model.Report;
import org.esgstudio.model.ReportInfo;
import org.esgstudio.model.ReportVisitor;
import org.esgstudio.model.ReportWalk;
import org.esgstudio.model.Section;
import org.esgstudio.model.SectionNumbering;

/**
 * Lays out a whole report: cover, report information, contents, front matter, chapters (opener page, then sections),
 * back matter. Page numbers feed back into the contents and the content indexes, so layout runs until they settle
 * (two passes normally; lines are broken once and reused).
 */
public final class ReportLayout {
    private static final int MAX_PASSES = 4;
    private final Project project;
    private final Theme theme;
    private final Edition edition;
    private final FontSource fonts;
    private final Typesetter typesetter;

    private final List<LayoutWarning> glyphWarnings = new ArrayList<>();

    /**
     * @param lines makes the line setter, given where to report characters it had to substitute or could not set
     *              (reported once, whatever the number of passes, since lines are broken once)
     */
    public ReportLayout(Project project, Theme theme, Edition edition, FontSource fonts,
                        java.util.function.Function<java.util.function.Consumer<GlyphProblem>, LineSetter> lines) {
        this.project = project;
        this.theme = theme;
        this.edition = edition;
        this.fonts = fonts;
        this.typesetter = new Typesetter(lines.apply(this::glyph));
    }

    private void glyph(GlyphProblem problem) {
        String code = String.format(java.util.Locale.ROOT, "%04X", problem.codePoint());
        glyphWarnings.add(problem.kind() == GlyphProblem.Kind.SUBSTITUTED
                ? new LayoutWarning(LayoutWarning.Kind.GLYPH, problem.context(), "layout.glyphSubstituted",
                        problem.character(), problem.replacement(), problem.context())
                : new LayoutWarning(LayoutWarning.Kind.GLYPH, problem.context(), "layout.glyphMissing",
                        problem.character(), code, problem.context()));
    }

    public LaidOutDocument layout() {
        Map<String, Integer> pages = Map.of();
        Pass pass = null;
        for (int round = 0; round < MAX_PASSES; round++) {
            pass = new Pass(pages);
            pass.run();
            if (pass.anchorPages.equals(pages)) {
                break;
            }
            pages = pass.anchorPages;
        }
        Report report = project.report();
        Language language = edition.primary();
        String title = text(report.settings().title(), language);
        DocumentInfo info = new DocumentInfo(title, text(report.settings().company(), language),
                language == Language.EN ? "Environmental, social and governance (ESG) report"
                        : "环境、社会及治理（ESG）报告",
                "ESG; sustainability; GRI; " + report.settings().year(), edition.languageTag());
        List<LayoutWarning> warnings = new ArrayList<>(glyphWarnings);
        warnings.addAll(pass.warnings);
        return new LaidOutDocument(pass.pages, pass.outline, pass.anchorPages, info, dedupe(warnings));
    }

    /**
     * The pages of one chapter alone, numbered from {@code firstPage}: a chapter starts on a new page and its pages
     * show no other page's number, so these are the pages a whole layout gives it when it starts there. One pass; for
     * a preview that must show an edit sooner than a whole layout allows (the pages after it keep their old numbers
     * until the next whole layout).
     */
    public List<PageBox> chapterPages(String chapterId, int firstPage) {
        Chapter chapter = project.report().chapters().stream().filter(c -> c.id().equals(chapterId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no chapter " + chapterId));
        return new Pass(Map.of()).chapterOnly(chapter, firstPage);
    }

    private static List<LayoutWarning> dedupe(List<LayoutWarning> warnings) {
        Set<String> seen = new LinkedHashSet<>();
        List<LayoutWarning> unique = new ArrayList<>();
        for (LayoutWarning warning : warnings) {
            if (seen.add(warning.toString())) {
                unique.add(warning);
            }
        }
        return unique;
    }

    private static String text(LocalizedText text, Language language) {
        return text.in(language).isEmpty() ? text.zh() : text.in(language);
    }

    /** One layout of the whole report with the page numbers of the previous pass. */
    private final class Pass {
        private final Map<String, Integer> knownPages;
        private final List<LayoutWarning> warnings = new ArrayList<>();
        private List<PageBox> pages;
        private List<OutlineEntry> outline;
        private Map<String, Integer> anchorPages;

        Pass(Map<String, Integer> knownPages) {
            this.knownPages = knownPages;
        }

        void run() {
            Report report = project.report();
            Column column = column(report);
            PageComposer composer = composer(report, column);
            pages = composer.compose(items(report, column));
            outline = composer.outline();
            anchorPages = withIndexedBlocks(composer.anchorPages(), report, pages);
        }

        List<PageBox> chapterOnly(Chapter chapter, int firstPage) {
            Report report = project.report();
            Column column = column(report);
            List<FlowItem> items = new ArrayList<>();
            chapter(items, report, column, chapter);
            return composer(report, column).numberingFrom(firstPage).compose(items);
        }

        private Column column(Report report) {
            Styles styles = new Styles(theme, fonts);
            FootnoteNumbering numbering = FootnoteNumbering.of(report);
            ReportText text = new ReportText(styles, project.data(), report.settings().year(), numbering, warnings::add);
            Map<String, Asset> assets = new HashMap<>();
            project.assets().forEach(asset -> assets.put(asset.name(), asset));
            return new Column(theme.page().contentWidth(), typesetter, text, edition, assets, warnings::add);
        }

        private PageComposer composer(Report report, Column column) {
            FootnoteArea footnotes = new FootnoteArea(column, footnotes(report));
            Decorations decorations = new Decorations(column.styles(), ReportLayout.text(report.settings().shortName(),
                    edition.primary()) + " " + report.settings().year() + " " + (edition.primary() == Language.EN
                    ? "ESG Report" : "ESG报告"), edition.primary());
            return new PageComposer(theme.page(), decorations, footnotes, warnings::add);
        }

        private Map<String, Footnote> footnotes(Report report) {
            Map<String, Footnote> notes = new HashMap<>();
            ReportWalk.walk(report, new ReportVisitor() {
                @Override
                public void footnote(Footnote footnote, Location location) {
                    notes.putIfAbsent(footnote.id(), footnote);
                }
            });
            return notes;
        }

        private List<FlowItem> items(Report report, Column column) {
            List<FlowItem> items = new ArrayList<>();
            items.add(new FlowItem.Designed(new DesignedPage(number -> DesignedPages.cover(column, report.settings()),
                    List.of(new Anchor("cover", 0)), false, List.of())));
            List<FrontPart> front = new ArrayList<>(report.front());
            if (!front.isEmpty() && front.get(0) instanceof ReportInfo info) {
                part(items, column, info.id(), info.title(), FrontMatterFlows.of(column, info));
                front.remove(0);
            }
            tableOfContents(items, report, column);
            for (FrontPart part : front) {
                part(items, column, part.id(), part.title(), FrontMatterFlows.of(column, part));
            }
            for (Chapter chapter : report.chapters()) {
                chapter(items, report, column, chapter);
            }
            Map<String, String> sections = sectionTitles(report, column);
            for (BackPart part : report.back()) {
                part(items, column, part.id(), part.title(), BackMatterFlows.of(column, part, sections, knownPages));
            }
            return items;
        }

        private void part(List<FlowItem> items, Column column, String id, LocalizedText title, List<Flowable> content) {
            String shown = ReportLayout.text(title, column.primary());
            items.add(new FlowItem.NewPage());
            items.add(new FlowItem.RunningHead(shown));
            items.add(new FlowItem.Mark(id, new OutlineEntry(shown, 0, id)));
            Titles.part(column, title, shown).forEach(flow -> items.add(new FlowItem.Content(flow)));
            content.forEach(flow -> items.add(new FlowItem.Content(flow)));
        }

        private void chapter(List<FlowItem> items, Report report, Column column, Chapter chapter) {
            String number = SectionNumbering.chapterNumber(report, chapter);
            String title = ReportLayout.text(chapter.title(), column.primary());
            List<String> sectionLines = DesignedPages.sectionLines(column, report, chapter);
            String outlineTitle = number.isEmpty() ? title : number + " " + title;
            items.add(new FlowItem.Designed(new DesignedPage(
                    page -> DesignedPages.opener(column, chapter, number, sectionLines, page),
                    List.of(new Anchor(chapter.id(), 0)), false,
                    List.of(new OutlineEntry(outlineTitle, 0, chapter.id())))));
            items.add(new FlowItem.RunningHead(title));
            for (Section section : chapter.sections()) {
                String sectionNumber = SectionNumbering.sectionNumber(report, chapter, section);
                String sectionTitle = ReportLayout.text(section.title(), column.primary());
                String where = outlineTitle + " › " + sectionTitle;
                items.add(new FlowItem.Mark(section.id(), new OutlineEntry(
                        sectionNumber.isEmpty() ? sectionTitle : sectionNumber + " " + sectionTitle, 1, section.id())));
                Titles.section(column, sectionNumber, section.title(), where)
                        .forEach(flow -> items.add(new FlowItem.Content(flow)));
                BlockFlows.of(column, section.blocks(), where).forEach(flow -> items.add(new FlowItem.Content(flow)));
            }
        }

        private void tableOfContents(List<FlowItem> items, Report report, Column column) {
            boolean english = column.primary() == Language.EN;
            LocalizedText title = LocalizedText.of("目录", "Contents");
            String shown = english ? "Contents" : "目录";
            items.add(new FlowItem.NewPage());
            items.add(new FlowItem.RunningHead(shown));
            items.add(new FlowItem.Mark("toc", null));
            Titles.part(column, title, shown).forEach(flow -> items.add(new FlowItem.Content(flow)));
            for (FrontPart part : report.front()) {
                if (!(part instanceof ReportInfo)) {
                    toc(items, column, ReportLayout.text(part.title(), column.primary()), part.id(), Role.TOC_CHAPTER, 0);
                }
            }
            for (Chapter chapter : report.chapters()) {
                String number = SectionNumbering.chapterNumber(report, chapter);
                String chapterTitle = ReportLayout.text(chapter.title(), column.primary());
                toc(items, column, number.isEmpty() ? chapterTitle : number + "  " + chapterTitle, chapter.id(),
                        Role.TOC_CHAPTER, 0);
                for (Section section : chapter.sections()) {
                    String sectionNumber = SectionNumbering.sectionNumber(report, chapter, section);
                    String sectionTitle = ReportLayout.text(section.title(), column.primary());
                    toc(items, column, sectionNumber.isEmpty() ? sectionTitle : sectionNumber + "  " + sectionTitle,
                            section.id(), Role.TOC_ENTRY, 18);
                }
            }
            for (BackPart part : report.back()) {
                toc(items, column, ReportLayout.text(part.title(), column.primary()), part.id(), Role.TOC_CHAPTER, 0);
            }
        }

        private void toc(List<FlowItem> items, Column column, String title, String anchor, Role role, double indent) {
            Integer page = knownPages.get(anchor);
            items.add(new FlowItem.Content(BackMatterFlows.tocLine(column, title, page == null ? "00" : page.toString(),
                    anchor, role, indent)));
        }

        /**
         * The location a content index prints for an element: a section's number and title, a chapter's, a part's
         * title, and for a block the title of the section (or part) it is in.
         */
        private Map<String, String> sectionTitles(Report report, Column column) {
            Map<String, String> titles = new LinkedHashMap<>();
            for (FrontPart part : report.front()) {
                String title = ReportLayout.text(part.title(), column.primary());
                titles.put(part.id(), title);
                blockTitles(part.blocks(), title, titles);
            }
            for (Chapter chapter : report.chapters()) {
                String chapterNumber = SectionNumbering.chapterNumber(report, chapter);
                String chapterTitle = ReportLayout.text(chapter.title(), column.primary());
                titles.put(chapter.id(), chapterNumber.isEmpty() ? chapterTitle : chapterNumber + " " + chapterTitle);
                for (Section section : chapter.sections()) {
                    String number = SectionNumbering.sectionNumber(report, chapter, section);
                    String title = ReportLayout.text(section.title(), column.primary());
                    String shown = number.isEmpty() ? title : number + " " + title;
                    titles.put(section.id(), shown);
                    blockTitles(section.blocks(), shown, titles);
                }
            }
            for (BackPart part : report.back()) {
                String title = ReportLayout.text(part.title(), column.primary());
                titles.put(part.id(), title);
                blockTitles(part.blocks(), title, titles);
            }
            return titles;
        }

        private void blockTitles(List<org.esgstudio.model.Block> blocks, String title, Map<String, String> titles) {
            for (org.esgstudio.model.Block block : blocks) {
                titles.put(block.id(), title);
                blockTitles(block.children(), title, titles);
            }
        }

        /**
         * The anchors' pages plus, for every block a content index names, the first page it lands on (blocks are not
         * anchors of their own; the pages record where each top-level block's lines are).
         */
        private Map<String, Integer> withIndexedBlocks(Map<String, Integer> anchors, Report report, List<PageBox> laid) {
            java.util.Set<String> named = new java.util.HashSet<>();
            for (BackPart part : report.back()) {
                if (part instanceof org.esgstudio.model.ContentIndex index) {
                    index.rows().forEach(row -> named.addAll(row.sections()));
                }
            }
            named.removeAll(anchors.keySet());
            if (named.isEmpty()) {
                return anchors;
            }
            Map<String, Integer> all = new LinkedHashMap<>(anchors);
            for (PageBox page : laid) {
                for (org.esgstudio.layout.BlockSpan span : page.blocks()) {
                    if (named.contains(span.id())) {
                        all.putIfAbsent(span.id(), page.index());
                    }
                }
            }
            return all;
        }
    }
}
