package org.esgstudio.office.review;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.esgstudio.data.Indicator;
import org.esgstudio.data.UnitNames;
import org.esgstudio.model.Footnote;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.TableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Word tables of the copy: a shaded header row repeated on every page, thin grey rules, column widths shared out of
 * the text width; indicator tables print the store's values, right-aligned, with the unit beside the label.
 */
final class Tables {
    static final String HEADER_FILL = "1F5C4A";
    static final String BAND_FILL = "DCEBE4";
    private static final String RULE = "9DB5AC";
    private final ReviewContext context;

    Tables(ReviewContext context) {
        this.context = context;
    }

    /** A table title above it, bold and kept with the table, with the footnotes attached to the table. */
    void title(Body body, LocalizedText title, List<Footnote> notes) {
        if (title.isEmpty() && notes.isEmpty()) {
            return;
        }
        XWPFParagraph paragraph = context.paragraph(body, WordStyles.NORMAL);
        paragraph.setKeepNext(true);
        paragraph.setSpacingBefore(120);
        context.plain(paragraph, context.pick(title), RunWriter.Look.BOLD);
        context.footnotes.references(paragraph, notes);
    }

    /** A table with a header row (repeated on each page); columns get {@code weights} shares of the width. */
    XWPFTable table(Body body, List<String> header, int[] weights) {
        XWPFTable table = body.newTable(1, header.size());
        widths(table, weights);
        table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, RULE);
        table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, RULE);
        table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, RULE);
        table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, RULE);
        table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, RULE);
        table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, RULE);
        table.setCellMargins(40, 100, 40, 100);
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int k = 0; k < header.size(); k++) {
            XWPFTableCell cell = head.getCell(k);
            cell.setColor(HEADER_FILL);
            XWPFParagraph paragraph = context.paragraph(cell, WordStyles.TABLE_TEXT);
            context.plain(paragraph, header.get(k), new RunWriter.Look(true, "FFFFFF", null));
        }
        return table;
    }

    XWPFTableRow row(XWPFTable table) {
        XWPFTableRow row = table.createRow();
        row.setCantSplitRow(true);
        return row;
    }

    /** The first paragraph of a body cell, right-aligned for figures. */
    XWPFParagraph cell(XWPFTableRow row, int column, boolean right) {
        XWPFParagraph paragraph = context.paragraph(row.getCell(column), WordStyles.TABLE_TEXT);
        if (right) {
            paragraph.setAlignment(ParagraphAlignment.RIGHT);
        }
        return paragraph;
    }

    /** A full-width row (a KPI section or group label). */
    XWPFParagraph band(XWPFTable table, String fill) {
        XWPFTableRow row = row(table);
        int columns = row.getTableCells().size();
        for (int k = columns - 1; k >= 1; k--) {
            row.removeCell(k);
        }
        XWPFTableCell cell = row.getCell(0);
        CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        properties.addNewGridSpan().setVal(BigInteger.valueOf(columns));
        CTTblWidth width = properties.isSetTcW() ? properties.getTcW() : properties.addNewTcW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(WordStyles.TEXT_WIDTH_TWIPS));
        if (fill != null) {
            cell.setColor(fill);
        }
        return context.paragraph(cell, WordStyles.TABLE_TEXT);
    }

    /** Indicator rows over years: the label (with the row's footnotes), unit, one column per year. */
    XWPFTable indicatorTable(Body body, List<Integer> years) {
        List<String> header = new ArrayList<>();
        header.add(context.text("docx.export.indicator"));
        header.add(context.text("docx.export.unit"));
        for (int year : years) {
            header.add(context.text("docx.export.year", year));
        }
        int[] weights = new int[2 + years.size()];
        weights[0] = Math.max(3, 9 - 2 * years.size());
        weights[1] = 2;
        for (int k = 0; k < years.size(); k++) {
            weights[2 + k] = 2;
        }
        return table(body, header, weights);
    }

    void indicatorRow(XWPFTable table, TableRow row, List<Integer> years, boolean indented) {
        Indicator indicator = context.data().indicator(row.indicator()).orElse(null);
        LocalizedText label = !row.label().isEmpty() ? row.label()
                : indicator != null ? indicator.name() : LocalizedText.zh(row.indicator());
        XWPFTableRow line = row(table);
        XWPFParagraph name = cell(line, 0, false);
        if (indented) {
            name.setIndentationLeft(200);
        }
        context.indicatorLabel(name, context.pick(label), row.indicator());
        context.footnotes.references(name, row.notes());
        String unit = indicator == null ? "" : context.english() ? UnitNames.english(indicator.unit()) : indicator.unit();
        context.plain(cell(line, 1, false), unit, RunWriter.Look.PLAIN);
        for (int k = 0; k < years.size(); k++) {
            context.plain(cell(line, 2 + k, true), context.value(row.indicator(), years.get(k)), RunWriter.Look.PLAIN);
        }
    }

    /** Column widths in the table grid (which LibreOffice follows) and on every cell of the first row. */
    private static void widths(XWPFTable table, int[] weights) {
        int sum = 0;
        for (int weight : weights) {
            sum += weight;
        }
        CTTbl ct = table.getCTTbl();
        CTTblPr properties = ct.getTblPr() != null ? ct.getTblPr() : ct.addNewTblPr();
        CTTblWidth width = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(WordStyles.TEXT_WIDTH_TWIPS));
        CTTblGrid grid = ct.getTblGrid() != null ? ct.getTblGrid() : ct.addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        XWPFTableRow first = table.getRow(0);
        for (int k = 0; k < weights.length; k++) {
            int twips = WordStyles.TEXT_WIDTH_TWIPS * weights[k] / sum;
            grid.addNewGridCol().setW(BigInteger.valueOf(twips));
            XWPFTableCell cell = first.getCell(k);
            CTTcPr cellProperties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
            CTTblWidth cellWidth = cellProperties.isSetTcW() ? cellProperties.getTcW() : cellProperties.addNewTcW();
            cellWidth.setType(STTblWidth.DXA);
            cellWidth.setW(BigInteger.valueOf(twips));
        }
    }
}
