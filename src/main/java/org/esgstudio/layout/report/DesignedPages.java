package org.esgstudio.layout.report;

import java.util.ArrayList;
import java.util.List;
import org.esgstudio.layout.Box;
import org.esgstudio.layout.PathBox;
import org.esgstudio.layout.RectBox;
import org.esgstudio.layout.Rgb;
import org.esgstudio.layout.flow.LineBoxes;
import org.esgstudio.layout.text.Alignment;
import org.esgstudio.layout.text.LaidLine;
import org.esgstudio.layout.text.TextStyle;
import org.esgstudio.layout.theme.PageGeometry;
import org.esgstudio.model.Chapter;
import org.esgstudio.model.Language;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.ReportSettings;
import org.esgstudio.model.Section;

/** Pages drawn whole: the cover and the chapter openers, in the theme's colours with geometric ornaments. */
public final class DesignedPages {
    private DesignedPages() {
    }

    /** The cover: a full-bleed colour field, the year large, the title, the company, circles as ornament. */
    public static List<Box> cover(Column column, ReportSettings settings) {
        PageGeometry page = column.styles().theme().page();
        Rgb primary = column.styles().colors().primary();
        List<Box> boxes = new ArrayList<>();
        double w = page.width();
        double h = page.height();
        boxes.add(RectBox.filled(-20, -20, w + 40, h + 40, primary));
        boxes.add(PathBox.circle(w * 0.86, h * 0.18, w * 0.42, column.styles().colors().secondary(), null, 0));
        boxes.add(PathBox.circle(w * 0.98, h * 0.36, w * 0.22, primary.tint(0.25), null, 0));
        boxes.add(PathBox.circle(w * 0.12, h * 0.92, w * 0.18, column.styles().colors().secondary(), null, 0));
        boxes.add(RectBox.filled(page.left(1), h * 0.52, 56, 5, column.styles().colors().accent()));
        Language language = column.primary();
        TextStyle year = column.styles().style(Role.OPENER_NUMBER, language).withSize(64);
        double x = page.left(1);
        boxes.addAll(Labels.at(String.valueOf(settings.year()), year, x, h * 0.50));
        double y = h * 0.55;
        y = lines(column, settings.title().in(language).isEmpty() ? settings.title().zh() : settings.title().in(language),
                Role.COVER_TITLE, language, x, y, page.contentWidth() * 0.85, boxes);
        if (column.edition() == Edition.BILINGUAL && settings.title().hasEnglish()) {
            y = lines(column, settings.title().en(), Role.COVER_SUB, Language.EN, x, y + 4, page.contentWidth() * 0.85, boxes);
        }
        LocalizedText company = settings.company();
        String name = company.in(language).isEmpty() ? company.zh() : company.in(language);
        lines(column, name, Role.COVER_SUB, language, x, h - page.bottom() - 40, page.contentWidth(), boxes);
        return boxes;
    }

    /** A chapter opener: a colour block with the number, theme word, title and opening text; the sections below. */
    public static List<Box> opener(Column column, Chapter chapter, String number, List<String> sectionLines, int pageNumber) {
        PageGeometry page = column.styles().theme().page();
        Rgb primary = column.styles().colors().primary();
        List<Box> boxes = new ArrayList<>();
        double w = page.width();
        double h = page.height();
        double blockHeight = h * 0.6;
        boxes.add(RectBox.filled(-20, -20, w + 40, blockHeight + 20, primary));
        boxes.add(PathBox.circle(w * 0.95, blockHeight * 0.2, w * 0.3, column.styles().colors().secondary(), null, 0));
        double x = page.left(pageNumber);
        double width = page.contentWidth();
        Language language = column.primary();
        TextStyle big = column.styles().style(Role.OPENER_NUMBER, language).withColor(primary.tint(0.3));
        double y = page.top() + 70;
        if (!number.isEmpty()) {
            boxes.addAll(Labels.at(number, big, x - 4, y));
        }
        y += 26;
        String theme = chapter.themeWord().in(language).isEmpty() ? chapter.themeWord().zh() : chapter.themeWord().in(language);
        if (!theme.isEmpty()) {
            TextStyle themeStyle = column.styles().style(Role.H2, language).withColor(column.styles().colors().accent());
            boxes.addAll(Labels.at(theme, themeStyle, x, y));
            y += 12;
        }
        y = lines(column, column.text().pick(chapter.title(), language, chapter.id()), Role.OPENER_TITLE, language, x, y,
                width, boxes);
        if (column.edition() == Edition.BILINGUAL && chapter.title().hasEnglish()) {
            y = lines(column, chapter.title().en(), Role.COVER_SUB, Language.EN, x, y, width, boxes);
        }
        y += 14;
        String intro = column.text().pick(chapter.intro(), language, chapter.id());
        lines(column, intro, Role.OPENER_TEXT, language, x, y, width * 0.92, boxes);
        double listY = blockHeight + 40;
        TextStyle head = column.styles().style(Role.H3, language);
        boxes.addAll(Labels.at(language == Language.EN ? "In this chapter" : "本章内容", head, x, listY));
        listY += 10;
        TextStyle item = column.styles().style(Role.BODY, language);
        for (String line : sectionLines) {
            listY += 20;
            boxes.add(RectBox.filled(x, listY - 7, 4, 4, column.styles().colors().accent()));
            boxes.addAll(Labels.at(Labels.fit(line, item, width - 12), item, x + 12, listY));
        }
        return boxes;
    }

    /** Section lines for an opener's list: "1.1 公司治理与ESG管理". */
    public static List<String> sectionLines(Column column, org.esgstudio.model.Report report, Chapter chapter) {
        List<String> lines = new ArrayList<>();
        for (Section section : chapter.sections()) {
            String number = org.esgstudio.model.SectionNumbering.sectionNumber(report, chapter, section);
            String title = section.title().in(column.primary()).isEmpty() ? section.title().zh()
                    : section.title().in(column.primary());
            lines.add(number.isEmpty() ? title : number + "  " + title);
        }
        return lines;
    }

    private static double lines(Column column, String text, Role role, Language language, double x, double y,
                                double width, List<Box> boxes) {
        if (text.isEmpty()) {
            return y;
        }
        double lineHeight = column.styles().lineHeight(role);
        List<LaidLine> lines = column.typesetter().lines(column.text().plain(text, role, language), width, 0,
                Alignment.LEFT, lineHeight);
        for (LaidLine line : lines) {
            LineBoxes.add(line, x, y, lineHeight, boxes);
            y += lineHeight;
        }
        return y;
    }
}
