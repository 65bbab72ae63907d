package org.esgstudio.store.crash;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.esgstudio.data.Project;
import org.esgstudio.model.Block;
import org.esgstudio.model.Chapter;
import org.esgstudio.model.ChapterKind;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.Report;
import org.esgstudio.model.ReportEdits;
import org.esgstudio.model.ReportQuery;
import org.esgstudio.model.Section;

/**
 * The edits of the crash test and their check. Edit {@code n} appends the marker paragraph {@code crash-e<n>} (a short
 * Chinese text determined by {@code n}) to a section of its own and sets the counter paragraph to {@code n}: one
 * insert and one update, saved together or not at all. A file is sound when the section holds the counter and
 * markers 1…m, in order, each with its own text, and the counter says m.
 */
final class CrashEdits {
    static final String CHAPTER = "crash";
    static final String SECTION = "crash-s";
    static final String COUNTER = "crash-count";
    /** The label each edit is noted under (as the editor's "插入段落"); the revisions' summaries repeat it. */
    static final String LABEL = "插入段落";
    private static final String WORDS = "公司持续推进绿色运营节能减排水资源管理员工培训社区公益供应链责任治理风险合规";

    private CrashEdits() {
    }

    static String markerId(int n) {
        return "crash-e" + n;
    }

    static LocalizedText markerText(int n) {
        SplittableRandom random = new SplittableRandom(n * 0x9E3779B97F4A7C15L);
        StringBuilder zh = new StringBuilder("第" + n + "次编辑：");
        int length = 20 + random.nextInt(100);
        for (int i = 0; i < length; i++) {
            zh.append(WORDS.charAt(random.nextInt(WORDS.length())));
        }
        return LocalizedText.of(zh.append('。').toString(), "Edit " + n + ".");
    }

    /** The project after edit {@code n} (the first one also adds the chapter). */
    static Project apply(Project project, int n) {
        Report report = project.report();
        if (ReportQuery.section(report, SECTION).isEmpty()) {
            Section section = new Section(SECTION, LocalizedText.of("崩溃测试", "Crash test"),
                    List.of(new Paragraph(COUNTER, LocalizedText.of("0", "0"))));
            report = ReportEdits.insertChapter(report, Integer.MAX_VALUE, new Chapter(CHAPTER, ChapterKind.CHAPTER,
                    LocalizedText.of("崩溃测试", "Crash test"), null, null, List.of(section)));
        }
        report = ReportEdits.insertBlock(report, SECTION, Integer.MAX_VALUE, new Paragraph(markerId(n), markerText(n)));
        report = ReportEdits.replaceBlock(report, new Paragraph(COUNTER, LocalizedText.of("" + n, "" + n)));
        return project.withReport(report);
    }

    /** The last edit the report holds (0 before the first), after checking it is sound. */
    static int lastEdit(Report report) {
        Optional<Section> found = ReportQuery.section(report, SECTION);
        if (found.isEmpty()) {
            return 0;
        }
        List<Block> blocks = found.get().blocks();
        if (blocks.isEmpty() || !(blocks.get(0) instanceof Paragraph counter) || !counter.id().equals(COUNTER)) {
            throw new AssertionError("the crash section does not start with its counter: " + ids(blocks));
        }
        int m = blocks.size() - 1;
        if (!counter.text().zh().equals("" + m)) {
            throw new AssertionError("the counter says " + counter.text().zh() + " but the section holds " + m
                    + " markers (an edit saved in part)");
        }
        for (int n = 1; n <= m; n++) {
            Block block = blocks.get(n);
            if (!(block instanceof Paragraph marker) || !marker.id().equals(markerId(n))
                    || !marker.text().equals(markerText(n))) {
                throw new AssertionError("marker " + n + " is missing or damaged: found " + block.id() + " "
                        + (block instanceof Paragraph p ? p.text() : block));
            }
        }
        return m;
    }

    private static List<String> ids(List<Block> blocks) {
        List<String> ids = new ArrayList<>();
        blocks.forEach(block -> ids.add(block.id()));
        return ids;
    }
}
