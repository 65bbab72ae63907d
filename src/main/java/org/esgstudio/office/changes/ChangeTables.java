package org.esgstudio.office.changes;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/** The change report's tables: a shaded header row repeated on every page, columns by weight, small text. */
final class ChangeTables {
    private static final String RULE = "A6B8B0";
    private static final String HEADER_FILL = "1F5C4A";

    private ChangeTables() {
    }

    static XWPFTable table(XWPFDocument document, List<String> header, int[] weights) {
        XWPFTable table = document.createTable(1, header.size());
        widths(table, weights);
        XWPFTable.XWPFBorderType single = XWPFTable.XWPFBorderType.SINGLE;
        table.setTopBorder(single, 4, 0, RULE);
        table.setBottomBorder(single, 4, 0, RULE);
        table.setLeftBorder(single, 4, 0, RULE);
        table.setRightBorder(single, 4, 0, RULE);
        table.setInsideHBorder(single, 4, 0, RULE);
        table.setInsideVBorder(single, 4, 0, RULE);
        table.setCellMargins(40, 100, 40, 100);
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int k = 0; k < header.size(); k++) {
            XWPFTableCell cell = head.getCell(k);
            cell.setColor(HEADER_FILL);
            XWPFRun run = paragraph(cell).createRun();
            run.setText(header.get(k));
            run.setBold(true);
            run.setColor("FFFFFF");
        }
        return table;
    }

    /** A new row with one text per column. */
    static XWPFTableRow row(XWPFTable table, String... texts) {
        XWPFTableRow row = table.createRow();
        row.setCantSplitRow(true);
        for (int k = 0; k < texts.length; k++) {
            if (texts[k] != null && !texts[k].isEmpty()) {
                paragraph(row.getCell(k)).createRun().setText(texts[k]);
            }
        }
        return row;
    }

    /** The first paragraph of a cell, in table text. */
    static XWPFParagraph paragraph(XWPFTableCell cell) {
        XWPFParagraph paragraph = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        paragraph.setStyle(ChangeReportStyles.TABLE_TEXT);
        return paragraph;
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
        width.setW(BigInteger.valueOf(ChangeReportStyles.TEXT_WIDTH_TWIPS));
        CTTblGrid grid = ct.getTblGrid() != null ? ct.getTblGrid() : ct.addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        XWPFTableRow first = table.getRow(0);
        for (int k = 0; k < weights.length; k++) {
            int twips = ChangeReportStyles.TEXT_WIDTH_TWIPS * weights[k] / sum;
            grid.addNewGridCol().setW(BigInteger.valueOf(twips));
            XWPFTableCell cell = first.getCell(k);
            CTTcPr cellProperties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
            CTTblWidth cellWidth = cellProperties.isSetTcW() ? cellProperties.getTcW() : cellProperties.addNewTcW();
            cellWidth.setType(STTblWidth.DXA);
            cellWidth.setW(BigInteger.valueOf(twips));
        }
    }
}
