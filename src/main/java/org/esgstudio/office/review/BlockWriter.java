package org.esgstudio.office.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.esgstudio.data.Indicator;
import org.esgstudio.model.Block;
import org.esgstudio.model.BlockLabels;
import org.esgstudio.model.BulletList;
import org.esgstudio.model.Callout;
import org.esgstudio.model.CaseStudy;
import org.esgstudio.model.Chart;
import org.esgstudio.model.DataTable;
import org.esgstudio.model.Diagram;
import org.esgstudio.model.DiagramEdge;
import org.esgstudio.model.DiagramNode;
import org.esgstudio.model.Figure;
import org.esgstudio.model.Heading;
import org.esgstudio.model.Image;
import org.esgstudio.model.ListStyle;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.TableRow;
import org.esgstudio.model.TextRow;
import org.esgstudio.model.TextTable;
import org.esgstudio.model.Tiles;

/**
 * Writes each kind of block: paragraphs and lists with their figures checked, sub-heads as Heading 3 (minor heads as
 * Heading 4), case studies as a shaded one-cell box titled 案例, data tables with the store's values, text tables,
 * tiles and callouts as value–label tables, images with captions, charts as the table of their data, diagrams as
 * lists of their boxes and arrows.
 */
final class BlockWriter {
    static final String CASE_FILL = "EEF6F1";
    static final String CASE_RULE = "3C8D6E";
    private final ReviewContext context;
    private final Tables tables;
    private final Pictures pictures;

    BlockWriter(ReviewContext context) {
        this.context = context;
        this.tables = new Tables(context);
        this.pictures = new Pictures(context);
    }

    Tables tables() {
        return tables;
    }

    void blocks(Body body, List<Block> blocks, boolean inCase) {
        for (Block block : blocks) {
            block(body, block, inCase);
        }
    }

    void block(Body body, Block block, boolean inCase) {
        context.open(block.id());
        if (block instanceof Paragraph p) {
            XWPFParagraph paragraph = context.paragraph(body, WordStyles.BODY);
            context.prose(paragraph, p.text(), null, RunWriter.Look.PLAIN, inCase);
            context.footnotes.references(paragraph, unreferenced(p.notes(), List.of(p.text())));
        } else if (block instanceof Heading h) {
            XWPFParagraph paragraph = context.paragraph(body, WordStyles.heading(h.level() == 1 ? 3 : 4));
            context.plain(paragraph, context.pick(h.text()), RunWriter.Look.PLAIN);
        } else if (block instanceof BulletList l) {
            list(body, l, inCase);
        } else if (block instanceof CaseStudy c) {
            caseStudy(body, c);
        } else if (block instanceof DataTable t) {
            tables.title(body, t.title(), t.notes());
            XWPFTable table = tables.indicatorTable(body, t.years());
            t.rows().forEach(row -> tables.indicatorRow(table, row, t.years(), false));
            context.spacer(body);
        } else if (block instanceof TextTable t) {
            textTable(body, t);
        } else if (block instanceof Tiles t) {
            tables.title(body, t.title(), List.of());
            tiles(body, t.tiles());
        } else if (block instanceof Callout c) {
            callout(body, c.figure());
        } else if (block instanceof Image i) {
            pictures.image(body, i.asset(), i.caption(), i.widthPercent(), inCase);
        } else if (block instanceof Chart c) {
            chart(body, c);
        } else if (block instanceof Diagram d) {
            diagram(body, d);
        }
        context.close(body, BlockLabels.label(block));
    }

    /** Notes attached to a text but not referenced in it: referenced at its end, so that none is lost. */
    private List<org.esgstudio.model.Footnote> unreferenced(List<org.esgstudio.model.Footnote> notes,
                                                            List<LocalizedText> texts) {
        return notes.stream().filter(note -> texts.stream()
                .noneMatch(text -> context.pick(text).contains("[^" + note.id() + "]"))).toList();
    }

    private void list(Body body, BulletList list, boolean inCase) {
        XWPFParagraph last = null;
        int number = 0;
        for (LocalizedText item : list.items()) {
            number++;
            String lead = list.style() == ListStyle.BULLET ? "•\t"
                    : list.style() == ListStyle.STEPS ? context.text("docx.export.step", number) + "\t" : number + ".\t";
            XWPFParagraph paragraph = context.paragraph(body, WordStyles.LIST);
            paragraph.setIndentationHanging(list.style() == ListStyle.STEPS && !context.english() ? 840 : 420);
            context.prose(paragraph, item, lead, RunWriter.Look.PLAIN, inCase);
            last = paragraph;
        }
        if (last != null) {
            context.footnotes.references(last, unreferenced(list.notes(), list.items()));
        }
    }

