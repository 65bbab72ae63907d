package org.esgstudio.office.review;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.esgstudio.model.Language;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;

/**
 * The review copy's styles and page: Word's built-in style ids and names ({@code Heading1} / "heading 1" with an
 * outline level, so that Word's and LibreOffice's navigation pane lists them), a Normal style set in 宋体 / Times New
 * Roman at 五号 (10.5 pt), and A4 pages with 2.54 cm margins.
 */
final class WordStyles {
    static final String NORMAL = "Normal";
    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String BODY = "BodyText";
    static final String TABLE_TEXT = "TableText";
    static final String CAPTION = "Caption";
    static final String LIST = "ListParagraph";
    static final String FOOTNOTE_TEXT = "FootnoteText";
    static final String FOOTNOTE_REFERENCE = "FootnoteReference";
    static final String COMMENT_TEXT = "CommentText";
    static final String COMMENT_REFERENCE = "CommentReference";
    static final String LATIN_FONT = "Times New Roman";
    static final String CHINESE_FONT = "宋体";
    static final String HEADING_FONT = "黑体";
    /** The text width of an A4 page with 1440-twip margins, in twips (15.9 cm). */
    static final int TEXT_WIDTH_TWIPS = 11906 - 2 * 1440;
    /** Heading sizes in half-points for Heading 1–4: 三号, 四号, 小四, 五号. */
    private static final int[] HEADING_SIZES = {32, 28, 24, 21};

    private WordStyles() {
    }

    static String heading(int level) {
        return "Heading" + level;
    }

    static void apply(XWPFDocument document, Language language) {
        XWPFStyles styles = document.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        fonts.setEastAsia(CHINESE_FONT);
        fonts.setCs(LATIN_FONT);
        styles.setDefaultFonts(fonts);
        styles.setEastAsia("zh-CN");
        styles.setSpellingLanguage(language == Language.EN ? "en-GB" : "zh-CN");

        CTStyle normal = paragraphStyle(NORMAL, "Normal", null);
        normal.setDefault(Boolean.TRUE);
        fonts(run(normal), CHINESE_FONT);
        size(run(normal), 21);
        spacing(normal, 0, 100, 300);
        add(styles, normal);

        for (int level = 1; level <= 4; level++) {
            CTStyle heading = paragraphStyle(heading(level), "heading " + level, NORMAL);
            heading.addNewUiPriority().setVal(BigInteger.valueOf(9));
            heading.addNewQFormat();
            CTPPrGeneral paragraph = paragraph(heading);
            paragraph.addNewKeepNext();
            paragraph.addNewKeepLines();
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            spacing(heading, level == 1 ? 360 : 240, 120, 0);
            CTRPr run = run(heading);
            fonts(run, HEADING_FONT);
            run.addNewB();
            size(run, HEADING_SIZES[level - 1]);
            if (level <= 2) {
                run.addNewColor().setVal("1F5C4A");
            }
            add(styles, heading);
        }

        CTStyle title = paragraphStyle(TITLE, "Title", NORMAL);
        title.addNewQFormat();
        paragraph(title).addNewJc().setVal(STJc.CENTER);
        spacing(title, 2400, 240, 0);
        CTRPr titleRun = run(title);
        fonts(titleRun, HEADING_FONT);
        titleRun.addNewB();
        size(titleRun, 44);
        titleRun.addNewColor().setVal("1F5C4A");
        add(styles, title);

        CTStyle subtitle = paragraphStyle(SUBTITLE, "Subtitle", NORMAL);
        subtitle.addNewQFormat();
        paragraph(subtitle).addNewJc().setVal(STJc.CENTER);
        spacing(subtitle, 0, 200, 0);
        size(run(subtitle), 28);
        add(styles, subtitle);

        CTStyle body = paragraphStyle(BODY, "Body Text", NORMAL);
        body.addNewQFormat();
        paragraph(body).addNewJc().setVal(STJc.BOTH);
        if (language == Language.ZH) {
            // 首行缩进两字: the Chinese convention for running text.
            // firstLine for LibreOffice, which does not read firstLineChars; Word prefers the latter.
            paragraph(body).addNewInd().setFirstLineChars(BigInteger.valueOf(200));
            paragraph(body).getInd().setFirstLine(BigInteger.valueOf(420));
        }
        add(styles, body);

        CTStyle table = paragraphStyle(TABLE_TEXT, "Table Text", NORMAL);
        spacing(table, 0, 0, 240);
        size(run(table), 18);
        add(styles, table);

        CTStyle list = paragraphStyle(LIST, "List Paragraph", NORMAL);
        paragraph(list).addNewInd().setLeft(BigInteger.valueOf(420));
        add(styles, list);

        CTStyle caption = paragraphStyle(CAPTION, "caption", NORMAL);
        caption.addNewQFormat();
        paragraph(caption).addNewJc().setVal(STJc.CENTER);
        spacing(caption, 60, 200, 0);
        CTRPr captionRun = run(caption);
        size(captionRun, 18);
        captionRun.addNewColor().setVal("555555");
        add(styles, caption);

        CTStyle footnote = paragraphStyle(FOOTNOTE_TEXT, "footnote text", NORMAL);
        spacing(footnote, 0, 0, 240);
        size(run(footnote), 18);
        add(styles, footnote);

        CTStyle reference = characterStyle(FOOTNOTE_REFERENCE, "footnote reference");
        run(reference).addNewVertAlign().setVal(STVerticalAlignRun.SUPERSCRIPT);
        add(styles, reference);

        CTStyle commentText = paragraphStyle(COMMENT_TEXT, "annotation text", NORMAL);
        spacing(commentText, 0, 0, 240);
        size(run(commentText), 20);
        add(styles, commentText);

        CTStyle commentReference = characterStyle(COMMENT_REFERENCE, "annotation reference");
        size(run(commentReference), 16);
        add(styles, commentReference);

        page(document);
    }

