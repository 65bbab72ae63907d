package org.esgstudio.office.template;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.esgstudio.i18n.Messages;

/**
 * The 填报说明 sheet: what to fill in, units, not applicable, where to explain large changes, who to send the workbook
 * back to and by when (left blank for the ESG team to write in before sending; the sheet is not protected).
 */
final class InstructionsSheet {
    private static final int WIDTH = 96;
    private static final int ITEMS = 10;

    private InstructionsSheet() {
    }

    static void write(XSSFSheet sheet, TemplateStyles styles, String department, int year, int indicators) {
        sheet.setColumnWidth(0, (WIDTH + 1) * 256);
        XSSFRow titleRow = sheet.createRow(0);
        titleRow.setHeightInPoints(24);
        XSSFCell title = titleRow.createCell(0);
        title.setCellValue(Messages.get("template.instructions.title", department, year));
        title.setCellStyle(styles.title());
        int r = 2;
        for (String item : items(department, year, indicators)) {
            XSSFRow row = sheet.createRow(r++);
            XSSFCell cell = row.createCell(0);
            cell.setCellValue(item);
            cell.setCellStyle(styles.paragraph());
            row.setHeightInPoints(TextWidth.lines(item, WIDTH) * 15f + 4);
        }
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    /** The numbered items, from the message bundle ({@code template.instructions.1} …). */
    static List<String> items(String department, int year, int indicators) {
        List<String> items = new ArrayList<>();
        for (int k = 1; k <= ITEMS; k++) {
            items.add(k + ". " + Messages.get("template.instructions." + k, department, year, year - 1, indicators));
        }
        return items;
    }
}
