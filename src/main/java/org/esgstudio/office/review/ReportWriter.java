package org.esgstudio.office.review;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.esgstudio.figures.Finding;
import org.esgstudio.figures.Severity;
import org.esgstudio.model.Chapter;
import org.esgstudio.model.ChapterKind;
import org.esgstudio.model.Part;
import org.esgstudio.model.Report;
import org.esgstudio.model.Section;
import org.esgstudio.model.SectionNumbering;
import org.esgstudio.review.CommentAnchor;
import org.esgstudio.review.PlacedThread;

/**
 * Writes the copy in reading order: a title page (title, company, year, what the copy holds and how many findings it
 * carries), the front matter, each chapter as Heading 1 with its sections as Heading 2, the back matter, and last the
 * findings and review comment threads that have no place in the text (审阅意见).
 */
final class ReportWriter {
    private final ReviewContext context;
    private final Body body;
    private final BlockWriter blocks;
    private final PartWriter parts;

    ReportWriter(ReviewContext context) {
        this.context = context;
        this.body = Body.of(context.document);
        this.blocks = new BlockWriter(context);
        this.parts = new PartWriter(context, blocks, placeTitles());
    }

    void write(ReviewSelection selection, ReviewProgress progress) {
        Report report = context.report;
        int total = selection.chapters().size() + (selection.wholeReport() ? report.front().size() + report.back().size() : 0);
        int[] done = {0};
        Runnable step = () -> {
            progress.advanced(++done[0], total);
            if (progress.cancelled()) {
                throw new CancellationException("review copy export cancelled");
            }
        };
        titlePage(selection);
        if (selection.wholeReport()) {
            for (Part part : report.front()) {
                parts.part(body, part);
                step.run();
            }
        }
        for (Chapter chapter : selection.chapters()) {
            chapter(chapter);
            step.run();
        }
        if (selection.wholeReport()) {
            for (Part part : report.back()) {
                parts.part(body, part);
                step.run();
            }
        }
        remarks(context.placement.takeRest(), context.threads.takeRest());
    }

    private void titlePage(ReviewSelection selection) {
        Report report = context.report;
        context.plain(context.paragraph(body, WordStyles.TITLE), context.pick(report.settings().title()),
                RunWriter.Look.PLAIN);
        context.plain(context.paragraph(body, WordStyles.SUBTITLE), context.pick(report.settings().company()),
                RunWriter.Look.PLAIN);
        String scope = selection.wholeReport() ? context.text("docx.export.wholeReport", report.settings().year())
                : context.text("docx.export.oneChapter", report.settings().year(), context.options.chapter(),
                        context.pick(selection.chapters().get(0).title()));
        context.plain(context.paragraph(body, WordStyles.SUBTITLE), scope, RunWriter.Look.BOLD);
        List<Finding> findings = selection.findings();
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        long notes = findings.stream().filter(f -> f.severity() == Severity.INFO).count();
        XWPFParagraph summary = context.paragraph(body, WordStyles.BODY);
        context.plain(summary, context.text("docx.export.summary", LocalDate.now().toString(), findings.size(), errors,
                warnings, notes), RunWriter.Look.PLAIN);
        List<PlacedThread> threads = selection.threads();
        if (!threads.isEmpty()) {
            long open = threads.stream().filter(t -> t.thread().isOpen()).count();
            summary = context.paragraph(body, WordStyles.BODY);
            context.plain(summary, context.text("comment.docx.summary", threads.size(), open, threads.size() - open),
                    RunWriter.Look.PLAIN);
        }
        summary.createRun().addBreak(BreakType.PAGE);
    }