    /** A4 portrait, 2.54 cm margins. */
    private static void page(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1440));
        margins.setBottom(BigInteger.valueOf(1440));
        margins.setLeft(BigInteger.valueOf(1440));
        margins.setRight(BigInteger.valueOf(1440));
        margins.setHeader(BigInteger.valueOf(720));
        margins.setFooter(BigInteger.valueOf(720));
        margins.setGutter(BigInteger.ZERO);
    }

    private static CTStyle paragraphStyle(String id, String name, String basedOn) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
            style.addNewNext().setVal(id.startsWith("Heading") || id.equals(TITLE) || id.equals(SUBTITLE)
                    ? BODY : id);
        }
        return style;
    }

    private static CTStyle characterStyle(String id, String name) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.CHARACTER);
        style.addNewName().setVal(name);
        return style;
    }

    private static CTPPrGeneral paragraph(CTStyle style) {
        return style.isSetPPr() ? style.getPPr() : style.addNewPPr();
    }

    private static CTRPr run(CTStyle style) {
        return style.isSetRPr() ? style.getRPr() : style.addNewRPr();
    }

    private static CTFonts fonts(CTRPr run, String eastAsia) {
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        fonts.setEastAsia(eastAsia);
        return fonts;
    }

    private static void size(CTRPr run, int halfPoints) {
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
    }

    /** Spacing before and after in twips; line in 240ths of a line (0 leaves it inherited). */
    private static void spacing(CTStyle style, int before, int after, int line) {
        CTSpacing spacing = paragraph(style).addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
        if (line > 0) {
            spacing.setLine(BigInteger.valueOf(line));
            spacing.setLineRule(STLineSpacingRule.AUTO);
        }
    }

    private static void add(XWPFStyles styles, CTStyle style) {
        styles.addStyle(new XWPFStyle(style, styles));
    }
}