    /** A one-cell table shaded pale green with a darker rule on the left: the title, the body, the picture. */
    private void caseStudy(Body body, CaseStudy study) {
        XWPFTable box = body.newTable(1, 1);
        XWPFTableCell cell = box.getRow(0).getCell(0);
        cell.setColor(CASE_FILL);
        box.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, CASE_RULE);
        box.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, CASE_RULE);
        box.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, CASE_RULE);
        box.setLeftBorder(XWPFTable.XWPFBorderType.THICK, 24, 0, CASE_RULE);
        box.setInsideHBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        box.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        box.setCellMargins(120, 200, 120, 200);
        box.setWidth(String.valueOf(WordStyles.TEXT_WIDTH_TWIPS));
        Body inside = Body.of(cell);
        XWPFParagraph title = context.paragraph(inside, WordStyles.NORMAL);
        title.setKeepNext(true);
        title.setSpacingAfter(120);
        context.runs.write(title, context.text("docx.export.caseStudy") + "｜", List.of(), List.of(),
                new RunWriter.Look(true, CASE_RULE, 24), false);
        context.plain(title, context.pick(study.title()), new RunWriter.Look(true, CASE_RULE, 24));
        blocks(inside, study.body(), true);
        if (study.hasImage()) {
            pictures.image(inside, study.image(), study.caption(), 90, true);
        }
        context.spacer(body);
    }

    private void textTable(Body body, TextTable table) {
        tables.title(body, table.title(), table.notes());
        int columns = table.columns().size();
        if (columns == 0) {
            return;
        }
        List<String> header = new ArrayList<>();
        int[] weights = new int[columns];
        for (int k = 0; k < columns; k++) {
            header.add(context.pick(table.columns().get(k)));
            int longest = header.get(k).length();
            for (TextRow row : table.rows()) {
                longest = Math.max(longest, Math.min(60, context.pick(row.cells().get(k)).length()));
            }
            weights[k] = Math.max(4, longest);
        }
        XWPFTable grid = tables.table(body, header, weights);
        for (TextRow row : table.rows()) {
            XWPFTableRow line = tables.row(grid);
            for (int k = 0; k < columns; k++) {
                context.marked(tables.cell(line, k, false), row.cells().get(k),
                        k == 0 ? RunWriter.Look.BOLD : RunWriter.Look.PLAIN);
            }
        }
        context.spacer(body);
    }

    /** Big figures as a two-column table: the value with its unit, and what it counts. */
    void tiles(Body body, List<Figure> figures) {
        if (figures.isEmpty()) {
            return;
        }
        XWPFTable grid = tables.table(body, List.of(context.text("docx.export.figure"),
                context.text("docx.export.label")), new int[] {1, 2});
        for (Figure figure : figures) {
            XWPFTableRow line = tables.row(grid);
            context.plain(tables.cell(line, 0, false), written(figure), new RunWriter.Look(true, Tables.HEADER_FILL, 26));
            XWPFParagraph label = tables.cell(line, 1, false);
            context.plain(label, context.pick(figure.label()), RunWriter.Look.PLAIN);
            context.footnotes.references(label, figure.notes());
        }
        context.spacer(body);
    }

    private void callout(Body body, Figure figure) {
        XWPFParagraph paragraph = context.paragraph(body, WordStyles.NORMAL);
        paragraph.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
        context.plain(paragraph, written(figure), new RunWriter.Look(true, Tables.HEADER_FILL, 36));
        XWPFParagraph label = context.paragraph(body, WordStyles.CAPTION);
        context.plain(label, context.pick(figure.label()), RunWriter.Look.PLAIN);
        context.footnotes.references(label, figure.notes());
    }

    /** A tile's figure as printed: qualifier word, value, 余, unit (as the validator reads it). */
    private String written(Figure figure) {
        String value = context.pick(figure.value());
        String qualifier = switch (figure.qualifier()) {
            case OVER -> value.startsWith("超") ? "" : context.english() ? "over " : "超";
            case NEAR -> value.startsWith("近") ? "" : context.english() ? "nearly " : "近";
            case APPROX -> value.startsWith("约") ? "" : context.english() ? "about " : "约";
            default -> "";
        };
        boolean marked = value.endsWith("余") || value.endsWith("多") || value.endsWith("+");
        String plus = figure.qualifier() == org.esgstudio.model.Qualifier.PLUS && !marked
                ? context.english() ? "+" : "余" : "";
        String unit = context.pick(figure.unit());
        return qualifier + value + plus + (context.english() && !unit.isEmpty() ? " " : "") + unit;
    }

    /** A chart's data as a table, so that a reviewer sees the figures it is drawn from. */
    private void chart(Body body, Chart chart) {
        tables.title(body, chart.title(), List.of());
        XWPFParagraph note = context.paragraph(body, WordStyles.CAPTION);
        context.plain(note, context.text("docx.export.chartData", context.text("docx.export.chartKind." + chart.kind())),
                RunWriter.Look.PLAIN);
        if (chart.indicators().isEmpty()) {
            return;
        }
        List<Integer> years = chart.years().isEmpty() ? List.of(context.year()) : chart.years();
        XWPFTable table = tables.indicatorTable(body, years);
        for (String code : chart.indicators()) {
            Indicator indicator = context.data().indicator(code).orElse(null);
            LocalizedText label = indicator == null ? LocalizedText.zh(code) : indicator.name();
            tables.indicatorRow(table, new TableRow(code + "-row", code, label, List.of()), years, false);
        }
        context.spacer(body);
    }

    /** A diagram's boxes (with their details) and its arrows, as text. */
    private void diagram(Body body, Diagram diagram) {
        tables.title(body, diagram.title(), List.of());
        Map<String, String> labels = new java.util.HashMap<>();
        for (DiagramNode node : diagram.nodes()) {
            labels.put(node.id(), context.pick(node.label()));
            StringBuilder text = new StringBuilder(context.pick(node.label()));
            List<String> details = node.details().stream().map(context::pick).filter(d -> !d.isBlank()).toList();
            if (!details.isEmpty()) {
                text.append(context.english() ? ": " : "：").append(String.join(context.english() ? "; " : "；", details));
            }
            XWPFParagraph paragraph = context.paragraph(body, WordStyles.LIST);
            paragraph.setIndentationHanging(420);
            context.runs.write(paragraph, "▪\t", List.of(), List.of(), RunWriter.Look.PLAIN, false);
            context.plain(paragraph, text.toString(), RunWriter.Look.PLAIN);
        }
        for (DiagramEdge edge : diagram.edges()) {
            XWPFParagraph paragraph = context.paragraph(body, WordStyles.LIST);
            context.plain(paragraph, labels.get(edge.from()) + " → " + labels.get(edge.to()), RunWriter.Look.PLAIN);
        }
    }
}
