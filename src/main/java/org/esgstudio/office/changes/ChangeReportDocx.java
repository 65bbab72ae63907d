package org.esgstudio.office.changes;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.esgstudio.i18n.Messages;
import org.esgstudio.i18n.TargetFile;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.review.compare.BlockChange;
import org.esgstudio.review.compare.ChangeReport;
import org.esgstudio.review.compare.ComparedState;
import org.esgstudio.review.compare.Comparison;
import org.esgstudio.review.compare.DiffSegment;
import org.esgstudio.review.compare.FieldChange;
import org.esgstudio.review.compare.FigureChange;
import org.esgstudio.review.compare.NodeKinds;
import org.esgstudio.review.compare.ValueChange;

/**
 * A change report as a Word document (.docx): which two states are compared (name, who, when), the headline counts,
 * the figures that changed (the data store's values, then the figures written in the text: where, before, after),
 * then per chapter every changed block with its fields, deleted text struck through in red and inserted text
 * underlined in green. In the language of the messages. Pure but for the final write, which is atomic.
 */
public final class ChangeReportDocx {
    static final String DELETED_COLOUR = "C00000";
    static final String INSERTED_COLOUR = "00803C";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private ChangeReportDocx() {
    }

    /** Writes the report to {@code target}, complete or not at all; an unwritable target names itself. */
    public static void write(ChangeReport report, Instant made, Path target) {
        try (XWPFDocument document = build(report, made)) {
            TargetFile.write(target, document::write);
        } catch (IOException e) {
            throw new UserFacingException(e, "target.unwritable", target.toAbsolutePath().normalize(), e.getMessage());
        }
    }

