package org.esgstudio.office.review;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;

/** Where blocks are written: the document itself, or the cell of a case study's box. */
interface Body {

    XWPFParagraph newParagraph();

    XWPFTable newTable(int rows, int columns);

    static Body of(XWPFDocument document) {
        return new Body() {
            @Override
            public XWPFParagraph newParagraph() {
                return document.createParagraph();
            }

            @Override
            public XWPFTable newTable(int rows, int columns) {
                return document.createTable(rows, columns);
            }
        };
    }

    /** A table cell: its first, empty paragraph is used before new ones are added. */
    static Body of(XWPFTableCell cell) {
        return new Body() {
            private boolean fresh = true;

            @Override
            public XWPFParagraph newParagraph() {
                if (fresh) {
                    fresh = false;
                    if (cell.getParagraphs().size() == 1 && cell.getParagraphs().get(0).getRuns().isEmpty()) {
                        return cell.getParagraphs().get(0);
                    }
                }
                return cell.addParagraph();
            }

            @Override
            public XWPFTable newTable(int rows, int columns) {
                fresh = false;
                CTTbl table = cell.getCTTc().addNewTbl();
                XWPFTable nested = new XWPFTable(table, cell, rows, columns);
                cell.insertTable(cell.getTables().size(), nested);
                return nested;
            }
        };
    }
}
