package org.esgstudio.ui.preview;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.esgstudio.data.Project;
import org.esgstudio.json.ThemeFiles;
import org.esgstudio.layout.LaidOutDocument;
import org.esgstudio.layout.PageBox;
import org.esgstudio.layout.report.Edition;
import org.esgstudio.layout.report.ReportLayout;
import org.esgstudio.layout.text.LineBreaker;
import org.esgstudio.layout.theme.Theme;
import org.esgstudio.model.Chapter;
import org.esgstudio.model.Report;
import org.esgstudio.pdf.ReportPdf;

/**
 * The pages the preview shows, kept current off the FX thread: the whole report is laid out once, then an edit that
 * changed one chapter only lays out that chapter again (numbered from where it starts) and puts its pages in place of
 * the old ones; any other change (data, settings, front or back matter, chapters added or moved) lays out the whole.
 * Pages after a re-laid chapter keep their old numbers until the next whole layout.
 */
final class PreviewLayout {
    /** Pages for a project version; {@code chapterId} is the chapter laid out alone, or null for a whole layout. */
    record Pages(Project project, List<PageBox> pages, String chapterId, long nanos) {
        Pages {
            pages = List.copyOf(pages);
        }
    }

    private final Edition edition;
    private Pages last;
    private String themeName;
    private Theme theme;

    PreviewLayout(Edition edition) {
        this.edition = edition;
    }

    /** Lays out what changed since the last call (serialised: layouts run one at a time, in request order). */
    synchronized Pages update(Project project) {
        if (last != null && last.project() == project) {
            return last;
        }
        long start = System.nanoTime();
        Theme chosen = theme(project);
        ReportLayout layout = new ReportLayout(org.esgstudio.ui.common.Frameworks.prepared(project), chosen, edition,
                ReportPdf.fonts(), LineBreaker::new);
        String chapter = last == null ? null : changedChapter(last.project(), project);
        List<PageBox> pages = chapter == null ? null : spliced(layout, chapter, project.report());
        if (pages == null) {
            LaidOutDocument document = layout.layout();
            pages = document.pages();
            chapter = null;
        }
        last = new Pages(project, pages, chapter, System.nanoTime() - start);
        return last;
    }

    private Theme theme(Project project) {
        String named = project.report().settings().theme();
        String name = ThemeFiles.SHIPPED.contains(named) ? named : ThemeFiles.SHIPPED.get(0);
        if (!name.equals(themeName)) {
            theme = ThemeFiles.load(name);
            themeName = name;
        }
        return theme;
    }

    /** The old pages with the chapter's laid out anew in place of its old ones, or null when they cannot be found. */
    private List<PageBox> spliced(ReportLayout layout, String chapterId, Report report) {
        List<PageBox> old = last.pages();
        int first = pageWithAnchor(old, chapterId);
        if (first < 0) {
            return null;
        }
        int end = endOfChapter(old, first, report, chapterId);
        List<PageBox> fresh = layout.chapterPages(chapterId, first + 1);
        List<PageBox> pages = new ArrayList<>(old.size() - (end - first) + fresh.size());
        pages.addAll(old.subList(0, first));
        pages.addAll(fresh);
        pages.addAll(old.subList(end, old.size()));
        return pages;
    }

    /** The index after the chapter's last page: the page where the next chapter or the back matter starts. */
    private static int endOfChapter(List<PageBox> pages, int first, Report report, String chapterId) {
        List<Chapter> chapters = report.chapters();
        List<String> following = new ArrayList<>();
        boolean after = false;
        for (Chapter chapter : chapters) {
            if (after) {
                following.add(chapter.id());
            }
            after |= chapter.id().equals(chapterId);
        }
        report.back().forEach(part -> following.add(part.id()));
        for (String id : following) {
            int at = pageWithAnchor(pages, id);
            if (at > first) {
                return at;
            }
        }
        return pages.size();
    }

    private static int pageWithAnchor(List<PageBox> pages, String name) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).anchors().stream().anyMatch(anchor -> anchor.name().equals(name))) {
                return i;
            }
        }
        return -1;
    }

    /** The one chapter that differs between two versions when nothing else does, else null. */
    static String changedChapter(Project before, Project after) {
        Report a = before.report();
        Report b = after.report();
        if (!same(before.data(), after.data()) || !same(before.assets(), after.assets())
                || !same(a.settings(), b.settings()) || !same(a.front(), b.front()) || !same(a.back(), b.back())
                || a.chapters().size() != b.chapters().size()) {
            return null;
        }
        String changed = null;
        for (int i = 0; i < a.chapters().size(); i++) {
            Chapter was = a.chapters().get(i);
            Chapter is = b.chapters().get(i);
            if (!was.id().equals(is.id())) {
                return null;
            }
            if (!same(was, is)) {
                if (changed != null) {
                    return null;
                }
                changed = is.id();
            }
        }
        return changed;
    }

    private static boolean same(Object a, Object b) {
        return a == b || Objects.equals(a, b);
    }
}
