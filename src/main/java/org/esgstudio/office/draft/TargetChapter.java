package org.esgstudio.office.draft;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.esgstudio.i18n.Messages;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.model.Chapter;
import org.esgstudio.model.ChapterKind;
import org.esgstudio.model.Report;
import org.esgstudio.model.SectionNumbering;

/** The chapter a draft goes into ({@code --into}): by printed number (3 or 03), title (Chinese or English) or id. */
final class TargetChapter {
    private TargetChapter() {
    }

    static Chapter find(Report report, String wanted, Path docx) {
        String key = wanted.strip();
        if (key.matches("\\d{1,3}")) {
            int number = Integer.parseInt(key);
            for (Chapter chapter : report.chapters()) {
                if (chapter.kind() == ChapterKind.CHAPTER
                        && Integer.parseInt(SectionNumbering.chapterNumber(report, chapter)) == number) {
                    return chapter;
                }
            }
        }
        for (Chapter chapter : report.chapters()) {
            if (chapter.title().zh().strip().equals(key) || chapter.id().equals(key)
                    || chapter.title().en().strip().toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT))
                    && !key.isEmpty()) {
                return chapter;
            }
        }
        throw new UserFacingException("docx.import.noSuchChapter", docx, wanted, available(report));
    }

    private static String available(Report report) {
        List<String> names = new ArrayList<>();
        for (Chapter chapter : report.chapters()) {
            String number = SectionNumbering.chapterNumber(report, chapter);
            names.add((number.isEmpty() ? "" : number + " ") + chapter.title().zh());
        }
        return names.isEmpty() ? Messages.get("docx.import.noChapters") : String.join("；", names);
    }
}
