package org.esgstudio.model;

/** Chapter and section numbers as printed: chapters 01, 02 … (features are unnumbered), sections 1.1, 1.2 …. */
public final class SectionNumbering {
    private SectionNumbering() {
    }

    /** The printed chapter number ("01"), or "" for a feature. */
    public static String chapterNumber(Report report, Chapter chapter) {
        int number = 0;
        for (Chapter each : report.chapters()) {
            if (each.kind() == ChapterKind.CHAPTER) {
                number++;
            }
            if (each.id().equals(chapter.id())) {
                return each.kind() == ChapterKind.CHAPTER ? String.format("%02d", number) : "";
            }
        }
        throw new IllegalArgumentException("chapter " + chapter.id() + " is not in this report");
    }

    /** The printed section number ("1.2"), or "" when the report or the chapter is unnumbered. */
    public static String sectionNumber(Report report, Chapter chapter, Section section) {
        String chapterNumber = chapterNumber(report, chapter);
        if (!report.settings().numberedSections() || chapterNumber.isEmpty()) {
            return "";
        }
        int index = chapter.sections().indexOf(section);
        if (index < 0) {
            throw new IllegalArgumentException("section " + section.id() + " is not in chapter " + chapter.id());
        }
        return Integer.parseInt(chapterNumber) + "." + (index + 1);
    }
}
