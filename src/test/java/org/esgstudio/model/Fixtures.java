package org.esgstudio.model;

import java.util.Arrays;
import java.util.List;

/** Small builders for hand-made reports in tests. */
public final class Fixtures {
    private Fixtures() {
    }

    public static LocalizedText t(String zh) {
        return LocalizedText.zh(zh);
    }

    public static LocalizedText t(String zh, String en) {
        return LocalizedText.of(zh, en);
    }

    public static Footnote note(String id) {
        return new Footnote(id, t("注释" + id, "Note " + id));
    }

    public static Paragraph para(String id, String zh, Footnote... notes) {
        return new Paragraph(id, t(zh, ""), List.of(notes));
    }

    public static Paragraph para(String id, LocalizedText text, Footnote... notes) {
        return new Paragraph(id, text, List.of(notes));
    }

    public static Section section(String id, Block... blocks) {
        return new Section(id, t("小节" + id), List.of(blocks));
    }

    public static Chapter chapter(String id, Section... sections) {
        return new Chapter(id, ChapterKind.CHAPTER, t("章" + id), null, null, List.of(sections));
    }

    public static Chapter feature(String id, Section... sections) {
        return new Chapter(id, ChapterKind.FEATURE, t("专题" + id), null, null, List.of(sections));
    }

    public static Figure tile(String id, Footnote... notes) {
        return new Figure(id, t("12.5"), t("亿元"), t("营业收入"), Qualifier.NONE, null, null, List.of(notes));
    }

    public static TableRow row(String id, String indicator, Footnote... notes) {
        return new TableRow(id, indicator, null, List.of(notes));
    }

    public static ReportSettings settings(boolean numberedSections) {
        return new ReportSettings(t("青禾财产保险股份有限公司"), t("青禾财险"), 2024, List.of(2023),
                t("2024年ESG报告"), List.of(Language.ZH, Language.EN), "default", numberedSections);
    }

    public static Report report(boolean numberedSections, Chapter... chapters) {
        return new Report(settings(numberedSections), List.of(), Arrays.asList(chapters), List.of());
    }

    public static Report report(List<FrontPart> front, List<Chapter> chapters, List<BackPart> back) {
        return new Report(settings(true), front, chapters, back);
    }
}