    private void chapter(Chapter chapter) {
        Report report = context.report;
        context.open(chapter.id());
        String number = SectionNumbering.chapterNumber(report, chapter);
        String title = context.pick(chapter.title());
        if (chapter.kind() == ChapterKind.FEATURE) {
            title = context.text("docx.export.feature", title);
        }
        context.plain(context.paragraph(body, WordStyles.heading(1)), number.isEmpty() ? title : number + "  " + title,
                RunWriter.Look.PLAIN);
        if (!chapter.intro().isEmpty()) {
            context.runs.write(context.paragraph(body, WordStyles.BODY), null, context.pieces(context.pick(chapter.intro())),
                    List.of(), new RunWriter.Look(false, "555555", null), true);
        }
        context.close(body, title);
        for (Section section : chapter.sections()) {
            context.open(section.id());
            String sectionNumber = SectionNumbering.sectionNumber(report, chapter, section);
            String sectionTitle = context.pick(section.title());
            context.plain(context.paragraph(body, WordStyles.heading(2)),
                    sectionNumber.isEmpty() ? sectionTitle : sectionNumber + "  " + sectionTitle, RunWriter.Look.PLAIN);
            context.close(body, sectionTitle);
            blocks.blocks(body, section.blocks(), false);
        }
    }

    /**
     * Findings with no place in the text (a rule over indicators no table shows …) and threads whose block is gone,
     * each with its comment.
     */
    private void remarks(List<Finding> rest, List<PlacedThread> threads) {
        if (rest.isEmpty() && threads.isEmpty()) {
            return;
        }
        context.plain(context.paragraph(body, WordStyles.heading(1)), context.text("docx.export.remarks"),
                RunWriter.Look.PLAIN);
        for (Finding finding : rest) {
            XWPFParagraph paragraph = context.paragraph(body, WordStyles.LIST);
            String where = finding.location().isBlank() ? context.text("docx.export.wholeReportPlace")
                    : finding.location();
            BigInteger id = context.comments.add(finding);
            context.runs.write(paragraph, "•\t", List.of(new Piece.Text(where + (context.english() ? ": " : "："), true),
                    new Piece.Text(finding.message(context.locale), false)), List.of(Anchor.whole(List.of(id))),
                    RunWriter.Look.PLAIN, false);
        }
        for (PlacedThread thread : threads) {
            XWPFParagraph paragraph = context.paragraph(body, WordStyles.LIST);
            CommentAnchor anchor = thread.thread().anchor();
            String where = anchor.blockId() + (anchor.onFigure() ? " " + anchor.figureLabel() : "");
            BigInteger id = context.comments.add(thread, false);
            context.runs.write(paragraph, "•\t", List.of(new Piece.Text(where + (context.english() ? ": " : "："), true),
                    new Piece.Text(thread.thread().opening().firstLine(), false)), List.of(Anchor.whole(List.of(id))),
                    RunWriter.Look.PLAIN, false);
        }
    }

    /** Section, chapter, part and block ids → the printed titles they are found under, for the content index. */
    private Map<String, String> placeTitles() {
        Report report = context.report;
        Map<String, String> titles = new HashMap<>();
        report.front().forEach(part -> titles.put(part.id(), context.pick(part.title())));
        for (Chapter chapter : report.chapters()) {
            String number = SectionNumbering.chapterNumber(report, chapter);
            titles.put(chapter.id(), (number.isEmpty() ? "" : number + " ") + context.pick(chapter.title()));
            for (Section section : chapter.sections()) {
                String sectionNumber = SectionNumbering.sectionNumber(report, chapter, section);
                String title = (sectionNumber.isEmpty() ? "" : sectionNumber + " ") + context.pick(section.title());
                titles.put(section.id(), title);
                blockTitles(section.blocks(), title, titles);
            }
        }
        report.back().forEach(part -> titles.put(part.id(), context.pick(part.title())));
        for (org.esgstudio.model.Part part : org.esgstudio.model.ReportQuery.parts(report)) {
            blockTitles(part.blocks(), context.pick(part.title()), titles);
        }
        return titles;
    }

    /** A block is found under the title of the section (or part) it is in. */
    private static void blockTitles(java.util.List<org.esgstudio.model.Block> blocks, String title,
                                    Map<String, String> titles) {
        for (org.esgstudio.model.Block block : blocks) {
            titles.put(block.id(), title);
            blockTitles(block.children(), title, titles);
        }
    }
}
