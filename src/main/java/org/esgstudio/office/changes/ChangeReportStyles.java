package org.esgstudio.office.changes;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The change report's styles: Word's built-in ids (Title, Heading1–3 with outline levels, so that the navigation
 * pane lists chapters and blocks), 宋体 / Times New Roman at 五号, a smaller table text, and A4 pages.
 */
final class ChangeReportStyles {
    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String NORMAL = "Normal";
    static final String TABLE_TEXT = "TableText";
    static final String FIELD_LABEL = "FieldLabel";
    static final String LATIN_FONT = "Times New Roman";
    static final String CHINESE_FONT = "宋体";
    static final String HEADING_FONT = "黑体";
    /** The text width of an A4 page with 1440-twip margins, in twips. */
    static final int TEXT_WIDTH_TWIPS = 11906 - 2 * 1440;
    private static final int[] HEADING_SIZES = {32, 26, 22};

    private ChangeReportStyles() {
    }

    static String heading(int level) {
        return "Heading" + level;
    }

    static void apply(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        fonts.setEastAsia(CHINESE_FONT);
        fonts.setCs(LATIN_FONT);
        styles.setDefaultFonts(fonts);
        styles.setEastAsia("zh-CN");

        CTStyle normal = style(NORMAL, "Normal", null);
        normal.setDefault(Boolean.TRUE);
        size(run(normal), 21);
        spacing(normal, 0, 80);
        add(styles, normal);

        for (int level = 1; level <= 3; level++) {
            CTStyle heading = style(heading(level), "heading " + level, NORMAL);
            heading.addNewQFormat();
            CTPPrGeneral paragraph = paragraph(heading);
            paragraph.addNewKeepNext();
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            spacing(heading, level == 1 ? 360 : 200, 100);
            CTRPr run = run(heading);
            font(run, HEADING_FONT);
            run.addNewB();
            size(run, HEADING_SIZES[level - 1]);
            run.addNewColor().setVal("1F5C4A");
            add(styles, heading);
        }

        CTStyle title = style(TITLE, "Title", NORMAL);
        paragraph(title).addNewJc().setVal(STJc.CENTER);
        spacing(title, 240, 200);
        CTRPr titleRun = run(title);
        font(titleRun, HEADING_FONT);
        titleRun.addNewB();
        size(titleRun, 40);
        titleRun.addNewColor().setVal("1F5C4A");
        add(styles, title);

        CTStyle subtitle = style(SUBTITLE, "Subtitle", NORMAL);
        paragraph(subtitle).addNewJc().setVal(STJc.CENTER);
        spacing(subtitle, 0, 240);
        size(run(subtitle), 26);
        add(styles, subtitle);

        CTStyle table = style(TABLE_TEXT, "Table Text", NORMAL);
        spacing(table, 0, 0);
        size(run(table), 18);
        add(styles, table);

        CTStyle label = style(FIELD_LABEL, "Field Label", NORMAL);
        spacing(label, 60, 20);
        paragraph(label).addNewKeepNext();
        size(run(label), 18);
        run(label).addNewColor().setVal("666666");
        add(styles, label);

        page(document);
    }

    private static void page(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        BigInteger margin = BigInteger.valueOf(1440);
        margins.setTop(margin);
        margins.setBottom(margin);
        margins.setLeft(margin);
        margins.setRight(margin);
        margins.setHeader(BigInteger.valueOf(720));
        margins.setFooter(BigInteger.valueOf(720));
        margins.setGutter(BigInteger.ZERO);
    }

    private static CTStyle style(String id, String name, String basedOn) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        return style;
    }

    private static CTPPrGeneral paragraph(CTStyle style) {
        return style.isSetPPr() ? style.getPPr() : style.addNewPPr();
    }

    private static CTRPr run(CTStyle style) {
        return style.isSetRPr() ? style.getRPr() : style.addNewRPr();
    }

    private static void font(CTRPr run, String eastAsia) {
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        fonts.setEastAsia(eastAsia);
    }

    private static void size(CTRPr run, int halfPoints) {
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
    }

    private static void spacing(CTStyle style, int before, int after) {
        CTSpacing spacing = paragraph(style).addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
    }

    private static void add(XWPFStyles styles, CTStyle style) {
        styles.addStyle(new XWPFStyle(style, styles));
    }
}