    /** Writes the report to a stream (the caller owns it). */
    public static void write(ChangeReport report, Instant made, OutputStream out) {
        try (XWPFDocument document = build(report, made)) {
            document.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XWPFDocument build(ChangeReport report, Instant made) {
        XWPFDocument document = new XWPFDocument();
        ChangeReportStyles.apply(document);
        document.getProperties().getCoreProperties().setTitle(Messages.get("version.report.title") + " – "
                + report.reportTitle());
        document.getProperties().getCoreProperties().setCreator("ESG Report Studio");
        header(document, report, made);
        Comparison comparison = report.comparison();
        summary(document, comparison);
        if (!comparison.isEmpty()) {
            figures(document, comparison);
            blocks(document, comparison.blocks());
        }
        return document;
    }

    private static void header(XWPFDocument document, ChangeReport report, Instant made) {
        styled(document, ChangeReportStyles.TITLE).createRun().setText(Messages.get("version.report.title"));
        styled(document, ChangeReportStyles.SUBTITLE).createRun().setText(report.reportTitle());
        XWPFTable states = ChangeTables.table(document, List.of(Messages.get("version.report.column.side"),
                Messages.get("version.report.column.version"), Messages.get("version.report.column.author"),
                Messages.get("version.report.column.at")), new int[] {2, 4, 3, 3});
        state(states, "version.report.from", report.from());
        state(states, "version.report.to", report.to());
        XWPFParagraph about = styled(document, ChangeReportStyles.FIELD_LABEL);
        about.setSpacingBefore(160);
        about.createRun().setText(Messages.get("version.report.made", WHEN.format(made)));
        styled(document, ChangeReportStyles.FIELD_LABEL).createRun().setText(Messages.get("version.report.legend"));
    }

    private static void state(XWPFTable table, String side, ComparedState state) {
        ChangeTables.row(table, Messages.get(side), state.current() ? Messages.get("version.report.currentState",
                state.name()) : state.name(), state.author(), state.at() == null ? "" : WHEN.format(state.at()));
    }

    private static void summary(XWPFDocument document, Comparison comparison) {
        heading(document, 1, Messages.get("version.report.summary"));
        if (comparison.isEmpty()) {
            styled(document, ChangeReportStyles.NORMAL).createRun().setText(Messages.get("version.report.nothing"));
            return;
        }
        Comparison.Counts counts = comparison.counts();
        styled(document, ChangeReportStyles.NORMAL).createRun().setText(Messages.get("version.summary.blocks",
                counts.blocksAdded(), counts.blocksRemoved(), counts.blocksChanged(), counts.blocksMoved()));
        styled(document, ChangeReportStyles.NORMAL).createRun().setText(Messages.get("version.summary.values",
                counts.valuesAdded(), counts.valuesRemoved(), counts.valuesChanged()));
        styled(document, ChangeReportStyles.NORMAL).createRun().setText(Messages.get("version.summary.figures",
                counts.figuresAdded(), counts.figuresRemoved(), counts.figuresChanged()));
    }

    private static void figures(XWPFDocument document, Comparison comparison) {
        heading(document, 1, Messages.get("version.report.figures"));
        heading(document, 2, Messages.get("version.report.values"));
        if (comparison.values().isEmpty()) {
            styled(document, ChangeReportStyles.NORMAL).createRun().setText(Messages.get("version.report.noValues"));
        } else {
            XWPFTable table = ChangeTables.table(document, List.of(Messages.get("version.report.column.indicator"),
                    Messages.get("version.report.column.year"), Messages.get("version.report.column.before"),
                    Messages.get("version.report.column.after"), Messages.get("version.report.column.change")),
                    new int[] {6, 2, 3, 3, 2});
            for (ValueChange value : comparison.values()) {
                ChangeTables.row(table, value.indicator() + "（" + value.code() + "）", Integer.toString(value.year()),
                        withUnit(value.before(), value.unitBefore()), withUnit(value.after(), value.unitAfter()),
                        Messages.get("version.change." + value.change()));
            }
        }
        heading(document, 2, Messages.get("version.report.textFigures"));
        if (comparison.figures().isEmpty()) {
            styled(document, ChangeReportStyles.NORMAL).createRun().setText(Messages.get("version.report.noFigures"));
        } else {
            XWPFTable table = ChangeTables.table(document, List.of(Messages.get("version.report.column.where"),
                    Messages.get("version.report.column.before"), Messages.get("version.report.column.after"),
                    Messages.get("version.report.column.change"), Messages.get("version.report.column.matched")),
                    new int[] {7, 3, 3, 2, 3});
            for (FigureChange figure : comparison.figures()) {
                ChangeTables.row(table, figure.location(), figure.before(), figure.after(),
                        Messages.get("version.change." + figure.change()),
                        figure.indicator() == null ? "" : figure.indicator());
            }
        }
    }

    private static String withUnit(String value, String unit) {
        return value.isEmpty() || unit.isEmpty() ? value : value + " " + unit;
    }

    private static void blocks(XWPFDocument document, List<BlockChange> blocks) {
        heading(document, 1, Messages.get("version.report.blocks"));
        if (blocks.isEmpty()) {
            styled(document, ChangeReportStyles.NORMAL).createRun().setText(Messages.get("version.report.noBlocks"));
            return;
        }
        Map<String, List<BlockChange>> byChapter = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (BlockChange block : blocks) {
            byChapter.computeIfAbsent(block.chapterId(), k -> new java.util.ArrayList<>()).add(block);
            titles.putIfAbsent(block.chapterId(), block.chapterTitle());
        }
        for (Map.Entry<String, List<BlockChange>> chapter : byChapter.entrySet()) {
            heading(document, 2, titles.get(chapter.getKey()));
            for (BlockChange block : chapter.getValue()) {
                block(document, block);
            }
        }
    }

    private static void block(XWPFDocument document, BlockChange block) {
        heading(document, 3, Messages.get("version.report.block", Messages.get("version.change." + block.change()),
                NodeKinds.name(block.kind()), block.id()));
        styled(document, ChangeReportStyles.FIELD_LABEL).createRun().setText(block.location());
        if (block.moved()) {
            styled(document, ChangeReportStyles.FIELD_LABEL).createRun().setText(Messages.get(
                    "version.report.movedFrom", block.previousLocation()));
        }
        for (FieldChange field : block.fields()) {
            styled(document, ChangeReportStyles.FIELD_LABEL).createRun().setText(field.label());
            XWPFParagraph text = styled(document, ChangeReportStyles.NORMAL);
            for (DiffSegment segment : field.diff()) {
                run(text, segment);
            }
        }
    }

    private static void run(XWPFParagraph paragraph, DiffSegment segment) {
        String[] lines = segment.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = paragraph.createRun();
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
            if (segment.kind() == DiffSegment.Kind.DELETED) {
                run.setColor(DELETED_COLOUR);
                run.setStrikeThrough(true);
            } else if (segment.kind() == DiffSegment.Kind.INSERTED) {
                run.setColor(INSERTED_COLOUR);
                run.setUnderline(UnderlinePatterns.SINGLE);
            }
        }
    }

    private static void heading(XWPFDocument document, int level, String text) {
        styled(document, ChangeReportStyles.heading(level)).createRun().setText(text);
    }

    private static XWPFParagraph styled(XWPFDocument document, String style) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(style);
        return paragraph;
    }
}
